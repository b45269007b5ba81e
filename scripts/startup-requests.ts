/**
 * What a page downloads before its first screen is usable, counted in the browser: the JavaScript
 * files whose request started before the first screen appeared (the sign-in form's token field, the
 * list's first data row, the reference table's first row), with their bytes as sent (compressed).
 * Whatever the app fetches later, on idle or on intent, is not counted. Shared by
 * e2e/startup-requests.spec.ts (the limits) and scripts/bench-lighthouse.ts (the report).
 */
import type { Page } from '@playwright/test';

/** CSS selectors of each page's first usable screen. */
export const FIRST_SCREEN = {
  reference: 'table tbody tr',
  signIn: 'input[type="password"]',
  list: '[role="row"][aria-rowindex="2"]',
} as const;

/** The limits: JS requests before the first screen is interactive. */
export const MAX_JS_BEFORE_INTERACTIVE = { signIn: 6, list: 12 } as const;

export interface StartupRequests {
  /** Paths of the JavaScript files requested before the first screen showed, in request order. */
  js: string[];
  /** Their bytes on the wire (compressed body size). */
  jsBytes: number;
  /** Time from navigation start to the first screen, in ms (unthrottled, for orientation only). */
  firstScreenMs: number;
}

/**
 * Navigates `page` to `url` and counts. A MutationObserver installed before any script runs notes
 * the moment `selector` first matches; it runs at the end of the task that rendered the screen,
 * before any effect or idle callback that task scheduled.
 */
export async function countStartupRequests(page: Page, url: string, selector: string, timeoutMs = 120_000): Promise<StartupRequests> {
  await page.addInitScript((firstScreen: string) => {
    const state = { at: -1 };
    Object.assign(window, { __firstScreen: state });
    const observer = new MutationObserver(() => {
      if (state.at < 0 && document.querySelector(firstScreen)) {
        state.at = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true });
  }, selector);
  await page.goto(url, { timeout: timeoutMs });
  await page.waitForFunction(() => (window as unknown as { __firstScreen: { at: number } }).__firstScreen.at >= 0, undefined, { timeout: timeoutMs });
  return page.evaluate(() => {
    const at = (window as unknown as { __firstScreen: { at: number } }).__firstScreen.at;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.startTime <= at && new URL(entry.name).pathname.endsWith('.js'))
      .sort((a, b) => a.startTime - b.startTime);
    return {
      js: scripts.map((entry) => new URL(entry.name).pathname),
      jsBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      firstScreenMs: Math.round(at),
    };
  });
}
