import { describe, expect, it } from 'vitest';
import { formatRelative, UNITS } from './format-date';

const english = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const NOW = Date.parse('2026-06-15T12:00:00Z');

describe('formatRelative', () => {
  it('says what Intl.RelativeTimeFormat says in English, for every unit, both ways', () => {
    const offsets = [0, 0.4, 1, 1.4, 1.6, 2, 5, 29, 59, 61, 3599, 3601, 86_399, 86_401, 6.6 * 86_400, 8 * 86_400, 40 * 86_400, 200 * 86_400, 366 * 86_400, 2_000 * 365 * 86_400];
    for (const offset of offsets) {
      for (const sign of [-1, 1]) {
        const seconds = sign * offset;
        const iso = new Date(NOW + seconds * 1000).toISOString();
        const [unit, size] = UNITS.find(([name, length]) => Math.abs(seconds) >= length || name === 'second') ?? ['second', 1];
        expect(formatRelative(iso, NOW), `${String(seconds)} s`).toBe(english.format(Math.round(seconds / size), unit));
      }
    }
  });

  it('words the nearest days and years as people do', () => {
    expect(formatRelative('2026-06-14T12:00:00Z', NOW)).toBe('yesterday');
    expect(formatRelative('2025-06-15T12:00:00Z', NOW)).toBe('last year');
    expect(formatRelative('2026-06-15T12:00:00Z', NOW)).toBe('now');
    expect(formatRelative('2026-06-12T12:00:00Z', NOW)).toBe('3 days ago');
  });
});
