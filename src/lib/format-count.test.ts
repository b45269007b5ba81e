import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups digits as English does', () => {
    const english = new Intl.NumberFormat('en');
    for (const value of [0, 1, 12, 999, 1_000, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1_234]) {
      expect(formatCount(value)).toBe(english.format(value));
    }
  });
});
