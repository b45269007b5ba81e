import { credentialNamePattern } from '../form/formats';

const maxNameLength = 100;
/** Room kept for a `-NN` suffix. */
const baseMaxLength = maxNameLength - 4;

/** A name the form accepts (letters, digits, `-`, `_`) built from a host, profile or user name. */
export function nameBase(hint: string): string {
  const cleaned = hint
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, baseMaxLength)
    .replace(/[-_]+$/, '');
  return cleaned === '' ? 'imported' : cleaned;
}

/** The n-th name tried for a base: `base`, `base-2`, `base-3`… */
export const nameCandidate = (base: string, attempt: number) => (attempt === 1 ? base : `${base}-${String(attempt)}`);

/** What the workspace answers for a name: free, taken, or unknown (the check failed). */
export type NameAnswer = 'free' | 'taken' | 'unknown';

const maxAttempts = 50;

/**
 * One name per hint, unique within the batch and, as far as `check` can tell, in the workspace:
 * the first of `base`, `base-2`, `base-3`… that no earlier row took and the workspace does not hold.
 * A failed check keeps the name (the create then reports a clash, and the row can be retried).
 */
export async function uniqueNames(hints: readonly string[], check: (name: string) => Promise<NameAnswer>, reserved: Iterable<string> = []): Promise<string[]> {
  const taken = new Set([...reserved].map((name) => name.toLowerCase()));
  const names: string[] = [];
  for (const hint of hints) {
    const base = nameBase(hint);
    let chosen = base;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const name = nameCandidate(base, attempt);
      if (taken.has(name.toLowerCase()) || !credentialNamePattern.test(name)) continue;
      chosen = name;
      if ((await check(name)) !== 'taken') break;
      taken.add(name.toLowerCase());
    }
    taken.add(chosen.toLowerCase());
    names.push(chosen);
  }
  return names;
}
