import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { registryHostProblem } from '../formats';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';

const t = strings.providers.containerRegistry;
export const defaultRegistry = 'docker.io';

export type RegistryPresetId = keyof typeof t.presets;

export interface RegistryPreset {
  id: RegistryPresetId;
  /** The host to fill in, or a template whose <placeholders> the user replaces. */
  host: string;
  matches: RegExp;
}

export const registryPresets: readonly RegistryPreset[] = [
  { id: 'dockerhub', host: 'docker.io', matches: /^(docker\.io|registry-1\.docker\.io|index\.docker\.io)$/i },
  { id: 'quay', host: 'quay.io', matches: /^quay\.io$/i },
  { id: 'ghcr', host: 'ghcr.io', matches: /^ghcr\.io$/i },
  { id: 'ecr', host: '<account>.dkr.ecr.<region>.amazonaws.com', matches: /^[0-9]{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/i },
  { id: 'ecr-public', host: 'public.ecr.aws', matches: /^public\.ecr\.aws$/i },
  { id: 'acr', host: '<name>.azurecr.io', matches: /^[a-z0-9]+\.azurecr\.io$/i },
  { id: 'gar', host: '<location>-docker.pkg.dev', matches: /^[a-z0-9-]+-docker\.pkg\.dev$/i },
];

export function detectRegistryPreset(host: string): RegistryPresetId | null {
  return registryPresets.find((preset) => preset.matches.test(host))?.id ?? null;
}

export function registryHostMessage(host: string): string | null {
  switch (registryHostProblem(host)) {
    case 'scheme':
      return strings.errors.registryScheme;
    case 'path':
      return strings.errors.registryPath;
    case 'host':
      return strings.errors.registryHost;
    case null:
      return null;
  }
}

export function containerRegistrySchema(context: SchemaContext) {
  return z
    .object({
      ...commonShape,
      provider: z.literal('container-reg'),
      keys: z.object({ registry: z.string(), userName: z.string(), password: z.string() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { keys } = values;
        // Blank means the API default, docker.io.
        const hostProblem = keys.registry === '' ? null : registryHostMessage(keys.registry);
        if (hostProblem) flag(issues, ['keys', 'registry'], hostProblem);
        checkRequired(keys.userName, ['keys', 'userName'], t.userName, issues);
        checkSecret(keys.password, ['keys', 'password'], t.password, secretNeeded(context), issues);
      }),
    );
}

export type ContainerRegistryValues = z.input<ReturnType<typeof containerRegistrySchema>>;

export function containerRegistryDefaults(): ContainerRegistryValues {
  return {
    provider: 'container-reg',
    name: '',
    description: '',
    keys: { registry: defaultRegistry, userName: '', password: '' },
  };
}

export function containerRegistryToKeys(keys: ContainerRegistryValues['keys']): Record<string, unknown> {
  return compact({ ...keys, registry: keys.registry === '' ? defaultRegistry : keys.registry });
}

export function containerRegistryFromKeys(keys: Record<string, unknown>): ContainerRegistryValues['keys'] {
  return { registry: text(keys.registry) || defaultRegistry, userName: text(keys.userName), password: '' };
}

export const containerRegistryDefinition = defineProvider({
  id: 'container-reg',
  schema: containerRegistrySchema,
  defaults: containerRegistryDefaults,
  toKeys: containerRegistryToKeys,
  fromKeys: containerRegistryFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/credentials/overview',
    intro: t.intro,
    fields: [
      { name: 'registry', kind: 'registry-host', label: t.registry, help: t.registryHelp },
      { name: 'userName', kind: 'text', label: t.userName },
      { name: 'password', kind: 'secret', label: t.password },
    ],
  },
});
