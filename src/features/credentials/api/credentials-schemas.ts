import { z } from 'zod';

// Real Seqera answers send `null` for unset fields although the document says nothing
// about nullability, so optional fields accept both and normalise to undefined.
const optionalString = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

const keyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

// Providers keep their own key fields; only the discriminator is common. Unknown fields are
// kept so that a provider this console does not know yet still shows what the API returned.
export const securityKeysSchema = z.looseObject({ discriminator: z.string() }).catchall(keyValue);

export const credentialsStatusSchema = z.enum(['AVAILABLE', 'INVALID']);

export const credentialsSchema = z.object({
  id: z.string(),
  name: z.string(),
  // Not an enum on purpose: an id the catalog does not know must still render.
  provider: z.string(),
  baseUrl: optionalString,
  category: optionalString,
  description: optionalString,
  keys: securityKeysSchema.nullish().transform((value) => value ?? undefined),
  status: credentialsStatusSchema.nullish().transform((value) => value ?? 'AVAILABLE'),
  message: optionalString,
  lastUsed: optionalString,
  lastValidated: optionalString,
  dateCreated: optionalString,
  lastUpdated: optionalString,
  deleted: z.boolean().nullish(),
});

export const listCredentialsResponseSchema = z.object({
  credentials: z.array(credentialsSchema).nullish().transform((value) => value ?? []),
});

export const describeCredentialsResponseSchema = z.object({
  credentials: credentialsSchema,
  setupSnippet: optionalString,
});

export const computePlatformSchema = z.object({
  id: z.string(),
  name: z.string(),
  credentialsProviders: z.array(z.string()).nullish(),
});

export const listPlatformsResponseSchema = z.object({
  platforms: z.array(computePlatformSchema).nullish().transform((value) => value ?? []),
});

export type Credentials = z.output<typeof credentialsSchema>;
export type CredentialsStatus = z.output<typeof credentialsStatusSchema>;
export type SecurityKeys = z.output<typeof securityKeysSchema>;
export type DescribeCredentialsResponse = z.output<typeof describeCredentialsResponseSchema>;
export type ComputePlatform = z.output<typeof computePlatformSchema>;
