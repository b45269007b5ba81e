import * as z from 'zod/mini';
import type { AnyProviderDefinition, ProviderUi } from './definition';
import { awsDefinition } from './definitions/aws';
import { azureDefinition } from './definitions/azure';
import { azureCloudDefinition } from './definitions/azure-cloud';
import { azureEntraDefinition } from './definitions/azure-entra';
import { containerRegistryDefinition } from './definitions/container-registry';
import { azurereposDefinition } from './definitions/azurerepos';
import { bitbucketDefinition } from './definitions/bitbucket';
import { codecommitDefinition } from './definitions/codecommit';
import { giteaDefinition } from './definitions/gitea';
import { githubDefinition } from './definitions/github';
import { gitlabDefinition } from './definitions/gitlab';
import { githubAppDefinition } from './definitions/github-app';
import { googleDefinition } from './definitions/google';
import { k8sDefinition } from './definitions/k8s';
import { s3Definition } from './definitions/s3';
import { sshDefinition } from './definitions/ssh';
import { twAgentDefinition } from './definitions/tw-agent';
import type { CreatableProviderId } from './provider-ids';
import type { SchemaContext } from './schema-kit';

/** Definitions by provider id, each under its own id; the form's schema, defaults and mappers all derive from it. */
export type DefinitionMap<Id extends string> = { [K in Id]: AnyProviderDefinition<K> };

/** The values of every provider in `Map`: the form's discriminated union. */
export type FormValuesOf<Map> = { [K in keyof Map]: Map[K] extends { defaults: () => infer V } ? V : never }[keyof Map];

/** One line per creatable provider. */
export const providerDefinitions = {
  aws: awsDefinition,
  azure: azureDefinition,
  azure_entra: azureEntraDefinition,
  'azure-cloud': azureCloudDefinition,
  google: googleDefinition,
  github: githubDefinition,
  github_app: githubAppDefinition,
  gitlab: gitlabDefinition,
  bitbucket: bitbucketDefinition,
  gitea: giteaDefinition,
  codecommit: codecommitDefinition,
  azurerepos: azurereposDefinition,
  'container-reg': containerRegistryDefinition,
  ssh: sshDefinition,
  k8s: k8sDefinition,
  'tw-agent': twAgentDefinition,
  s3: s3Definition,
} satisfies DefinitionMap<CreatableProviderId>;

/**
 * The form's behaviour derived from a map of definitions. The real registry below and the
 * throw-away provider in provider-registry.test.ts both go through here.
 */
export function createRegistry<Map extends { [K in keyof Map]: AnyProviderDefinition<K & string> }>(definitions: Map) {
  type Id = Extract<keyof Map, string>;
  type Values = FormValuesOf<Map>;
  const definition = (id: Id): AnyProviderDefinition => definitions[id];
  const all: AnyProviderDefinition[] = Object.values(definitions);

  return {
    ids: Object.keys(definitions) as Id[],

    definition,

    /**
     * The form's values: one branch per provider id, each with its own rules. The resolver
     * picks the branch by `provider`, so a rule never leaks into another provider's form.
     */
    schema(context: SchemaContext): z.ZodMiniType<Values, Values> {
      const [first, ...rest] = all.map((entry) => entry.schema(context) as unknown as z.ZodMiniObject);
      if (!first) throw new Error('A registry needs at least one provider');
      return z.discriminatedUnion('provider', [first, ...rest]) as unknown as z.ZodMiniType<Values, Values>;
    },

    /** Blank values for a new credential of `provider`. */
    defaultValuesFor(provider: Id): Values {
      return definition(provider).defaults() as Values;
    },

    providerUi(provider: Id): ProviderUi {
      return definition(provider).ui;
    },

    /** The API `keys` for the form values, without blank (kept) secrets and without UI-only fields. */
    keysFor(values: Values): Record<string, unknown> {
      const { provider, keys } = values as { provider: Id; keys: object };
      return definition(provider).toKeys(keys);
    },

    /** Edit-form values from the keys the API returns (secrets never come back, so they start blank). */
    formValuesFor(provider: Id, common: { name: string; description: string; baseUrl: string }, keys: Record<string, unknown>): Values {
      const entry = definition(provider);
      const { name, description, baseUrl } = common;
      // Only providers whose form has a base-URL field carry one in their values.
      const withBaseUrl = 'baseUrl' in entry.defaults();
      return { provider, name, description, ...(withBaseUrl ? { baseUrl } : {}), keys: entry.fromKeys(keys) } as Values;
    },

    usesExternalId(values: Values): boolean {
      const { provider, keys } = values as { provider: Id; keys: object };
      return definition(provider).usesExternalId?.(keys) ?? false;
    },

    /** Key fields the form treats as secrets (write-only in the API). */
    secretFields(provider: Id): string[] {
      const names = definition(provider)
        .ui.fields.filter((field) => field.kind === 'secret' || field.kind === 'secret-multiline')
        .map((field) => field.name);
      return [...new Set(names)];
    },
  };
}

export const providerRegistry = createRegistry(providerDefinitions);

export const { defaultValuesFor, providerUi, keysFor, formValuesFor, usesExternalId } = providerRegistry;
