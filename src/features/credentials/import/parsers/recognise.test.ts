import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from './guard';
import { recognise } from './recognise';
import { binaryText, samples } from './test-inputs';

describe('recognise', () => {
  it('tells every sample apart by content, whatever the file is called', () => {
    const formats = Object.values(samples).map((text) => {
      const result = recognise(text, 'misleading-name.json');
      return result.ok ? result.format : result.problem;
    });
    expect(formats).toEqual(['aws', 'docker', 'git-credentials', 'google', 'ssh', 'ssh', 'kubeconfig']);
  });

  it('says what it does not recognise, and refuses before parsing what is too large or binary', () => {
    expect(recognise('{"hello": "world"}')).toMatchObject({ ok: false, problem: 'unrecognised' });
    expect(recognise('plain notes\nnothing here')).toMatchObject({ ok: false, problem: 'unrecognised' });
    expect(recognise('{"auths": ')).toMatchObject({ ok: false, problem: 'malformed' });
    // Exactly at the limit is allowed (and then not recognised); one byte more is refused unread.
    expect(recognise('#'.repeat(MAX_INPUT_BYTES))).toMatchObject({ problem: 'unrecognised' });
    expect(recognise('é'.repeat(MAX_INPUT_BYTES / 2) + '#')).toMatchObject({ problem: 'too-large' });
    expect(recognise(binaryText)).toMatchObject({ problem: 'binary' });
  });
});
