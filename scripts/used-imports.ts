/**
 * Which modules a set of start modules really uses, read from the module graph as the bundler
 * loaded it. Following every import line over-counts through re-export files ("barrels"): MUI's
 * `InputBase/index.mjs` re-exports the InputBase component and its class names, and a module that
 * imports only `inputBaseClasses` from it does not need the component; the bundler drops it, a
 * plain walk does not. This walk tracks, per module, which of its exports are asked for, and
 * follows a re-export only when one of its names is. A module's own imports are always followed
 * (whether its own code is used is not known here), so the answer may over-count but never misses
 * a module the bundle keeps.
 */
import { dirname, resolve } from 'node:path';

export interface GraphModule {
  /** The module's code after transforms; null for modules without ES syntax to read. */
  code: string | null;
  /** Every module it imports statically. */
  importedIds: readonly string[];
  /** Its exported names, when known: an `export *` passes on only the names its target has. */
  exports?: readonly string[];
}

/** Every export: a namespace import, an `export *` of a module asked for everything, or an import the walk cannot read. */
const ALL = '*';

interface Edge {
  specifier: string;
  /** Names imported, or ALL. */
  names: string[];
  /** `export … from`: followed only for names the importer is asked for. */
  reExport?: Map<string, string> | 'star';
}

const NAMES = /^\{([^}]*)\}$/s;

function namedList(list: string): Map<string, string> {
  // `a`, `a as b`, `default as b`: imported name → local or exported name.
  const pairs = new Map<string, string>();
  for (const part of list.split(',')) {
    const [imported, local] = part
      .trim()
      .split(/\s+as\s+/)
      .map((name) => name.trim().replace(/^["']|["']$/g, ''));
    if (imported) pairs.set(imported, local ?? imported);
  }
  return pairs;
}

/** The static import and re-export statements of `code`. Type-only statements are gone after transforms. */
export function readEdges(code: string): Edge[] {
  const edges: Edge[] = [];
  // Not `import(…)` (lazy: not a static edge) nor `import.meta`.
  const statement = /\b(import|export)(?!\s*[(.])\s*([^;'"]*?)\s*(?:\bfrom\s*)?["']([^"'\n]+)["']/g;
  for (const match of code.matchAll(statement)) {
    const [, keyword, clauseRaw = '', specifier = ''] = match;
    const clause = clauseRaw.trim();
    if (keyword === 'import') {
      if (clause === '') {
        edges.push({ specifier, names: [ALL] }); // import 'x': its side effects
        continue;
      }
      const names: string[] = [];
      // `d`, `d, { a }`, `d, * as ns`, `{ a, b as c }`, `* as ns`
      const [head, ...rest] = clause.split(/,(.*)/s);
      for (const part of [head, rest.join('')].map((piece) => piece?.trim() ?? '').filter(Boolean)) {
        const braces = NAMES.exec(part);
        if (braces?.[1] !== undefined) names.push(...namedList(braces[1]).keys());
        else if (part.startsWith('*')) names.push(ALL);
        else if (/^[\w$]+$/.test(part)) names.push('default');
        else names.push(ALL);
      }
      edges.push({ specifier, names });
    } else {
      if (clause === '*' || /^\*\s+as\s+/.test(clause)) {
        edges.push({ specifier, names: [ALL], reExport: clause === '*' ? 'star' : new Map([[ALL, clause.replace(/^\*\s+as\s+/, '')]]) });
        continue;
      }
      const braces = NAMES.exec(clause);
      if (braces?.[1] === undefined) continue; // `export const x = 'from'`-like text, not a statement
      const pairs = namedList(braces[1]);
      edges.push({ specifier, names: [...pairs.keys()], reExport: new Map([...pairs].map(([imported, exported]) => [exported, imported])) });
    }
  }
  return edges;
}

/** The id among `importedIds` that `specifier`, written in `importer`, names; undefined when unsure. */
function resolveSpecifier(importer: string, specifier: string, importedIds: readonly string[]): string | undefined {
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(importer), specifier);
    return importedIds.find((id) => id === base) ?? importedIds.find((id) => id.startsWith(`${base}.`) || id.startsWith(`${base}/index.`));
  }
  const inPackage = importedIds.filter((id) => id.includes(`/node_modules/${specifier}/`) || id.includes(`/node_modules/${specifier}.`));
  // '@mui/system' and '@mui/system/Stack' both match a module under @mui/system/Stack: take the nearest.
  return inPackage.sort((a, b) => a.length - b.length)[0];
}

/** The modules reachable from `starts`, following re-exports only for the names asked of them. */
export function usedReach(starts: readonly string[], moduleOf: (id: string) => GraphModule | null): Set<string> {
  const asked = new Map<string, Set<string>>();
  const pending: [string, string[]][] = starts.map((start) => [start, [ALL]]);
  const edgesOf = new Map<string, { edge: Edge; target: string }[]>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [id, names] = next;
    const module = moduleOf(id);
    if (module === null) continue;
    const known = asked.get(id);
    const fresh = names.filter((name) => !known?.has(name) && !known?.has(ALL));
    if (known !== undefined && fresh.length === 0) continue;
    const first = known === undefined;
    const wants = known ?? new Set<string>();
    for (const name of fresh) wants.add(name);
    asked.set(id, wants);

    let edges = edgesOf.get(id);
    if (edges === undefined) {
      edges = [];
      for (const edge of module.code === null ? [] : readEdges(module.code)) {
        const target = resolveSpecifier(id, edge.specifier, module.importedIds);
        if (target !== undefined) edges.push({ edge, target });
      }
      edgesOf.set(id, edges);
    }
    if (first) {
      // What the statements do not account for (CommonJS requires, a specifier not resolved here) is followed whole.
      const read = new Set(edges.map(({ target }) => target));
      for (const target of module.importedIds) if (!read.has(target)) pending.push([target, [ALL]]);
    }
    const all = wants.has(ALL);
    for (const { edge, target } of edges) {
      if (edge.reExport === undefined) {
        if (first) pending.push([target, edge.names]); // the module's own imports
      } else if (edge.reExport === 'star') {
        const has = moduleOf(target)?.exports;
        const passed = all ? [ALL] : fresh.filter((name) => name !== 'default' && (has === undefined || has.includes(name) || has.includes(ALL)));
        if (passed.length > 0) pending.push([target, passed]);
      } else {
        const wanted = [...edge.reExport].filter(([exported]) => all || fresh.includes(exported) || exported === ALL).map(([, imported]) => imported);
        if (wanted.length > 0) pending.push([target, wanted]);
      }
    }
  }
  return new Set(asked.keys());
}
