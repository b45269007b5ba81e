import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from './lazy-chunk';

describe('lazyChunk', () => {
  it('reports a failed load and tries the network again on the next load', async () => {
    const importer = vi.fn<() => Promise<{ name: string }>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue({ name: 'menu' });
    const chunk = lazyChunk(importer);
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    expect(chunk.loaded()).toBeUndefined();
    await expect(chunk.load()).resolves.toEqual({ name: 'menu' });
    expect(chunk.loaded()).toEqual({ name: 'menu' });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('shares one download between callers', async () => {
    const importer = vi.fn(() => Promise.resolve({ name: 'menu' }));
    const chunk = lazyChunk(importer);
    await Promise.all([chunk.load(), chunk.load()]);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('prefetches once, on idle, without running the module', async () => {
    vi.useFakeTimers();
    try {
      const importer = vi.fn(() => Promise.resolve({ name: 'menu' }));
      const preload = vi.fn();
      const chunk = lazyChunk(importer, preload);
      chunk.prefetch();
      chunk.prefetch();
      expect(preload).not.toHaveBeenCalled(); // not during the render that asked for it
      await vi.runAllTimersAsync();
      expect(preload).toHaveBeenCalledTimes(1);
      expect(importer).not.toHaveBeenCalled();
      expect(chunk.loaded()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
