interface ModuleFiles {
  files: string[];
  modules: Partial<Record<string, number[]>>;
}

let manifest: ModuleFiles | undefined;
const requested = new Set<string>();

/** The build writes the list into index.html (scripts/module-files.ts); development has none. */
function moduleFiles(): ModuleFiles {
  if (manifest === undefined) {
    const data = document.getElementById('module-files')?.textContent;
    try {
      manifest = data ? (JSON.parse(data) as ModuleFiles) : { files: [], modules: {} };
    } catch {
      manifest = { files: [], modules: {} };
    }
  }
  return manifest;
}

/** Main-thread time one task may spend adding links before it yields (each costs ~0.5 ms on a slow machine). */
const SLICE_MS = 4;
const queue: string[] = [];
let draining = false;

function addLink(href: string): void {
  // Vite's own preloading before an import() skips files a link already names.
  if (document.head.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  if (href.endsWith('.css')) {
    link.rel = 'prefetch';
    link.as = 'style';
  } else {
    link.rel = 'modulepreload';
    link.crossOrigin = '';
  }
  link.href = href;
  document.head.append(link);
}

function drain(): void {
  const start = performance.now();
  while (queue.length > 0 && performance.now() - start < SLICE_MS) addLink(queue.shift() ?? '');
  if (queue.length > 0) whenIdle(drain);
  else draining = false;
}

/**
 * Fetches the code of a lazily imported module and of every chunk it imports, without running any
 * of it: `<link rel=modulepreload>` puts each file in the page's module map, so a later import()
 * runs the module at once and needs no network. `module` is the module's project-relative path
 * (the build fails if it names no lazy chunk; see scripts/module-files.ts). Does nothing in
 * development, where there are no chunks.
 *
 * The browser starts each file's fetch as its link is added, synchronously, so the links go in a
 * few at a time, in idle periods: the four screens the list preloads name about 40 files, which
 * added at once made one task of 30 ms on a fast machine.
 */
export function preloadModule(module: string): void {
  const { files, modules } = moduleFiles();
  for (const index of modules[module] ?? []) {
    const href = files[index];
    if (href === undefined || requested.has(href)) continue;
    requested.add(href);
    queue.push(href);
  }
  if (queue.length > 0 && !draining) {
    draining = true;
    whenIdle(drain);
  }
}

let firstScreenUp = false;
let settling = false;
const waiting: (() => void)[] = [];

/**
 * How long background preloading waits after the first screen showed. Those seconds belong to what
 * the reader does first (scrolling, typing a search, opening a row) and, on a slow device, to the
 * rest of the page's own start (usage, the last rows); a preload is for what they open later.
 */
export const SETTLE_MS = 2_500;

function release(): void {
  if (firstScreenUp) return;
  firstScreenUp = true;
  for (const task of waiting.splice(0)) whenIdle(task);
}

/**
 * Marks the first screen as shown (the list's rows): what waited for it runs once the page has
 * settled (SETTLE_MS), when the main thread is next idle. Until then, preloading would compete with
 * the screen and the reader for the network and the CPU.
 */
export function firstScreenShown(): void {
  if (firstScreenUp || settling) return;
  settling = true;
  setTimeout(release, SETTLE_MS);
}

/**
 * Runs `task` on idle once the first screen is up and has settled. A screen that never reports (an
 * error, an empty list) releases the queue after `fallbackMs`.
 */
export function afterFirstScreen(task: () => void, fallbackMs = 5_000): void {
  if (firstScreenUp) {
    whenIdle(task);
    return;
  }
  if (waiting.length === 0 && !settling) setTimeout(release, fallbackMs);
  waiting.push(task);
}

type IdleDeadlineLike = { timeRemaining: () => number };
type IdleWindow = Window & {
  requestIdleCallback?: (callback: (deadline: IdleDeadlineLike) => void, options?: { timeout: number }) => number;
};

/** What waits for the main thread to be idle, run in order. */
const idleQueue: (() => void)[] = [];
let idleRequested = false;
/** An idle period runs more queued work only while this much of it is left (ms). */
const IDLE_MARGIN_MS = 4;
/**
 * One idle callback runs queued work for at most this long (ms), then asks for another. An idle
 * period may last 50 ms, and filled with work it is one long task: the list's preloading ran as
 * tasks of up to 46 ms that way (about 180 ms at Lighthouse's 4x CPU slowdown), where input waits.
 */
const IDLE_SLICE_MS = 8;
/** Queued work runs at the latest this long after it is asked for an idle period (ms). */
const IDLE_TIMEOUT_MS = 1_000;

function reportUncaught(error: unknown): void {
  if (typeof window.reportError === 'function') window.reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

function requestIdle(): void {
  idleRequested = true;
  const idle = (window as IdleWindow).requestIdleCallback;
  if (idle) idle(runIdle, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(runIdle, 1);
}

function runIdle(deadline?: IdleDeadlineLike): void {
  idleRequested = false;
  const started = performance.now();
  // One task per idle period at least (a timed-out request has no time left), more while it lasts
  // and this callback has run for less than a slice.
  do {
    const task = idleQueue.shift();
    try {
      task?.();
    } catch (error) {
      // Reported as uncaught, as before, without stopping the tasks queued after it.
      reportUncaught(error);
    }
  } while (idleQueue.length > 0 && (deadline?.timeRemaining() ?? 0) > IDLE_MARGIN_MS && performance.now() - started < IDLE_SLICE_MS);
  if (idleQueue.length > 0) requestIdle();
}

/**
 * Runs `task` once the main thread is idle: for work the first screen does not need, such as
 * preloading what it may open next. Tasks share one idle request and run in order, as many per idle
 * period as it has time for, up to a slice of 8 ms (a request that waits a second runs one task):
 * asking the browser for an idle callback per task cost more than most of the tasks on a slow
 * machine.
 */
export function whenIdle(task: () => void): void {
  idleQueue.push(task);
  if (!idleRequested) requestIdle();
}
