import { providerMeta, type ProviderGroup } from '../providers/provider-catalog';
import type { VariantSpec } from './definition';
import type { CreatableProviderId } from './provider-ids';
import { providerRegistry } from './provider-registry';

/**
 * What the picker offers: one card per kind of credentials. Azure's three ids and GitHub's
 * token/App ids are variants of one card (their definitions' `variant`), chosen with tabs inside the form.
 */
export interface ProviderChoice<Id extends string = CreatableProviderId> {
  key: string;
  title: string;
  group: ProviderGroup;
  variants: readonly { id: Id; label: string }[];
}

/** The picker's cards, in registry order, from the registry's definitions. */
export function buildChoices<Id extends string>(
  ids: readonly Id[],
  definitionOf: (id: Id) => { variant?: VariantSpec },
  metaOf: (id: Id) => { displayName: string; group: ProviderGroup },
): ProviderChoice<Id>[] {
  const choices: ProviderChoice<Id>[] = [];
  const cards = new Map<string, { id: Id; label: string }[]>();
  for (const id of ids) {
    const { variant } = definitionOf(id);
    const meta = metaOf(id);
    if (!variant) {
      choices.push({ key: id, title: meta.displayName, group: meta.group, variants: [{ id, label: meta.displayName }] });
      continue;
    }
    const variants = cards.get(variant.card);
    if (variants) {
      variants.push({ id, label: variant.label });
      continue;
    }
    const first = [{ id, label: variant.label }];
    cards.set(variant.card, first);
    choices.push({ key: variant.card, title: variant.cardTitle, group: meta.group, variants: first });
  }
  return choices;
}

export const providerChoices: readonly ProviderChoice[] = buildChoices(providerRegistry.ids, providerRegistry.definition, providerMeta);

export function choiceFor(provider: CreatableProviderId): ProviderChoice {
  const choice = providerChoices.find((candidate) => candidate.variants.some((variant) => variant.id === provider));
  if (!choice) throw new Error(`No picker choice offers ${provider}`);
  return choice;
}
