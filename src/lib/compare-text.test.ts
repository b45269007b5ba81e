import { describe, expect, it } from 'vitest';
import { compareText } from './compare-text';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');

// A small deterministic generator, so a failure names a case that can be run again.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('compareText', () => {
  it('orders as the collator does: case-insensitive, numbers by value, punctuation before digits before letters', () => {
    const names = ['b-2', 'a10', 'A2', 'a_1', 'a-1', 'aws-keys', 'AWS_keys', 'a 1', 'Z', '10', '9', '_x', 'x.y', 'x,y', 'a01', 'a1'];
    expect(names.toSorted(compareText)).toEqual(names.toSorted(collator.compare));
    expect(compareText('GitHub', 'github')).toBe(0);
    expect(compareText('file007', 'file7')).toBe(0);
    expect(compareText('item9', 'item10')).toBe(-1);
  });

  it('agrees with the collator on 20,000 random pairs of printable ASCII', () => {
    const next = random(7);
    const alphabets = [ASCII, 'aAbB019-_ .', 'ab0123456789'];
    const text = (alphabet: string) => Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 20_000; round += 1) {
      const alphabet = alphabets[round % alphabets.length] ?? ASCII;
      const a = text(alphabet);
      const b = next() < 0.2 ? a.toUpperCase() : text(alphabet);
      expect(Math.sign(compareText(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(Math.sign(collator.compare(a, b)));
    }
  });

  it('leaves other text to the collator', () => {
    expect(compareText('Émile', 'emile')).toBe(0);
    expect(compareText('zebra', 'Äpfel')).toBe(1);
  });
});
