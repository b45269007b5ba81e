import { describe, expect, it } from 'vitest';
import { keepFirstRows } from './grid-range';

const upTo = (last: number) => Array.from({ length: last + 1 }, (_, index) => index);

describe('keepFirstRows', () => {
  it('keeps the rows of the first render while the grid shows its top, when the scroller turns out smaller', () => {
    const first = { current: undefined as number | undefined };
    expect(keepFirstRows(upTo(17), { count: 18 }, first)).toEqual(upTo(17));
    expect(first.current).toBe(17);
    // The measured scroller holds fewer rows: the first render's rows stay.
    expect(keepFirstRows(upTo(10), { count: 18 }, first)).toEqual(upTo(17));
  });

  it('adds rows when the scroller turns out larger', () => {
    const first = { current: undefined as number | undefined };
    keepFirstRows(upTo(9), { count: 40 }, first);
    expect(keepFirstRows(upTo(20), { count: 40 }, first)).toEqual(upTo(20));
  });

  it('virtualises as usual once the grid scrolls away from its top', () => {
    const first = { current: undefined as number | undefined };
    keepFirstRows(upTo(17), { count: 100 }, first);
    const scrolled = Array.from({ length: 12 }, (_, index) => 30 + index);
    expect(keepFirstRows(scrolled, { count: 100 }, first)).toEqual(scrolled);
  });

  it('never names a row past the end when the list gets shorter', () => {
    const first = { current: undefined as number | undefined };
    keepFirstRows(upTo(17), { count: 18 }, first);
    expect(keepFirstRows(upTo(2), { count: 3 }, first)).toEqual(upTo(2));
    expect(keepFirstRows([], { count: 0 }, first)).toEqual([]);
  });
});
