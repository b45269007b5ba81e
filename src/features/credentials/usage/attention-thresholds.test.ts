import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseThresholds, THRESHOLDS_STORAGE_KEY, useAttentionThresholds } from './attention-thresholds';
import { DEFAULT_ATTENTION_THRESHOLDS } from './usage-model';

afterEach(() => {
  localStorage.clear();
});

describe('attention thresholds', () => {
  it('reads the defaults from nothing or garbage, and defaults field by field for bad values', () => {
    expect(parseThresholds(null)).toEqual(DEFAULT_ATTENTION_THRESHOLDS);
    expect(parseThresholds('{not json')).toEqual(DEFAULT_ATTENTION_THRESHOLDS);
    expect(parseThresholds('[1,2,3]')).toEqual(DEFAULT_ATTENTION_THRESHOLDS);
    expect(parseThresholds(JSON.stringify({ neverUsedDays: 7, unusedDays: -1, notRotatedDays: 2.5 }))).toEqual({ ...DEFAULT_ATTENTION_THRESHOLDS, neverUsedDays: 7 });
    expect(parseThresholds(JSON.stringify({ neverUsedDays: '7', unusedDays: 0, notRotatedDays: 99_999 }))).toEqual(DEFAULT_ATTENTION_THRESHOLDS);
  });

  it('stores a change, tells every user in this tab, and resets to the defaults', () => {
    const first = renderHook(() => useAttentionThresholds());
    const second = renderHook(() => useAttentionThresholds());
    expect(first.result.current.thresholds).toEqual(DEFAULT_ATTENTION_THRESHOLDS);
    act(() => first.result.current.setThresholds({ neverUsedDays: 10, unusedDays: 20, notRotatedDays: 40 }));
    expect(second.result.current.thresholds).toEqual({ neverUsedDays: 10, unusedDays: 20, notRotatedDays: 40 });
    expect(second.result.current.customised).toBe(true);
    expect(JSON.parse(localStorage.getItem(THRESHOLDS_STORAGE_KEY) ?? 'null')).toEqual({ neverUsedDays: 10, unusedDays: 20, notRotatedDays: 40 });
    act(() => second.result.current.resetThresholds());
    expect(first.result.current.thresholds).toEqual(DEFAULT_ATTENTION_THRESHOLDS);
    expect(localStorage.getItem(THRESHOLDS_STORAGE_KEY)).toBeNull();
  });

  it('follows a change made in another tab', () => {
    const { result } = renderHook(() => useAttentionThresholds());
    act(() => {
      localStorage.setItem(THRESHOLDS_STORAGE_KEY, JSON.stringify({ unusedDays: 45 }));
      window.dispatchEvent(new StorageEvent('storage', { key: THRESHOLDS_STORAGE_KEY }));
    });
    expect(result.current.thresholds.unusedDays).toBe(45);
  });
});
