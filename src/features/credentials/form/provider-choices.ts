import { providerMeta, type ProviderGroup } from '../providers/provider-catalog';
import type { CreatableProviderId } from './provider-ids';
import { strings } from './strings';

/**
 * What the picker offers: one card per kind of credentials. Azure's three ids and GitHub's
 * token/App ids are variants of one card, chosen with tabs inside the form.
 */
export interface ProviderChoice {
  key: string;
  title: string;
  group: ProviderGroup;
  variants: readonly { id: CreatableProviderId; label: string }[];
}

function single(id: CreatableProviderId): ProviderChoice {
  const meta = providerMeta(id);
  return { key: id, title: meta.displayName, group: meta.group, variants: [{ id, label: meta.displayName }] };
}

export const providerChoices: readonly ProviderChoice[] = [
  single('aws'),
  {
    key: 'azure',
    title: strings.providers.azure.title,
    group: 'cloud',
    variants: [
      { id: 'azure', label: strings.providers.azure.variantShared },
      { id: 'azure_entra', label: strings.providers.azure.variantEntra },
      { id: 'azure-cloud', label: strings.providers.azure.variantCloud },
    ],
  },
  single('google'),
  {
    key: 'github',
    title: strings.providers.github.title,
    group: 'git',
    variants: [
      { id: 'github', label: strings.providers.github.variantToken },
      { id: 'github_app', label: strings.providers.github.variantApp },
    ],
  },
  single('gitlab'),
  single('bitbucket'),
  single('gitea'),
  single('codecommit'),
  single('azurerepos'),
  single('container-reg'),
  single('ssh'),
  single('k8s'),
  single('tw-agent'),
  single('s3'),
];

export function choiceFor(provider: CreatableProviderId): ProviderChoice {
  const choice = providerChoices.find((candidate) => candidate.variants.some((variant) => variant.id === provider));
  if (!choice) throw new Error(`No picker choice offers ${provider}`);
  return choice;
}
