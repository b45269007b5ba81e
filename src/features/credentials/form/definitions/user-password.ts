import * as z from 'zod/mini';
import { defineProvider, type VariantSpec } from '../definition';
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

interface UserPasswordLabels {
  intro: string;
  username: string;
  password: string;
  passwordHelp?: string;
  baseUrlHelp: string;
}

/** The whole definition of a user-name-and-secret provider; only ids, text and URLs differ between them. */
export function userPasswordDefinition<P extends 'github' | 'codecommit' | 'azurerepos'>(options: {
  id: P;
  labels: UserPasswordLabels;
  docsUrl: string;
  /** The base URL a new credential starts with; empty by default. */
  baseUrl?: string;
  baseUrlPlaceholder: string;
  variant?: VariantSpec;
}) {
  const { id, labels } = options;
  return defineProvider({
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    id,
    schema: (context: SchemaContext) => userPasswordSchema(id, labels, context),
    defaults: () => ({ provider: id, name: '', description: '', baseUrl: options.baseUrl ?? '', keys: { username: '', password: '' } }),
    toKeys: userPasswordToKeys,
    fromKeys: userPasswordFromKeys,
    ui: {
      docsUrl: options.docsUrl,
      intro: labels.intro,
      baseUrl: { required: false, help: labels.baseUrlHelp, placeholder: options.baseUrlPlaceholder },
      fields: [
        { name: 'username', kind: 'text', label: labels.username },
        { name: 'password', kind: 'secret', label: labels.password, ...(labels.passwordHelp === undefined ? {} : { help: labels.passwordHelp }) },
      ],
    },
  });
}
