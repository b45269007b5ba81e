/**
 * For each lazily imported module of the build, the files its chunk needs (the chunk, every chunk
 * it imports statically, their CSS), written into index.html as a JSON data block
 * (`<script type="application/json" id="module-files">`, never run, so the CSP is unaffected). The
 * app preloads those files on idle or on intent (src/lib/preload-module.ts) without running the
 * module: `<link rel=modulepreload>` fetches and parses, and puts the module in the page's module
 * map, so a later import() runs it without the network (menus still open after the connection
 * drops). index.html is revalidated on every load (server/static.ts), so the list always names the
 * files of the build that is running.
 *
 * Keys are project-relative source paths; the build fails if a `preloadModule('…')` call in the
 * sources names one that is not a lazy chunk. In development there is no list, and preloading does
 * nothing.
 */
import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

export const MODULE_FILES_ID = 'module-files';
const CALL = /preloadModule\(\s*(["'])([^"']+)\1\s*\)/g;

export interface ModuleFiles {
  files: string[];
  modules: Record<string, number[]>;
}

export type Bundle = Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>;

/** A build's chunks by file name. */
export function chunksOf(bundle: Bundle): Map<string, Rolldown.OutputChunk> {
  return new Map(
    Object.values(bundle)
      .filter((output): output is Rolldown.OutputChunk => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
}

/** A chunk and every chunk it imports statically, with their CSS files. */
export function chunkClosure(chunks: Map<string, Rolldown.OutputChunk>, start: string): { js: string[]; css: string[] } {
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

/** The manifest of a build's output, keyed by each lazy chunk's source module relative to `root`. */
export function moduleFilesOf(bundle: Bundle, root: string, base = '/'): ModuleFiles {
  const chunks = chunksOf(bundle);
  const files: string[] = [];
  const indexOf = (file: string) => {
    const at = files.indexOf(file);
    return at >= 0 ? at : files.push(file) - 1;
  };
  const modules: Record<string, number[]> = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry || chunk.facadeModuleId === null) continue;
    const { js, css } = chunkClosure(chunks, chunk.fileName);
    modules[relative(root, chunk.facadeModuleId)] = [...new Set([...js, ...css])].map((file) => indexOf(`${base}${file}`));
  }
  return { files, modules };
}

export function moduleFiles(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'module-files',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const { modules } = moduleFilesOf(bundle, root, base);
      for (const id of this.getModuleIds()) {
        const code = this.getModuleInfo(id)?.code ?? '';
        for (const [, , key] of code.matchAll(CALL)) {
          if (key !== undefined && !(key in modules)) this.error(`preloadModule('${key}') in ${relative(root, id)} names no lazily loaded module of this build`);
        }
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (context.bundle === undefined) return undefined;
        const json = JSON.stringify(moduleFilesOf(context.bundle, root, base)).replace(/</g, '\\u003c');
        return [{ tag: 'script', attrs: { type: 'application/json', id: MODULE_FILES_ID }, children: json, injectTo: 'head' }];
      },
    },
  };
}
