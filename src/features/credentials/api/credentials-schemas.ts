import * as z from 'zod/mini';

// zod/mini (functional API): this module is on the list route's first load.

// Real Seqera answers send `null` for unset fields although the document says nothing
// about nullability, so optional fields accept both and normalise to undefined.
function optional<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
  );
}

const optionalString = optional(z.string());

const keyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

// Providers keep their own key fields; only the discriminator is common. Unknown fields are
// kept so that a provider this console does not know yet still shows what the API returned.
export const securityKeysSchema = z.catchall(z.object({ discriminator: z.string() }), keyValue);

export const credentialsStatusSchema = z.enum(['AVAILABLE', 'INVALID']);

export const credentialsSchema = z.object({
  id: z.string(),
  name: z.string(),
  // Not an enum on purpose: an id the catalog does not know must still render.
  provider: z.string(),
  baseUrl: optionalString,
  category: optionalString,
  description: optionalString,
  keys: optional(securityKeysSchema),
  status: z.pipe(
    z.nullish(credentialsStatusSchema),
    z.transform((value: z.output<typeof credentialsStatusSchema> | null | undefined) => value ?? 'AVAILABLE'),
  ),
  message: optionalString,
  lastUsed: optionalString,
  lastValidated: optionalString,
  dateCreated: optionalString,
  lastUpdated: optionalString,
  deleted: z.nullish(z.boolean()),
});

function listOf<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(z.array(schema)),
    z.transform((value: z.output<T>[] | null | undefined) => value ?? []),
  );
}

export const listCredentialsResponseSchema = z.object({ credentials: listOf(credentialsSchema) });

export const describeCredentialsResponseSchema = z.object({
  credentials: credentialsSchema,
  setupSnippet: optionalString,
});

export const computePlatformSchema = z.object({
  id: z.string(),
  name: z.string(),
  credentialsProviders: z.nullish(z.array(z.string())),
});

export const listPlatformsResponseSchema = z.object({ platforms: listOf(computePlatformSchema) });

export type Credentials = z.output<typeof credentialsSchema>;
export type CredentialsStatus = z.output<typeof credentialsStatusSchema>;
export type SecurityKeys = z.output<typeof securityKeysSchema>;
export type DescribeCredentialsResponse = z.output<typeof describeCredentialsResponseSchema>;
export type ComputePlatform = z.output<typeof computePlatformSchema>;
