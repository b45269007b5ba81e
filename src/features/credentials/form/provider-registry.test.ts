import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, providerListing, providerMeta } from '../providers/provider-catalog';
import { defineProvider } from './definition';
import { buildChoices, providerChoices } from './provider-choices';
import { createRegistry, providerDefinitions, providerRegistry } from './provider-registry';
import { checkCommon, checkSecret, commonShape, compact, secretNeeded, text, type SchemaContext } from './schema-kit';
import { primarySamples } from './test-samples';

/**
 * docs/adding-a-provider.md followed once for real: a throw-away "vault" provider defined with the
 * same helper as the real ones and registered with the same `createRegistry`, with one line added to
 * the map. Its strings and test sample would live in strings.ts and test-samples.ts; here they are inline.
 */
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
          checkSecret(values.keys.secretId, ['keys', 'secretId'], 'Secret ID', secretNeeded(context), issues);
        }),
      ),
  defaults: () => ({ provider: 'vault' as const, name: '', description: '', baseUrl: '', keys: { roleId: '', secretId: '' } }),
  toKeys: (keys) => compact(keys),
  fromKeys: (keys) => ({ roleId: text(keys.roleId), secretId: '' }),
  ui: {
    docsUrl: 'https://example.com/vault',
    intro: 'A throw-away provider.',
    baseUrl: { required: true },
    fields: [
      { name: 'roleId', kind: 'text', label: 'Role ID' },
      { name: 'secretId', kind: 'secret', label: 'Secret ID' },
    ],
  },
});

const withVault = createRegistry({ ...providerDefinitions, vault: vaultDefinition });
const vaultSample = {
  provider: 'vault',
  name: 'vault-ci',
  description: '',
  baseUrl: 'https://vault.example.com',
  keys: { roleId: 'role-1', secretId: 's3cr3t' },
} as const;

describe('adding a provider (throw-away "vault")', () => {
  it('appears in the picker after the real providers', () => {
    const choices = buildChoices(withVault.ids, withVault.definition, (id) =>
      id === 'vault' ? { displayName: 'Vault', group: 'other' } : providerMeta(id),
    );
    expect(choices.at(-1)).toEqual({ key: 'vault', title: 'Vault', group: 'other', variants: [{ id: 'vault', label: 'Vault' }] });
    expect(choices.slice(0, -1)).toEqual(providerChoices);
  });

  it('joins the schema union: its values parse, its rules apply, the other providers still parse', () => {
    const schema = withVault.schema({ intent: 'create' });
    expect(schema.safeParse(vaultSample).success).toBe(true);
    const blankSecret = schema.safeParse({ ...vaultSample, keys: { ...vaultSample.keys, secretId: '' } });
    expect(blankSecret.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['keys.secretId']);
    for (const sample of Object.values(primarySamples)) expect(schema.safeParse(sample).success).toBe(true);
  });

  it('round-trips through toKeys/fromKeys, with the secret blank on the way back', () => {
    const keys = withVault.keysFor(vaultSample);
    expect(keys).toEqual({ roleId: 'role-1', secretId: 's3cr3t' });
    expect(withVault.formValuesFor('vault', { name: 'vault-ci', description: '', baseUrl: 'https://vault.example.com' }, keys)).toEqual({
      ...vaultSample,
      keys: { roleId: 'role-1', secretId: '' },
    });
    expect(withVault.defaultValuesFor('vault').keys).toEqual({ roleId: '', secretId: '' });
  });

  it('lists its secret fields', () => {
    expect(withVault.secretFields('vault')).toEqual(['secretId']);
  });

  it('rejects a UI field name that is not one of the provider keys, at type-check time', () => {
    const typo = defineProvider({
      ...vaultDefinition,
      ui: {
        ...vaultDefinition.ui,
        // @ts-expect-error 'secretID' is not a key of vault's keys (roleId, secretId)
        fields: [{ name: 'secretID', kind: 'secret', label: 'Secret ID' }],
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
