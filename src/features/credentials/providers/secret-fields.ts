import { PROVIDER_IDS, providerListing } from './provider-catalog';

/**
 * Key fields that are write-only in Seqera's API, for any provider. The server never returns them;
 * the details view still refuses to render them, so a faulty server cannot leak one on screen.
 */
export const SECRET_KEY_FIELDS: ReadonlySet<string> = new Set(PROVIDER_IDS.flatMap((id) => providerListing(id).secrets));
