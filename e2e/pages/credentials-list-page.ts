import { expect, type Locator, type Page } from '@playwright/test';
import { FIRST_LOAD_TIMEOUT } from './timeouts';

export const PRODUCTION_PATH = '/orgs/genomics-lab/workspaces/production/credentials';
export const RESEARCH_PATH = '/orgs/genomics-lab/workspaces/research/credentials';
export const PERSONAL_PATH = '/user/credentials';

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

  /** The names in the rendered rows, top to bottom. */
  async visibleNames(): Promise<string[]> {
    const names = await this.dataRows().evaluateAll((rows) =>
      rows
        .toSorted((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((row) => row.querySelector('[role="gridcell"] span')?.textContent ?? ''),
    );
    return names;
  }

  async chooseFilter(label: 'Provider' | 'Status' | 'Compute platform', option: string) {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async sortBy(column: string) {
    await this.columnHeader(column).getByRole('button').click();
  }

  async switchTo(optionName: RegExp | string) {
    await this.switcher().click();
    await this.page.getByRole('option', { name: optionName }).click();
  }

  actionsButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Actions for ${name}` });
  }
}
