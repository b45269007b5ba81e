/**
 * Key fields that are write-only in Seqera's API. The server never returns them; the
 * details view still refuses to render them, so a faulty server cannot leak one on screen.
 */
export const SECRET_KEY_FIELDS: ReadonlySet<string> = new Set([
  'secretKey',
  'password',
  'token',
  'privateKey',
  'passphrase',
  'data',
  'batchKey',
  'storageKey',
  'clientSecret',
  'webhookSecret',
]);
