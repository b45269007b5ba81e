/** Builds the app only when dist/ is older than its sources; shared by `npm start` and `npm run test:e2e`. */
import { spawn } from 'node:child_process';
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** Directories and files (relative to the project root) whose changes need a new build. */
const SOURCE_DIRS = ['src', 'public'];
// The build's own plugins (imported by vite.config.ts) shape dist as much as the sources do.
export const SOURCE_FILES = ['index.html', 'vite.config.ts', 'scripts/theme-css.ts', 'scripts/module-files.ts', 'scripts/startup-chunks.ts', 'scripts/route-preloads.ts', 'scripts/used-imports.ts', 'scripts/precompress.ts', 'server/static.ts', 'server/static-compression.ts', 'package-lock.json'];

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestIn(path) : (statOrUndefined(path)?.mtimeMs ?? 0);
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** Newest modification time among the build inputs, in epoch milliseconds. */
export function newestSourceMtime(root: string): number {
  let newest = 0;
  for (const dir of SOURCE_DIRS) {
    if (statOrUndefined(join(root, dir))?.isDirectory()) newest = Math.max(newest, newestIn(join(root, dir)));
  }
  const tsconfigs = readdirSync(root).filter((name) => /^tsconfig.*\.json$/.test(name));
  for (const file of [...SOURCE_FILES, ...tsconfigs]) newest = Math.max(newest, statOrUndefined(join(root, file))?.mtimeMs ?? 0);
  return newest;
}

/** Why a build is needed, or undefined when dist/index.html is newer than every input. */
export function staleReason(root: string): string | undefined {
  const built = statOrUndefined(join(root, 'dist', 'index.html'));
  if (built === undefined) return 'dist/index.html is missing';
  return newestSourceMtime(root) > built.mtimeMs ? 'sources changed since the last build' : undefined;
}

function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `npm run build` when needed and reports what happened and how long it took. */
export async function buildIfStale(root: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const reason = staleReason(root);
  if (reason === undefined) {
    log(`Build check: dist is up to date (${Math.round(performance.now() - started)} ms).`);
    return;
  }
  log(`Building the app: ${reason}.`);
  const code = await run('npm', ['run', 'build'], root);
  if (code !== 0) throw new Error(`npm run build failed with exit code ${code}`);
  log(`Build finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
