import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { registryHostProblem } from '../formats';
import { checkCommon, checkRequired, checkSecret, commonShape, compact, flag, secretNeeded, text } from '../schema-kit';
import type { SchemaContext } from '../schema-kit';

/** Container registry form strings; fields/registry-host-field.tsx shows the presets and hints. */
export const containerRegistryStrings = {
  intro: 'A login for a container registry that Wave and your pipelines pull from.',
  registry: 'Registry host',
  registryHelp: 'Host and optional port, without https:// and without a path. Default docker.io.',
  presetLabel: 'Registry',
  presetCustom: 'Other registry',
  userName: 'User name',
  password: 'Password or access token',
  hints: {
    dockerhub: 'Docker Hub: your Docker ID as user name and a personal access token as password.',
    quay: 'Quay: a robot account name (org+robot) as user name and its token as password.',
    ghcr: 'GitHub: your GitHub user name and a personal access token (classic) with read:packages as password.',
    ecr: 'Amazon ECR: an IAM access key ID as user name and its secret access key as password.',
    'ecr-public': 'Amazon ECR Public: an IAM access key ID as user name and its secret access key as password.',
    acr: 'Azure Container Registry: the registry’s admin user or a service principal’s client ID, and its password or secret.',
    gar: 'Artifact Registry: _json_key as user name and the whole service-account key JSON as password.',
    custom: 'Use the user name and password or token your registry gives you.',
  },
  presets: {
    dockerhub: 'Docker Hub',
    quay: 'Quay',
    ghcr: 'GitHub',
    ecr: 'Amazon ECR',
    'ecr-public': 'Amazon ECR Public',
    acr: 'Azure Container Registry',
    gar: 'Google Artifact Registry',
  },
  errors: {
    scheme: 'Leave out http:// or https:// — enter only the host, for example docker.io.',
    path: 'Enter only the host and an optional port, without a path.',
    host: 'Enter a host name with an optional port, for example quay.io or registry.example.com:5000.',
  },
} as const;

export const defaultRegistry = 'docker.io';

export type RegistryPresetId = keyof typeof containerRegistryStrings.presets;

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
      return containerRegistryStrings.errors.scheme;
    case 'path':
      return containerRegistryStrings.errors.path;
    case 'host':
      return containerRegistryStrings.errors.host;
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
        checkRequired(keys.userName, ['keys', 'userName'], containerRegistryStrings.userName, issues);
        checkSecret(keys.password, ['keys', 'password'], containerRegistryStrings.password, secretNeeded(context), issues);
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
    intro: containerRegistryStrings.intro,
    fields: [
      { name: 'registry', kind: 'registry-host', label: containerRegistryStrings.registry, help: containerRegistryStrings.registryHelp },
      { name: 'userName', kind: 'text', label: containerRegistryStrings.userName },
      { name: 'password', kind: 'secret', label: containerRegistryStrings.password },
    ],
  },
});
