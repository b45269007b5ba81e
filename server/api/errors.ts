/** Thrown by createEmbeddedApi when its options cannot work (bad key, key mismatch); message is one line, no secret. */
export class EmbeddedApiConfigError extends Error {
  override name = 'EmbeddedApiConfigError';
}

/** An error that maps straight to an ErrorResponse with the given status. Messages must never contain secrets. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const forbidden = (message = 'Operation not allowed') => new HttpError(403, message);
export const notFound = (message: string) => new HttpError(404, message);
export const conflict = (message: string) => new HttpError(409, message);
