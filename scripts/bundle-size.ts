/**
 * What the browser downloads, per route, measured from a production build held in memory.
 *
 * Shared by the size budgets (scripts/budgets.test.ts) and `npm run bench`. The build runs with
 * `write: false`, so it never races with a dist/ another command is serving, and it always reflects
 * the current sources rather than whatever dist/ happens to hold.
 *
 * Sizes are gzip at zlib's default level, the same figure Vite prints after a build.
 */
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { LIST_SCREEN_IMPORTS } from './list-screen-imports';
import { COMPILE_HINT } from './startup-chunks';

type OutputChunk = Rolldown.OutputChunk;
type OutputAsset = Rolldown.OutputAsset;

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface FileGroup {
  files: FileSize[];
  rawBytes: number;
  gzipBytes: number;
}

export interface LazyChunk {
  /** The source module the route imports lazily, relative to the project root. */
  module: string;
  /** Files fetched when the route opens first (a deep link), beyond those the first load already has. */
  extra: FileGroup;
  /** Files fetched when the route opens from a rendered list, beyond the first load and LIST_SCREEN_IMPORTS. */
  fromList: FileGroup;
}

export interface ModuleCost {
  /** A package name (`@mui/material`) or a source folder (`src/features/credentials/list`). */
  owner: string;
  /** Bytes the owner's modules contribute to the chunks, as rendered before minification. */
  renderedBytes: number;
  /** The owner's share of the rendered bytes applied to the group's gzip size: an estimate, for ranking. */
  approxGzipBytes: number;
}

export interface BundleReport {
  /** First-load chunks whose first line is not V8's compile hint (scripts/startup-chunks.ts). */
  firstLoadWithoutCompileHint: string[];
  /** JavaScript of index.html's entry and of the list's route chunk, plus every chunk they statically import (what the list route runs first). */
  firstLoadJs: FileGroup;
  /** CSS the first load pulls in. */
  firstLoadCss: FileGroup;
  /** Every lazily imported module (route screens, overlays). */
  lazy: LazyChunk[];
  /** Chunks that contain the credentials form's modules and whether each is part of the first load. */
  formChunks: { file: string; inFirstLoad: boolean }[];
  /** What fills the first-load JavaScript, biggest first. */
  firstLoadCosts: ModuleCost[];
}

export const FORM_SOURCE_DIR = 'src/features/credentials/form/';

/** The lazy module the router loads for the list (and every signed-in page) beside the entry. */
export const LIST_ROUTE_MODULES = ['src/app/signed-in.tsx'];

function sizeOf(file: string, content: string | Uint8Array): FileSize {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function group(files: FileSize[]): FileGroup {
  return {
    files,
    rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/** A chunk and every chunk it statically imports, transitively. */
function staticClosure(start: string, chunks: Map<string, OutputChunk>): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(chunks.get(next)?.imports ?? []));
  }
  return seen;
}

/** `node_modules/@scope/name/...` → `@scope/name`; a source file → its folder. */
function ownerOf(moduleId: string, root: string): string {
  const path = moduleId.replace(/^\0/, '').split('?')[0] ?? moduleId;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage?.[1]) return inPackage[1];
  const local = relative(root, path);
  return local.startsWith('..') ? path : local.split('/').slice(0, -1).join('/') || local;
}

function costs(chunkNames: Iterable<string>, chunks: Map<string, OutputChunk>, root: string, gzipBytes: number): ModuleCost[] {
  const byOwner = new Map<string, number>();
  for (const name of chunkNames) {
    for (const [id, info] of Object.entries(chunks.get(name)?.modules ?? {})) {
      const owner = ownerOf(id, root);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + info.renderedLength);
    }
  }
  const total = [...byOwner.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [...byOwner]
    .map(([owner, renderedBytes]) => ({ owner, renderedBytes, approxGzipBytes: Math.round((renderedBytes / total) * gzipBytes) }))
    .sort((a, b) => b.renderedBytes - a.renderedBytes);
}

/** Builds the app in memory (production mode, no source maps) and measures what each route downloads. */
export async function measureBundle(root: string): Promise<BundleReport> {
  // Vite honours an inherited NODE_ENV (Vitest sets `test`), which would bundle React's development
  // build; measure what `npm run build` ships.
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({ root, mode: 'production', logLevel: 'silent', build: { write: false, sourcemap: false } });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
  }
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  const chunks = new Map(outputs.filter((o): o is OutputChunk => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const assets = new Map(outputs.filter((o): o is OutputAsset => o.type === 'asset').map((asset) => [asset.fileName, asset]));

  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (entry === undefined) throw new Error('The build has no entry chunk');
  const chunkHolding = (module: string) => [...chunks.values()].find((candidate) => Object.keys(candidate.modules).some((id) => relative(root, id) === module));
  // The list's route is a lazy chunk the router loads at once: its files are part of the list's first load.
  const firstLoad = staticClosure(entry.fileName, chunks);
  for (const module of LIST_ROUTE_MODULES) {
    const chunk = chunkHolding(module);
    if (chunk === undefined) throw new Error(`${module} (the list's route) is not in the build`);
    for (const name of staticClosure(chunk.fileName, chunks)) firstLoad.add(name);
  }
  const jsSize = (name: string) => sizeOf(name, chunks.get(name)?.code ?? '');
  const cssOf = (names: Iterable<string>) =>
    [...new Set([...names].flatMap((name) => [...(chunks.get(name)?.viteMetadata?.importedCss ?? [])]))];
  const firstLoadCssFiles = cssOf(firstLoad);

  const dynamicEntries = [...chunks.values()].filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId !== null);
  const moduleOf = (chunk: OutputChunk) => relative(root, chunk.facadeModuleId ?? '');
  const listScreen = new Set(firstLoad);
  for (const module of LIST_SCREEN_IMPORTS) {
    // A module imported both lazily and statically lands in a shared chunk rather than its own entry.
    const chunk = chunkHolding(module);
    if (chunk === undefined) throw new Error(`${module} is listed in scripts/list-screen-imports.ts but is not in the build`);
    for (const name of staticClosure(chunk.fileName, chunks)) listScreen.add(name);
  }
  const listScreenCss = cssOf(listScreen);
  /** What opening `chunk` downloads when the browser already holds `held`. */
  const beyond = (chunk: OutputChunk, held: Set<string>, heldCss: string[]) => {
    const js = [...staticClosure(chunk.fileName, chunks)].filter((name) => !held.has(name));
    const css = cssOf(js).filter((name) => !heldCss.includes(name));
    return group([...js.map(jsSize), ...css.map((name) => sizeOf(name, assets.get(name)?.source ?? ''))]);
  };

  const lazy = dynamicEntries
    .map((chunk) => ({
      module: moduleOf(chunk),
      extra: beyond(chunk, firstLoad, firstLoadCssFiles),
      fromList: beyond(chunk, listScreen, listScreenCss),
    }))
    .sort((a, b) => a.module.localeCompare(b.module));

  const formChunks = [...chunks.values()]
    .filter((chunk) => Object.keys(chunk.modules).some((id) => relative(root, id).startsWith(FORM_SOURCE_DIR)))
    .map((chunk) => ({ file: chunk.fileName, inFirstLoad: firstLoad.has(chunk.fileName) }));

  const firstLoadJs = group([...firstLoad].map(jsSize));
  return {
    firstLoadJs,
    firstLoadWithoutCompileHint: [...firstLoad].filter((name) => !(chunks.get(name)?.code ?? '').startsWith(`${COMPILE_HINT}\n`)),
    firstLoadCss: group(firstLoadCssFiles.map((name) => sizeOf(name, assets.get(name)?.source ?? ''))),
    lazy,
    formChunks,
    firstLoadCosts: costs(firstLoad, chunks, root, firstLoadJs.gzipBytes),
  };
}

/** Bytes as kB (1,000 bytes), the unit Vite's build report and the budgets use. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
