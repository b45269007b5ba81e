/**
 * What an access token may look like before the server puts it into an `Authorization` header.
 * Seqera's tokens are printable ASCII (base64-like); anything else (NUL and other control
 * characters, spaces, characters outside ASCII) cannot be a token, and some of it cannot even be
 * sent in a header: `Headers` throws with the whole value in its message.
 */
export const MAX_TOKEN_LENGTH = 4096;

const SENDABLE = new RegExp(`^[\\x21-\\x7e]{1,${MAX_TOKEN_LENGTH}}$`);

export const TOKEN_FORMAT_MESSAGE =
  `An access token consists of printable ASCII characters only (no spaces, control characters or accented letters), at most ${MAX_TOKEN_LENGTH} of them. Copy it again from Seqera Platform → Your tokens.`;

export function isSendableToken(token: string): boolean {
  return SENDABLE.test(token);
}

/**
 * An error message fit for the log: messages about headers (`Headers.append: "Bearer …" is an
 * invalid header value`) quote the offending value, which may be a token, so quoted parts go.
 */
export function loggableErrorMessage(message: string): string {
  if (!/header/i.test(message)) return message;
  return message.replace(/"[\s\S]*"|'[\s\S]*'/g, '(value not logged)');
}
