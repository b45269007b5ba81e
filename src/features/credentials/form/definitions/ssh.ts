import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { isSshPrivateKey } from '../pem';
import { checkCommon, checkSecret, commonShape, compact, secretNeeded } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { formStrings } from '../strings';

/** SSH form strings. */
const sshStrings = {
  intro: 'A private key for SSH access to a compute host.',
  privateKey: 'Private key',
  privateKeyHelp: 'OpenSSH or PEM format, including the BEGIN and END lines.',
  passphrase: 'Passphrase (optional)',
} as const;

export function sshSchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('ssh'),
      keys: z.object({ privateKey: z.string(), passphrase: z.string() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        checkSecret(values.keys.privateKey, ['keys', 'privateKey'], sshStrings.privateKey, secretNeeded(context), issues, (v) =>
          isSshPrivateKey(v) ? null : formStrings.errors.sshKey,
        );
      }),
    );
}

export type SshValues = z.input<ReturnType<typeof sshSchema>>;

export function sshDefaults(): SshValues {
  return { provider: 'ssh', name: '', description: '', keys: { privateKey: '', passphrase: '' } };
}

export const sshToKeys = (keys: SshValues['keys']) => compact(keys);

// Both keys are secrets: nothing comes back from the API to prefill.
export const sshFromKeys = (): SshValues['keys'] => ({ privateKey: '', passphrase: '' });

export const sshDefinition = defineProvider({
  id: 'ssh',
  schema: sshSchema,
  defaults: sshDefaults,
  toKeys: sshToKeys,
  fromKeys: sshFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/credentials/ssh_credentials',
    intro: sshStrings.intro,
    fields: [
      { name: 'privateKey', kind: 'secret-multiline', label: sshStrings.privateKey, help: sshStrings.privateKeyHelp, shape: 'ssh-key' },
      { name: 'passphrase', kind: 'secret', label: sshStrings.passphrase, optional: true },
    ],
  },
});
