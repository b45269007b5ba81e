import type { CredentialFormValues } from './form-schema';

/** A field both this form and someone else changed, to different values. */
export interface FieldConflict {
  /** Dotted path in the form values, such as `description` or `keys.userName`. */
  path: string;
  /** What the server holds now. */
  current: unknown;
}

export type MergeResult = { kind: 'merged'; values: CredentialFormValues } | { kind: 'conflict'; conflicts: FieldConflict[] };

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeTree(base: Tree, mine: Tree, theirs: Tree, prefix: string, conflicts: FieldConflict[]): Tree {
  const merged: Tree = {};
  for (const key of Object.keys(mine)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (isTree(m)) {
      merged[key] = mergeTree(isTree(b) ? b : {}, m, isTree(t) ? t : {}, path, conflicts);
    } else if (t === undefined || Object.is(m, b)) {
      // Untouched here: the server's current value wins (a field the server does not send, such
      // as a secret, stays as typed).
      merged[key] = t === undefined ? m : t;
    } else {
      merged[key] = m;
      // Changed here; a conflict only if it was also changed elsewhere, to something else.
      if (!Object.is(t, b) && !Object.is(t, m)) conflicts.push({ path, current: t });
    }
  }
  return merged;
}

/**
 * Three-way merge of an edit against a change saved elsewhere since the form loaded: `base` is what
 * the form loaded, `mine` what it holds now, `theirs` what the server holds now (all as form values).
 * Secrets never come back from the server, so `base` and `theirs` hold them empty: a typed
 * replacement is kept and an untouched one stays empty (which the PUT leaves unchanged).
 */
export function mergeConcurrentEdit(base: CredentialFormValues, mine: CredentialFormValues, theirs: CredentialFormValues): MergeResult {
  const conflicts: FieldConflict[] = [];
  // The trees are the same discriminated variant (the provider cannot change on edit), so the
  // merged tree has the shape of `mine`.
  const values = mergeTree(base as unknown as Tree, mine as unknown as Tree, theirs as unknown as Tree, '', conflicts);
  return conflicts.length > 0 ? { kind: 'conflict', conflicts } : { kind: 'merged', values: values as unknown as CredentialFormValues };
}

/** Thrown by the save when the same fields were changed elsewhere; the form asks the user what to do. */
export class ConcurrentEditError extends Error {
  readonly conflicts: FieldConflict[];
  /** The server's values and version, to reload the form with. */
  readonly current: { values: CredentialFormValues; lastUpdated: string | undefined };

  constructor(conflicts: FieldConflict[], current: { values: CredentialFormValues; lastUpdated: string | undefined }) {
    super('These credentials were changed elsewhere since the form was opened.');
    this.name = 'ConcurrentEditError';
    this.conflicts = conflicts;
    this.current = current;
  }
}
