import * as z from 'zod/mini';
import KeyIcon from '@mui/icons-material/Key';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, providerListing, providerMeta, type ProviderListing } from '../providers/provider-catalog';
import { defineProvider } from './definition';
import { buildChoices, providerChoices } from './provider-choices';
import { createRegistry, providerDefinitions, providerRegistry } from './provider-registry';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, secretNeeded, text, type SchemaContext } from './schema-kit';
import { primarySamples, type Sample } from './test-samples';

/**
 * docs/adding-a-provider.md followed once for real with a throw-away "vault" provider. Its four pieces
 * are written here as they would be in their files, with the same helpers and types as the real ones.
 */

// 1. Its definition file (form/definitions/vault.ts): strings, schema, defaults, mappers, UI.
const vaultStrings = {
  intro: 'A throw-away provider.',
  roleId: 'Role ID',
  secretId: 'Secret ID',
} as const;

const vaultDefinition = defineProvider({
  id: 'vault',
  schema: (context: SchemaContext) =>
    z
      .object({
        ...commonShape,
        provider: z.literal('vault'),
        baseUrl: z.string(),
        keys: z.object({ roleId: z.string(), secretId: z.string() }),
      })
      .check(
        z.superRefine((values, issues) => {
          checkCommon(values, issues);
          checkRequired(values.keys.roleId, ['keys', 'roleId'], vaultStrings.roleId, issues);
          checkSecret(values.keys.secretId, ['keys', 'secretId'], vaultStrings.secretId, secretNeeded(context), issues);
        }),
      ),
  defaults: () => ({ provider: 'vault' as const, name: '', description: '', baseUrl: '', keys: { roleId: '', secretId: '' } }),
  toKeys: (keys) => compact(keys),
  fromKeys: (keys) => ({ roleId: text(keys.roleId), secretId: '' }),
  ui: {
    docsUrl: 'https://example.com/vault',
    intro: vaultStrings.intro,
    baseUrl: { required: true },
    fields: [
      { name: 'roleId', kind: 'text', label: vaultStrings.roleId },
      { name: 'secretId', kind: 'secret', label: vaultStrings.secretId },
    ],
  },
});

// 2. Its line in the registry's map (form/provider-registry.ts).
const withVault = createRegistry({ ...providerDefinitions, vault: vaultDefinition });

// 3. Its catalog row (providers/provider-catalog.ts).
const vaultRow: ProviderListing = {
  displayName: 'Vault',
  group: 'other',
  icon: KeyIcon,
  color: '#57606a',
  secrets: ['secretId'],
  detail: (credential) => credential.baseUrl,
};

// 4. Its test sample (form/test-samples.ts).
const vaultSample: Sample<ReturnType<typeof vaultDefinition.defaults>> = {
  detail: 'https://vault.example.com',
  values: { provider: 'vault', name: 'vault-ci', description: '', baseUrl: 'https://vault.example.com', keys: { roleId: 'role-1', secretId: 's3cr3t' } },
};
const { values } = vaultSample;

describe('adding a provider (throw-away "vault")', () => {
  it('appears in the picker after the real providers, named by its catalog row', () => {
    const choices = buildChoices(withVault.ids, withVault.definition, (id) => (id === 'vault' ? vaultRow : providerMeta(id)));
    expect(choices.at(-1)).toEqual({ key: 'vault', title: 'Vault', group: 'other', variants: [{ id: 'vault', label: 'Vault' }] });
    expect(choices.slice(0, -1)).toEqual(providerChoices);
  });

  it('joins the schema union: its sample parses, its rules apply, the other providers still parse', () => {
    const schema = withVault.schema({ intent: 'create' });
    expect(schema.safeParse(values).success).toBe(true);
    const blank = schema.safeParse({ ...values, keys: { roleId: '', secretId: '' } });
    expect(blank.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['keys.roleId', 'Role ID is required.'],
      ['keys.secretId', 'Secret ID is required.'],
    ]);
    for (const sample of Object.values(primarySamples)) expect(schema.safeParse(sample).success).toBe(true);
  });

  it('round-trips through toKeys/fromKeys, with the secret blank on the way back', () => {
    const keys = withVault.keysFor(values);
    expect(keys).toEqual({ roleId: 'role-1', secretId: 's3cr3t' });
    expect(withVault.formValuesFor('vault', { name: 'vault-ci', description: '', baseUrl: 'https://vault.example.com' }, keys)).toEqual({
      ...values,
      keys: { roleId: 'role-1', secretId: '' },
    });
    expect(withVault.defaultValuesFor('vault').keys).toEqual({ roleId: '', secretId: '' });
  });

  it('treats as secret only fields its catalog row lists as write-only', () => {
    expect(withVault.secretFields('vault')).toEqual(['secretId']);
    expect(vaultRow.secrets).toEqual(expect.arrayContaining(withVault.secretFields('vault')));
  });

  it('shows the identifying detail its sample names once saved', () => {
    expect(vaultRow.detail({ keys: withVault.keysFor(values), baseUrl: values.baseUrl })).toBe(vaultSample.detail);
  });

  it('rejects a UI field name that is not one of the provider keys, at type-check time', () => {
    const typo = defineProvider({
      ...vaultDefinition,
      ui: {
        ...vaultDefinition.ui,
        // @ts-expect-error 'secretID' is not a key of vault's keys (roleId, secretId)
        fields: [{ name: 'secretID', kind: 'secret', label: vaultStrings.secretId }],
      },
    });
    expect(typo.ui.fields[0]?.name).toBe('secretID');
  });
});

describe('the real registry', () => {
  it('offers every creatable id, in the catalog order', () => {
    expect(providerRegistry.ids).toEqual(PROVIDER_IDS.filter((id) => id !== 'seqeracompute'));
  });

  it('marks as secret in the form only fields the catalog lists as write-only', () => {
    for (const id of providerRegistry.ids) {
      expect(providerListing(id).secrets, id).toEqual(expect.arrayContaining(providerRegistry.secretFields(id)));
    }
  });
});
