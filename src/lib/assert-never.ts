/** Makes a switch over a union exhaustive: a new member breaks the build until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
