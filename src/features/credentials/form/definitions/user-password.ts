import * as z from 'zod/mini';
import { checkBaseUrl, checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';

const userPassword = z.object({ username: z.string(), password: z.string() });

/** GitHub, CodeCommit and Azure DevOps: a user name and a secret carried in `password`. */
export function userPasswordSchema<P extends 'github' | 'codecommit' | 'azurerepos'>(
  provider: P,
  labels: { username: string; password: string },
  context: SchemaContext,
) {
  return z
    .object({ ...commonShape, provider: z.literal(provider), baseUrl: z.string(), keys: userPassword })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkBaseUrl(values.baseUrl, false, issues);
        checkRequired(values.keys.username, ['keys', 'username'], labels.username, issues);
        checkSecret(values.keys.password, ['keys', 'password'], labels.password, secretNeeded(context), issues);
      }),
    );
}

export const userPasswordToKeys = (keys: { username: string; password: string }) => compact(keys);

export function userPasswordFromKeys(keys: Record<string, unknown>): { username: string; password: string } {
  return { username: text(keys.username), password: '' };
}
