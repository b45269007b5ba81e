import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { FIRST_LOAD_TIMEOUT } from './timeouts';

/** The sample files under e2e/fixtures/import (made up; see the README there). */
export const importFixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** The import-from-files dialog over the credentials list. */
export class ImportDialog {
  constructor(readonly page: Page) {}

  readonly entry = () => this.page.getByRole('link', { name: 'Import from files' });
  readonly dialog = () => this.page.getByRole('dialog', { name: 'Import credentials from files' });
  readonly fileInput = () => this.page.getByTestId('import-file-input');
  readonly chooseFiles = () => this.dialog().getByRole('button', { name: 'Choose files' });
  readonly paste = () => this.dialog().getByRole('textbox', { name: 'Or paste the contents of a file' });
  readonly readPasted = () => this.dialog().getByRole('button', { name: 'Read pasted text' });
  readonly sources = () => this.dialog().getByRole('region', { name: 'Files read' }).getByRole('listitem');
  readonly source = (name: string) => this.sources().filter({ hasText: name });
  readonly reviewButton = () => this.dialog().getByRole('button', { name: 'Review' });
  readonly reviewTable = () => this.dialog().getByRole('table', { name: 'Credentials found' });
  readonly rows = () => this.reviewTable().getByRole('row').filter({ has: this.page.getByRole('cell') });
  /** A review row by its suggested name. */
  readonly row = (name: string) => this.rows().filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  readonly skippedTable = () => this.dialog().getByRole('table', { name: 'Not importable' });
  readonly createButton = () => this.dialog().getByRole('button', { name: /^(Create \d+ credentials?|Retry failed)$/ });
  readonly status = () => this.dialog().getByRole('status');

  async open(): Promise<void> {
    await this.entry().click();
    // The dialog's chunk (the parsers) downloads on first use.
    await expect(this.dialog()).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
  }

  async addFiles(...names: string[]): Promise<void> {
    await this.fileInput().setInputFiles(names.map(importFixture));
    for (const name of names) await expect(this.source(name)).not.toContainText('Reading');
  }

  /** Goes to the review and waits until every row has its checked name. */
  async review(): Promise<void> {
    await this.reviewButton().click();
    await expect(this.reviewTable()).toBeVisible();
    await expect(this.reviewTable().getByText('Checking names…')).toHaveCount(0);
  }

  cell(row: Locator, column: 'Provider' | 'Name' | 'Identifies' | 'From' | 'Result'): Locator {
    const index = ['Provider', 'Name', 'Identifies', 'From', 'Result'].indexOf(column) + 1;
    return row.getByRole('cell').nth(index);
  }
}
