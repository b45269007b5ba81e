import { expect, type Locator, type Page } from '@playwright/test';
import { FIRST_LOAD_TIMEOUT } from './timeouts';

export const PRODUCTION_PATH = '/orgs/genomics-lab/workspaces/production/credentials';
export const RESEARCH_PATH = '/orgs/genomics-lab/workspaces/research/credentials';
export const PERSONAL_PATH = '/user/credentials';

type FilterLabel = 'Provider' | 'Status' | 'Compute platform';

export class CredentialsListPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Credentials', level: 1 });
  readonly grid = () => this.page.getByRole('grid', { name: 'Credentials' });
  readonly dataRows = () => this.grid().getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  readonly row = (name: string) => this.dataRows().filter({ has: this.page.getByText(name, { exact: true }) });
  readonly search = () => this.page.getByRole('searchbox', { name: 'Search credentials' });
  readonly count = () => this.page.getByRole('status').filter({ hasText: /credentials$/ });
  readonly addButton = () => this.page.getByRole('link', { name: 'Add credentials' });
  readonly switcher = () => this.page.getByRole('combobox', { name: 'Context' });
  readonly columnHeader = (name: string) => this.grid().getByRole('columnheader', { name });

  async goto(path: string) {
    await this.page.goto(path);
    await expect(this.heading()).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
  }

  async waitForRows() {
    await expect(this.dataRows().first()).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
  }

  /** Usage arrives after the rows (its calls start once the list is in); after this no request is in flight for the list. */
  async waitForUsage() {
    await expect(this.dataRows().first().getByText(/^Used by \d/)).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
  }

  /**
   * Waits until the code the list preloads once it is idle has arrived: the screens and menus whose
   * file names start with `chunks` have been asked for, and every preload asked for so far has
   * finished. From then on they open with the connection gone; before, a drop leaves them to the
   * chunk-failure path (tested on its own).
   */
  async waitForPreloaded(...chunks: string[]) {
    await expect
      .poll(
        () =>
          this.page.evaluate((stems) => {
            const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
            const arrived = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
            const asked = stems.every((stem) => links.some((href) => new URL(href).pathname.startsWith(`/assets/${stem}-`)));
            return asked && links.every((href) => arrived.has(href));
          }, chunks),
        { timeout: FIRST_LOAD_TIMEOUT, message: `preloads of ${chunks.join(', ')}` },
      )
      .toBe(true);
  }

  /** The names in the rendered rows, top to bottom. */
  async visibleNames(): Promise<string[]> {
    // The Name column's position, found from its header: owners get a selection column before it.
    return this.grid().evaluate((grid) => {
      const headers = [...grid.querySelectorAll('[role="columnheader"]')];
      const nameColumn = headers.findIndex((header) => header.textContent?.trim().startsWith('Name'));
      return [...grid.querySelectorAll('[role="row"]')]
        .filter((row) => row.querySelector('[role="gridcell"]'))
        .toSorted((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((row) => row.querySelectorAll('[role="gridcell"]')[nameColumn]?.querySelector('span')?.textContent ?? '');
    });
  }

  /** The filters are native selects. */
  readonly filter = (label: FilterLabel) => this.page.getByRole('combobox', { name: label });

  async chooseFilter(label: FilterLabel, option: string) {
    await this.filter(label).selectOption({ label: option });
  }

  async sortBy(column: string) {
    await this.columnHeader(column).getByRole('button').click();
  }

  async switchTo(optionName: RegExp | string) {
    // The switcher is a placeholder until its Autocomplete chunk arrives; a click that lands during
    // the swap may need repeating (a person clicks again), so wait for the real one, which alone
    // has the "Open" button. e2e/credentials-list.spec.ts covers clicking the placeholder itself.
    // The real one runs on intent: pointing at the placeholder brings it.
    await this.switcher().hover();
    await this.page.getByRole('navigation', { name: 'Credentials context' }).getByRole('button', { name: 'Open' }).waitFor();
    await this.switcher().click();
    await this.page.getByRole('option', { name: optionName }).click();
  }

  actionsButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Actions for ${name}` });
  }
}
