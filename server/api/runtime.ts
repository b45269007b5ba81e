export interface InjectedFailure {
  method: string;
  pathPrefix: string;
  status: number;
  remaining: number;
  /** Only requests naming this workspace (`?workspaceId=`); undefined matches any. */
  workspaceId?: number;
}

/** The clock and the switches that only the test-only routes change; they live in memory and reset with the process. */
export class Runtime {
  validateTransient = false;
  failures: InjectedFailure[] = [];
  /** Every timestamp the API writes comes from here; tests pass a clock they move. */
  readonly now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.now = now;
  }

  /** Consumes one matching injected failure, if any, and returns its status. */
  takeFailure(method: string, path: string, workspaceId?: string): number | undefined {
    const failure = this.failures.find(
      (f) =>
        f.method === method &&
        path.startsWith(f.pathPrefix) &&
        f.remaining > 0 &&
        (f.workspaceId === undefined || String(f.workspaceId) === workspaceId),
    );
    if (failure === undefined) return undefined;
    failure.remaining -= 1;
    this.failures = this.failures.filter((f) => f.remaining > 0);
    return failure.status;
  }

  clear() {
    this.validateTransient = false;
    this.failures = [];
  }
}
