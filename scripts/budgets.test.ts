/**
 * Size budgets. Sizes are deterministic for given sources, so they are asserted here; timings are
 * only reported by `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_SOURCE_DIR, kB, measureBundle, type BundleReport } from './bundle-size';

// The quality issue's targets: 200 kB for the list's first JavaScript, 80 kB for a form route.
// A form route opens from the list, which by then has fetched the modules in
// scripts/list-screen-imports.ts (checked in the browser by e2e/bundle-chunks.spec.ts), so the 80 kB
// counts what the form adds to a rendered list. Opened cold by a deep link, a form route also
// downloads the MUI input, button and menu code the list's first load leaves to those modules;
// that figure has a ceiling of its own so it cannot quietly grow either.
const FIRST_LOAD_JS_BUDGET = 200_000;
const FORM_ROUTE_BUDGET = 80_000;
const FORM_ROUTE_COLD_CEILING = 105_000;
const FIRST_LOAD_CSS_BUDGET = 50_000;

const root = fileURLToPath(new URL('..', import.meta.url));
let report: BundleReport;

/** On failure, name what fills the first load so the fix starts from facts. */
const topCosts = () =>
  report.firstLoadCosts
    .slice(0, 10)
    .map((cost) => `${cost.owner} ≈${kB(cost.approxGzipBytes)}`)
    .join(', ');

describe('bundle budgets (gzip)', () => {
  beforeAll(async () => {
    report = await measureBundle(root);
  }, 120_000);

  it(`loads at most ${kB(FIRST_LOAD_JS_BUDGET)} of JavaScript before the list route renders`, () => {
    expect(report.firstLoadJs.files.length).toBeGreaterThan(0);
    expect(report.firstLoadJs.gzipBytes, `first load is ${kB(report.firstLoadJs.gzipBytes)}; largest parts: ${topCosts()}`).toBeLessThanOrEqual(
      FIRST_LOAD_JS_BUDGET,
    );
  });

  it(`loads at most ${kB(FIRST_LOAD_CSS_BUDGET)} of CSS up front`, () => {
    expect(report.firstLoadCss.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_CSS_BUDGET);
  });

  it("starts every file of the list's first load with V8's compile hint", () => {
    expect(report.firstLoadWithoutCompileHint).toEqual([]);
  });

  it('keeps the credentials form out of the first load', () => {
    expect(report.formChunks.filter((chunk) => chunk.inFirstLoad)).toEqual([]);
  });

  it(`adds at most ${kB(FORM_ROUTE_BUDGET)} when a form route opens from the list (${kB(FORM_ROUTE_COLD_CEILING)} opened cold)`, () => {
    const formRoutes = report.lazy.filter((chunk) => chunk.module.startsWith(FORM_SOURCE_DIR) && chunk.module.endsWith('-page.tsx'));
    // Form modules that no lazy *-page route reaches would escape the limits below: refuse that.
    expect(formRoutes.length > 0 || report.formChunks.length === 0, 'form modules are bundled but no route imports them lazily').toBe(true);
    const detail = (group: { files: { file: string; gzipBytes: number }[] }) =>
      group.files.map((file) => `${file.file} ${kB(file.gzipBytes)}`).join(', ');
    for (const route of formRoutes) {
      expect(route.fromList.gzipBytes, `${route.module} from the list: ${detail(route.fromList)}`).toBeLessThanOrEqual(FORM_ROUTE_BUDGET);
      expect(route.extra.gzipBytes, `${route.module} cold: ${detail(route.extra)}`).toBeLessThanOrEqual(FORM_ROUTE_COLD_CEILING);
    }
  });
});
