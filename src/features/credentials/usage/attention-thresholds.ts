import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_ATTENTION_THRESHOLDS, type AttentionThresholds } from './usage-model';

// Kept per browser in localStorage: three day counts, nothing secret. Read back validated: a field that is
// missing, not a whole number or out of range takes its default, and unreadable storage means the defaults.
export const THRESHOLDS_STORAGE_KEY = 'seqera-console:attention-thresholds';
/** Fired on `window` when this tab changes the thresholds (`storage` events only reach other tabs). */
export const THRESHOLDS_CHANGE_EVENT = 'seqera-console:attention-thresholds-change';

export const MIN_THRESHOLD_DAYS = 1;
export const MAX_THRESHOLD_DAYS = 3650;

const FIELDS = ['neverUsedDays', 'unusedDays', 'notRotatedDays'] as const satisfies readonly (keyof AttentionThresholds)[];

export function isValidThreshold(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_THRESHOLD_DAYS && value <= MAX_THRESHOLD_DAYS;
}

/** The thresholds a stored text stands for: each readable field as stored, the others their defaults. */
export function parseThresholds(raw: string | null): AttentionThresholds {
  if (raw === null) return DEFAULT_ATTENTION_THRESHOLDS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_ATTENTION_THRESHOLDS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_ATTENTION_THRESHOLDS;
  const stored = value as Record<string, unknown>;
  const result = { ...DEFAULT_ATTENTION_THRESHOLDS };
  for (const field of FIELDS) {
    const candidate = stored[field];
    if (isValidThreshold(candidate)) result[field] = candidate;
  }
  return result;
}

function readRaw(): string | null {
  try {
    return localStorage.getItem(THRESHOLDS_STORAGE_KEY);
  } catch {
    return null;
  }
}

let cachedRaw: string | null | undefined;
let cachedValue: AttentionThresholds = DEFAULT_ATTENTION_THRESHOLDS;

/** The current thresholds; the same object while the stored text is unchanged (a stable snapshot). */
export function readThresholds(): AttentionThresholds {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = parseThresholds(raw);
  }
  return cachedValue;
}

/** Stores the thresholds (only valid fields; the rest fall back to defaults) and tells this tab. Undefined resets. */
export function writeThresholds(next: AttentionThresholds | undefined): void {
  try {
    if (next === undefined) localStorage.removeItem(THRESHOLDS_STORAGE_KEY);
    else localStorage.setItem(THRESHOLDS_STORAGE_KEY, JSON.stringify(parseThresholds(JSON.stringify(next))));
  } catch {
    // Storage full or disabled: the change lasts as long as nothing re-reads it, which is acceptable here.
  }
  window.dispatchEvent(new Event(THRESHOLDS_CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === THRESHOLDS_STORAGE_KEY) onChange();
  };
  window.addEventListener(THRESHOLDS_CHANGE_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(THRESHOLDS_CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

export interface AttentionThresholdsState {
  thresholds: AttentionThresholds;
  setThresholds: (next: AttentionThresholds) => void;
  resetThresholds: () => void;
  /** Whether the thresholds differ from the defaults. */
  customised: boolean;
}

/** The attention thresholds of this browser; every component using it re-renders when they change, in any tab. */
export function useAttentionThresholds(): AttentionThresholdsState {
  const thresholds = useSyncExternalStore(subscribe, readThresholds, () => DEFAULT_ATTENTION_THRESHOLDS);
  const setThresholds = useCallback((next: AttentionThresholds) => writeThresholds(next), []);
  const resetThresholds = useCallback(() => writeThresholds(undefined), []);
  const customised = FIELDS.some((field) => thresholds[field] !== DEFAULT_ATTENTION_THRESHOLDS[field]);
  return { thresholds, setThresholds, resetThresholds, customised };
}
