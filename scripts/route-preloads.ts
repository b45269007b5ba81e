/**
 * Each first screen's files named in the head of the page that serves it, so the browser fetches
 * them while it parses the page, beside the entry, instead of after the entry has run and asked for
 * them one import at a time:
 *   - `app.html`, for the routes behind a session: the signed-in chunk, its styles and the schemas;
 *   - index.html, the sign-in page: the sign-in page's chunk, what it imports, and the schemas.
 *
 * Without them the list's chain was: page, entry, run the entry, then the signed-in chunk, its styles
 * and the schemas; and every file the lazy import asked for was one `<link>` appended to the head by
 * script, each a synchronous piece of main-thread work (2 to 17 ms apiece on this machine while a
 * trace is recording). Written into the HTML, the links are found by the preload scanner, and
 * Vite's preload helper sees them there and adds nothing. The sign-in page's form likewise waited
 * for the entry to run before its chunk was even requested.
 *
 * Both pages also preload the session answer, and the sign-in page its sign-in options (fetchTags):
 * the app's first data request then no longer waits for the entry to run.
 *
 * `<link rel=modulepreload>` fetches and compiles a module without running it: the sign-in page
 * never downloads the signed-in chunk, nor the list the sign-in page's (server/static.ts picks the
 * page by route). The list's after-mount chunk (its bulk-actions bar) is named with low priority so
 * it never competes with the entry for bandwidth.
 */
import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { SIGNED_IN_PAGE } from '../server/static';
import { chunkClosure, chunksOf, type Bundle } from './module-files';

/** Modules whose chunks (and what they import statically) the signed-in first screen needs at once. */
const FIRST = ['src/app/signed-in.tsx'];
/** The same for the sign-in page. */
const SIGN_IN_FIRST = ['src/features/session/sign-in-page.tsx'];
/** Modules the list imports as soon as it has mounted: fetched early, at low priority. */
const AFTER_MOUNT = ['src/features/credentials/delete/bulk-actions-bar.tsx'];
/** A chunk group the entry imports lazily at start, on every page (scripts/startup-chunks.ts). */
const AT_START_GROUPS = ['schemas'];
/**
 * The app server's answers each page asks for first, fetched while the page parses rather than once
 * the entry has run: every page starts by asking for the session (main.tsx), and the sign-in page
 * also for the sign-in options. The page's own fetch() takes the preloaded answer (same URL, mode
 * and credentials), so they are not asked twice. The signed-in page's next answer, the user's
 * workspaces, depends on who is signed in: the server names it in a Link header (server/app.ts).
 */
export const SESSION_PATH = '/auth/session';
export const SIGN_IN_OPTIONS_PATH = '/auth/config';

interface Preload {
  href: string;
  css: boolean;
  low: boolean;
}

/** The chunk that holds `module` (a project-relative source path), by its module list. */
function chunkHolding(chunks: Map<string, Rolldown.OutputChunk>, root: string, module: string): string | undefined {
  for (const chunk of chunks.values()) {
    if (chunk.moduleIds.some((id) => relative(root, id) === module)) return chunk.fileName;
  }
  return undefined;
}

/** What a page names beyond the entry's own files, in the order to fetch them. */
function pagePreloads(bundle: Bundle, root: string, base: string, first: string[], afterMount: string[]): Preload[] {
  const chunks = chunksOf(bundle);
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  // The entry and its static imports are in index.html already.
  const present = new Set(entry ? chunkClosure(chunks, entry.fileName).js : []);
  const preloads: Preload[] = [];
  const add = (file: string, css: boolean, low: boolean) => {
    if (present.has(file)) return;
    present.add(file);
    preloads.push({ href: `${base}${file}`, css, low });
  };
  for (const chunk of chunks.values()) if (AT_START_GROUPS.includes(chunk.name)) add(chunk.fileName, false, false);
  for (const [modules, low] of [
    [first, false],
    [afterMount, true],
  ] as const) {
    for (const module of modules) {
      const start = chunkHolding(chunks, root, module);
      if (start === undefined) throw new Error(`route-preloads: no chunk of this build holds ${module}`);
      const { js, css } = chunkClosure(chunks, start);
      for (const file of css) add(file, true, low);
      for (const file of js) add(file, false, low);
    }
  }
  return preloads;
}

/** What app.html names beyond the entry's files, in the order to fetch them. */
export const signedInPreloads = (bundle: Bundle, root: string, base = '/'): Preload[] => pagePreloads(bundle, root, base, FIRST, AFTER_MOUNT);

/** What index.html (the sign-in page) names beyond the entry's files. */
export const signInPreloads = (bundle: Bundle, root: string, base = '/'): Preload[] => pagePreloads(bundle, root, base, SIGN_IN_FIRST, []);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Preloads of app-server answers, as the page's fetch() asks for them (cors mode, same-origin credentials). */
export function fetchTags(paths: string[]): string {
  return paths.map((path) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(path)}">`).join('\n    ');
}

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

/** Emits app.html (index.html with the signed-in preloads) and adds the sign-in page's to index.html. */
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
        const withTags = (tags: string) => html.replace('</head>', `  ${tags}\n  </head>`);
        const signedIn = `${fetchTags([SESSION_PATH])}\n    ${linkTags(signedInPreloads(bundle, root, base))}`;
        const signIn = `${fetchTags([SESSION_PATH, SIGN_IN_OPTIONS_PATH])}\n    ${linkTags(signInPreloads(bundle, root, base))}`;
        this.emitFile({ type: 'asset', fileName: SIGNED_IN_PAGE, source: withTags(signedIn) });
        index.source = withTags(signIn);
      },
    },
  };
}
