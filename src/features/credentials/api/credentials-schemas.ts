import * as z from 'zod/mini';

// zod/mini (functional API): this module is on the list route's first load.
// Principle: parse strictly only what the console acts on (ids, names, providers), tolerate the rest
// (every field Seqera's document leaves optional, unknown values, future fields), and when one entry
// cannot be used, drop that entry, never the whole answer.

// Real Seqera answers send `null` for unset fields although the document says nothing
// about nullability, so optional fields accept both and normalise to undefined.
function optional<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
  );
}

const optionalString = optional(z.string());

// Providers keep their own key fields; `discriminator` is optional like every other. Values are kept as
// sent (a future field may hold an object or a list): the views show scalars and skip or summarise the rest.
export const securityKeysSchema = z.catchall(z.object({ discriminator: optionalString }), z.unknown());

export const KNOWN_STATUSES = ['AVAILABLE', 'INVALID'] as const;
/** `UNKNOWN` stands for a status value this console does not know (a newer Seqera): shown neutrally. */
export type CredentialsStatus = (typeof KNOWN_STATUSES)[number] | 'UNKNOWN';

function statusOf(value: unknown): CredentialsStatus | undefined {
  if (value === null || value === undefined) return undefined;
  return value === 'AVAILABLE' || value === 'INVALID' ? value : 'UNKNOWN';
}

/** A reported status: undefined when absent, `UNKNOWN` for a value this console does not know. */
export const reportedStatusSchema = z.pipe(z.optional(z.unknown()), z.transform(statusOf));

/** One credential as the API sends it. Only `name` and `provider` are required by the document. */
export const credentialsEntrySchema = z.object({
  id: optionalString,
  name: z.string(),
  // Not an enum on purpose: an id the catalog does not know must still render.
  provider: z.string(),
  baseUrl: optionalString,
  category: optionalString,
  description: optionalString,
  // Keys of an unexpected shape are dropped rather than failing the credential.
  keys: z.catch(optional(securityKeysSchema), undefined),
  // The document: AVAILABLE also means "no probe attempted yet", so an absent status reads as AVAILABLE.
  status: z.pipe(reportedStatusSchema, z.transform((value: CredentialsStatus | undefined) => value ?? 'AVAILABLE')),
  message: optionalString,
  lastUsed: optionalString,
  lastValidated: optionalString,
  dateCreated: optionalString,
  lastUpdated: optionalString,
  deleted: z.catch(z.nullish(z.boolean()), undefined),
});

type CredentialsEntry = z.output<typeof credentialsEntrySchema>;
/** A credential the console can act on: it has an id. */
export type Credentials = CredentialsEntry & { id: string };
export type SecurityKeys = z.output<typeof securityKeysSchema>;

/** The list's envelope; its rows are read one by one (see `readCredentialsList`). */
export const listCredentialsResponseSchema = z.object({
  credentials: z.pipe(
    z.nullish(z.array(z.unknown())),
    z.transform((value: unknown[] | null | undefined) => value ?? []),
  ),
});

export interface CredentialsList {
  /** The rows shown, deleted ones left out. */
  credentials: Credentials[];
  /** Rows that did not parse (a wrongly typed field) or have no id, so nothing can be done with them. */
  skipped: number;
}

const hasId = (entry: CredentialsEntry): entry is Credentials => entry.id !== undefined && entry.id !== '';

/** Reads the rows one at a time: one unusable row is skipped and counted, never the reason a list fails. */
export function readCredentialsList(rows: readonly unknown[]): CredentialsList {
  const credentials: Credentials[] = [];
  let skipped = 0;
  for (const row of rows) {
    const parsed = z.safeParse(credentialsEntrySchema, row);
    if (!parsed.success || !hasId(parsed.data)) skipped++;
    else if (parsed.data.deleted !== true) credentials.push(parsed.data);
  }
  return { credentials, skipped };
}

export const describeCredentialsResponseSchema = z.object({
  credentials: z.catch(optional(credentialsEntrySchema), undefined),
  setupSnippet: optionalString,
});

export interface DescribeCredentialsResponse {
  credentials: Credentials;
  setupSnippet: string | undefined;
}

/**
 * The describe answer for `credentialsId`; a described credential without an id is the one asked for.
 * Undefined when the answer holds no credential (the document allows it): the caller reports it as not available.
 */
export function readDescribeAnswer(
  answer: z.output<typeof describeCredentialsResponseSchema>,
  credentialsId: string,
): DescribeCredentialsResponse | undefined {
  const { credentials, setupSnippet } = answer;
  return credentials && { credentials: { ...credentials, id: credentials.id ?? credentialsId }, setupSnippet };
}

export const computePlatformSchema = z.object({
  id: optionalString,
  name: optionalString,
  credentialsProviders: z.catch(optional(z.array(z.string())), undefined),
});

export const listPlatformsResponseSchema = z.object({
  platforms: z.pipe(
    z.nullish(z.array(z.unknown())),
    z.transform((value: unknown[] | null | undefined) => value ?? []),
  ),
});

export interface ComputePlatform {
  id: string;
  name: string;
  credentialsProviders: string[] | undefined;
}

/** Platforms usable as a filter: those with an id; a missing name falls back to the id. */
export function readPlatforms(rows: readonly unknown[]): ComputePlatform[] {
  return rows.flatMap((row) => {
    const parsed = z.safeParse(computePlatformSchema, row);
    if (!parsed.success || !parsed.data.id) return [];
    const { id, name, credentialsProviders } = parsed.data;
    return [{ id, name: name || id, credentialsProviders }];
  });
}
