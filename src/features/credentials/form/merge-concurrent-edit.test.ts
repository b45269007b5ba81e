import { describe, expect, it } from 'vitest';
import type { CredentialFormValues } from './form-schema';
import { mergeConcurrentEdit } from './merge-concurrent-edit';

type Registry = Extract<CredentialFormValues, { provider: 'container-reg' }>;

// What an edit form loads: the secret comes back blank.
const loaded: Registry = {
  provider: 'container-reg',
  name: 'quay-robot',
  description: 'CI pulls',
  keys: { registry: 'quay.io', userName: 'lab+robot', password: '' },
};

const edit = (change: (values: Registry) => void): Registry => {
  const copy = structuredClone(loaded);
  change(copy);
  return copy;
};

describe('mergeConcurrentEdit', () => {
  it('keeps the other change to a field this form did not touch, and this form’s own change', () => {
    const mine = edit((v) => (v.keys.userName = 'lab+new'));
    const theirs = edit((v) => (v.description = 'changed in the other tab'));
    expect(mergeConcurrentEdit(loaded, mine, theirs)).toEqual({
      kind: 'merged',
      values: edit((v) => {
        v.description = 'changed in the other tab';
        v.keys.userName = 'lab+new';
      }),
    });
  });

  it('keeps a typed secret replacement, and leaves an untouched secret blank', () => {
    const mine = edit((v) => (v.keys.password = 'new-token'));
    const theirs = edit((v) => (v.keys.registry = 'ghcr.io'));
    const result = mergeConcurrentEdit(loaded, mine, theirs);
    expect(result).toMatchObject({ kind: 'merged', values: { keys: { registry: 'ghcr.io', password: 'new-token' } } });
    const untouched = mergeConcurrentEdit(loaded, loaded, theirs);
    expect(untouched).toMatchObject({ kind: 'merged', values: { keys: { password: '' } } });
  });

  it('reports each field changed both here and elsewhere to different values, with the current value', () => {
    const mine = edit((v) => {
      v.description = 'mine';
      v.keys.userName = 'lab+mine';
      v.keys.registry = 'ghcr.io';
    });
    const theirs = edit((v) => {
      v.description = 'theirs';
      v.keys.userName = 'lab+theirs';
      v.keys.registry = 'ghcr.io'; // the same change on both sides is no conflict
    });
    expect(mergeConcurrentEdit(loaded, mine, theirs)).toEqual({
      kind: 'conflict',
      conflicts: [
        { path: 'description', current: 'theirs' },
        { path: 'keys.userName', current: 'lab+theirs' },
      ],
    });
  });
});
