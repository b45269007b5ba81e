/**
 * A second page for the routes behind a session: `app.html`, the built index.html with the files the
 * signed-in first screen needs named in its head, so the browser fetches them while it parses the
 * page, beside the entry, instead of after the entry has run and asked for them one import at a time.
 *
 * Without it the list's chain was: page, entry, run the entry, then the signed-in chunk, its styles
 * and the schemas; and every file the lazy import asked for was one `<link>` appended to the head by
 * script, each a synchronous piece of main-thread work (2 to 17 ms apiece on this machine while a
 * trace is recording). Written into the HTML, the links are found by the preload scanner, and
 * Vite's preload helper sees them there and adds nothing.
 *
 * `<link rel=modulepreload>` fetches and compiles a module without running it: the sign-in page is
 * served the plain index.html and never downloads the signed-in chunk (server/static.ts picks the
 * page by route). The list's after-mount chunk (its bulk-actions bar) is named with low priority so
 * it never competes with the entry for bandwidth.
 */
import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { SIGNED_IN_PAGE } from '../server/static';

type Bundle = Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>;

/** Modules whose chunks (and what they import statically) the signed-in first screen needs at once. */
const FIRST = ['src/app/signed-in.tsx'];
/** Modules the list imports as soon as it has mounted: fetched early, at low priority. */
const AFTER_MOUNT = ['src/features/credentials/delete/bulk-actions-bar.tsx'];
/** A chunk group the entry imports lazily at start, on every page (scripts/startup-chunks.ts). */
const AT_START_GROUPS = ['schemas'];

interface Preload {
  href: string;
  css: boolean;
  low: boolean;
}

function chunksOf(bundle: Bundle): Map<string, Rolldown.OutputChunk> {
  return new Map(
    Object.values(bundle)
      .filter((output): output is Rolldown.OutputChunk => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
}

/** A chunk and every chunk it imports statically, with their CSS files. */
function closure(chunks: Map<string, Rolldown.OutputChunk>, start: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  for (const pending = [start]; pending.length > 0; ) {
    const name = pending.pop() ?? '';
    if (js.includes(name)) continue;
    js.push(name);
    pending.push(...(chunks.get(name)?.imports ?? []));
  }
  const css = js.flatMap((name) => [...(chunks.get(name)?.viteMetadata?.importedCss ?? [])]);
  return { js, css };
}

/** The chunk that holds `module` (a project-relative source path), by its module list. */
function chunkHolding(chunks: Map<string, Rolldown.OutputChunk>, root: string, module: string): string | undefined {
  for (const chunk of chunks.values()) {
    if (chunk.moduleIds.some((id) => relative(root, id) === module)) return chunk.fileName;
  }
  return undefined;
}

/** What app.html names beyond index.html, in the order to fetch them. */
export function signedInPreloads(bundle: Bundle, root: string, base = '/'): Preload[] {
  const chunks = chunksOf(bundle);
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  // The entry and its static imports are in index.html already.
  const present = new Set(entry ? closure(chunks, entry.fileName).js : []);
  const preloads: Preload[] = [];
  const add = (file: string, css: boolean, low: boolean) => {
    if (present.has(file)) return;
    present.add(file);
    preloads.push({ href: `${base}${file}`, css, low });
  };
  for (const chunk of chunks.values()) if (AT_START_GROUPS.includes(chunk.name)) add(chunk.fileName, false, false);
  for (const [modules, low] of [
    [FIRST, false],
    [AFTER_MOUNT, true],
  ] as const) {
    for (const module of modules) {
      const start = chunkHolding(chunks, root, module);
      if (start === undefined) throw new Error(`route-preloads: no chunk of this build holds ${module}`);
      const { js, css } = closure(chunks, start);
      for (const file of css) add(file, true, low);
      for (const file of js) add(file, false, low);
    }
  }
  return preloads;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function linkTags(preloads: Preload[]): string {
  return preloads
    .map(({ href, css, low }) => {
      const priority = low ? ' fetchpriority="low"' : '';
      // Styles are only fetched, never linked here: a stylesheet link held the page's first paint
      // (the loading state) until it had loaded, a second later under Lighthouse's mobile preset.
      // The chunk that needs them links them when it loads, and waits for them, so nothing shows
      // unstyled. They are small and needed only once the entry has run: low priority, so the
      // entry's own files come first.
      if (css) return `<link rel="preload" as="style" crossorigin href="${escapeAttribute(href)}" fetchpriority="low">`;
      return `<link rel="modulepreload" crossorigin href="${escapeAttribute(href)}"${priority}>`;
    })
    .join('\n    ');
}

/** Emits app.html: index.html with the signed-in preloads at the end of its head. */
export function routePreloads(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'route-preloads',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        const html = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
        if (!html.includes('</head>')) this.error('route-preloads: index.html has no </head>');
        const tags = linkTags(signedInPreloads(bundle, root, base));
        this.emitFile({ type: 'asset', fileName: SIGNED_IN_PAGE, source: html.replace('</head>', `  ${tags}\n  </head>`) });
      },
    },
  };
}
