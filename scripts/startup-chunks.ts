/**
 * Few, right-sized files for the two first screens. Left alone, the bundler gives every set of
 * modules that a different set of lazy chunks share a file of its own: the sign-in page fetched 27
 * JavaScript files and the list 49. This plugin reads the static import graph when the build has
 * loaded every module and sorts modules into groups, in this order:
 *   - boot: what the entry (src/main.tsx: router, providers, session queries) imports statically,
 *     and what both the sign-in page and the signed-in app import (both pages run all of it);
 *   - schemas: zod and the three response-schema modules, imported lazily (both pages load them at
 *     start, beside the first API calls);
 *   - signed-in: the rest of what the signed-in app (frame, list, its bulk-actions bar) imports;
 *     every other screen opens inside it, so importing from it costs them nothing;
 *   - kit: what the sign-in page shares with later screens (MUI's field parts, Alert), so neither
 *     the sign-in page nor those screens need several small files for it.
 * What only the sign-in page imports stays in its own chunk; everything else (screens, dialogs,
 * the form) keeps the bundler's own splitting. A module that no first screen imports statically is
 * never pulled into a first-load group.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { usedReach } from './used-imports';

type Group = 'boot' | 'signed-in' | 'kit';

const ROOTS = {
  entry: ['src/main.tsx'],
  signIn: ['src/features/session/sign-in-page.tsx'],
  signedIn: ['src/app/signed-in.tsx'],
};

// The entry uses zod's core for parsing and configuration only (src/lib/api-client.ts,
// src/lib/zod-config.ts); its barrel's other modules (the schema machinery) are for the schemas.
const ZOD_CORE_FOR_ENTRY = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|core|errors|parse)\.js$/;
const ZOD = /[\\/]node_modules[\\/]zod[\\/]/;
const SCHEMAS = /[\\/](node_modules[\\/]zod[\\/]|src[\\/]features[\\/][^\\/]+(?:[\\/]api)?[\\/][^\\/]*-schemas\.ts$)|[\\/]src[\\/]lib[\\/]zod-config\.ts$/;

/**
 * Chunks every first screen runs at once: the entry, the groups below, the sign-in page's own
 * chunk and the bundler's runtime. Each starts with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136 and later):
 * the browser then compiles all of the file's functions on a background thread while it downloads,
 * instead of compiling each one on the main thread the first time it runs. On the list's cold load
 * that lazy compilation was about 1,700 compiles and 165 ms of main-thread time on this machine.
 * Browsers without the hint read a plain comment.
 */
const RUN_AT_START = new Set(['rolldown-runtime', 'boot', 'schemas', 'signed-in', 'kit', 'sign-in-page']);
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts the hint on the first line of each chunk that runs at start, once the bundle is otherwise
 * complete: V8 reads it only there, and Vite writes its preload list (`__vite__mapDeps`) at the top
 * of chunks with lazy imports after the minifier and the banners have run. The source map moves one
 * line down with the code.
 */
export function compileHints(): Plugin {
  return {
    name: 'startup-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !(file.isEntry || RUN_AT_START.has(file.name)) || file.code.startsWith(COMPILE_HINT)) continue;
          file.code = `${COMPILE_HINT}\n${file.code}`;
          if (file.map) file.map.mappings = `;${file.map.mappings}`;
          const map = bundle[`${file.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}

export function startupChunks(root: string): { plugin: Plugin; groups: { name: string; test: (id: string) => boolean; priority: number }[] } {
  const groupOf = new Map<string, Group>();
  const plugin: Plugin = {
    name: 'startup-chunks',
    apply: 'build',
    buildEnd() {
      groupOf.clear();
      // What each start uses, re-exports followed only for the names asked (see used-imports.ts).
      const reach = (starts: string[]) => usedReach(starts.map((start) => resolve(root, start)), (id) => this.getModuleInfo(id));
      const entry = reach(ROOTS.entry);
      const signIn = reach(ROOTS.signIn);
      const signedIn = reach(ROOTS.signedIn);
      const rootIds = new Set([...ROOTS.signIn, ...ROOTS.signedIn].map((start) => resolve(root, start)));
      const lazyTargets = [...this.getModuleIds()].flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []);
      const later = reach(lazyTargets.filter((id) => !rootIds.has(id)));
      for (const id of entry) if (!ZOD.test(id) || ZOD_CORE_FOR_ENTRY.test(id)) groupOf.set(id, 'boot');
      const free = (id: string) => !groupOf.has(id) && !ZOD.test(id);
      for (const id of signIn) if (free(id) && signedIn.has(id)) groupOf.set(id, 'boot');
      for (const id of signedIn) if (free(id)) groupOf.set(id, 'signed-in');
      for (const id of signIn) if (free(id) && later.has(id)) groupOf.set(id, 'kit');
    },
  };
  const inGroup = (group: Group) => (id: string) => groupOf.get(id) === group;
  return {
    plugin,
    groups: [
      { name: 'boot', test: inGroup('boot'), priority: 50 },
      // Loaded by both pages at start, but by import(): zod stays out of the entry's static imports.
      { name: 'schemas', test: (id) => SCHEMAS.test(id), priority: 40 },
      { name: 'signed-in', test: inGroup('signed-in'), priority: 30 },
      { name: 'kit', test: inGroup('kit'), priority: 20 },
    ],
  };
}
