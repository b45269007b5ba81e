import { describe, expect, it } from 'vitest';
import { choiceFor, providerChoices } from './provider-choices';
import { creatableProviderIds } from './provider-ids';

describe('provider choices', () => {
  it('offer every creatable id exactly once, and never seqeracompute', () => {
    const offered = providerChoices.flatMap((choice) => choice.variants.map((variant) => variant.id));
    expect([...offered].sort()).toEqual([...creatableProviderIds].sort());
  });

  it('group Azure ids and GitHub ids under one card each', () => {
    expect(choiceFor('azure_entra').key).toBe('azure');
    expect(choiceFor('azure-cloud').variants.map((v) => v.id)).toEqual(['azure', 'azure_entra', 'azure-cloud']);
    expect(choiceFor('github_app').key).toBe('github');
  });
});
