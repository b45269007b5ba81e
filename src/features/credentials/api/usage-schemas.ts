import * as z from 'zod/mini';

// The answers the usage view reads: compute environments, data links and pipelines. Loaded lazily by
// usage-api.ts (never on the list's first download). The same principle as credentials-schemas.ts: an entry
// without the fields the console acts on is left out (and counted), every other field is tolerated, and a
// status value this console does not know is kept as the text Seqera sent.

function optional<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
  );
}

/** A text field that is dropped (not fatal) when it holds something other than text. */
const looseString = z.catch(optional(z.string()), undefined);
const rows = z.pipe(
  z.nullish(z.array(z.unknown())),
  z.transform((value: unknown[] | null | undefined) => value ?? []),
);
const totalSize = z.catch(optional(z.number()), undefined);

// Text with something in it; kept as sent.
const requiredText = z.string().check(z.regex(/\S/));

// --- compute environments -------------------------------------------------------------------------------

const computeEnvEntrySchema = z.object({
  id: requiredText,
  name: requiredText,
  // What ties a compute environment to a credential: without it the entry says nothing about usage.
  credentialsId: requiredText,
  platform: looseString,
  status: looseString,
  region: looseString,
  lastUsed: looseString,
  message: looseString,
});

export type ComputeEnvEntry = z.output<typeof computeEnvEntrySchema>;

export const listComputeEnvsResponseSchema = z.object({ computeEnvs: rows });

// --- data links -----------------------------------------------------------------------------------------

const dataLinkCredentialsSchema = z.object({ id: requiredText, name: looseString, provider: looseString });

const dataLinkEntrySchema = z.object({
  id: requiredText,
  name: requiredText,
  provider: looseString,
  type: looseString,
  resourceRef: looseString,
  region: looseString,
  credentials: z.catch(optional(z.array(z.unknown())), undefined),
});

export interface DataLinkEntry {
  id: string;
  name: string;
  provider: string | undefined;
  type: string | undefined;
  resourceRef: string | undefined;
  region: string | undefined;
  /** The ids of the credentials the data link uses; an entry without an id is left out. */
  credentialIds: string[];
}

export const dataLinksPageSchema = z.object({ dataLinks: rows, totalSize });

// --- pipelines ------------------------------------------------------------------------------------------

const pipelineEntrySchema = z.object({
  // An int64 in the document; kept as text (a real answer may send it either way).
  pipelineId: z.union([z.number(), requiredText]),
  name: looseString,
  // What a Git credential is matched on: without it the pipeline says nothing about usage.
  repository: requiredText,
});

export interface PipelineEntry {
  pipelineId: string;
  name: string;
  repository: string;
}

export const pipelinesPageSchema = z.object({ pipelines: rows, totalSize });

// --- readers --------------------------------------------------------------------------------------------

export interface Entries<Entry> {
  entries: Entry[];
  /** Entries left out because they lack what the console acts on. */
  skipped: number;
}

function readRows<Schema extends z.ZodMiniType, Entry>(
  list: readonly unknown[],
  schema: Schema,
  map: (parsed: z.output<Schema>) => Entry,
): Entries<Entry> {
  const entries: Entry[] = [];
  let skipped = 0;
  for (const row of list) {
    const parsed = z.safeParse(schema, row);
    if (parsed.success) entries.push(map(parsed.data));
    else skipped++;
  }
  return { entries, skipped };
}

export function readComputeEnvs(list: readonly unknown[]): Entries<ComputeEnvEntry> {
  return readRows(list, computeEnvEntrySchema, (entry) => entry);
}

export function readDataLinks(list: readonly unknown[]): Entries<DataLinkEntry> {
  return readRows(list, dataLinkEntrySchema, ({ credentials, ...entry }) => ({
    ...entry,
    credentialIds: (credentials ?? []).flatMap((item) => {
      const parsed = z.safeParse(dataLinkCredentialsSchema, item);
      return parsed.success ? [parsed.data.id] : [];
    }),
  }));
}

export function readPipelines(list: readonly unknown[]): Entries<PipelineEntry> {
  return readRows(list, pipelineEntrySchema, ({ pipelineId, name, repository }) => ({
    pipelineId: String(pipelineId),
    name: name?.trim() ? name : repository,
    repository,
  }));
}
