import type { Page } from '@playwright/test';

export class DetailsDrawer {
  constructor(readonly page: Page) {}

  readonly dialog = () => this.page.getByRole('dialog');
  readonly title = () => this.dialog().getByRole('heading', { level: 2 });
  readonly close = () => this.dialog().getByRole('button', { name: 'Close details' });
  /** A field's value, found by its label (the value is labelled by its term). */
  readonly field = (label: string) => this.dialog().getByLabel(label, { exact: true });
  readonly copyExternalId = () => this.dialog().getByRole('button', { name: 'Copy External ID' });
  readonly copyTrustPolicy = () => this.dialog().getByRole('button', { name: 'Copy Trust policy' });
  readonly trustPolicy = () => this.dialog().getByLabel('Trust policy', { exact: true });
  readonly secretsNotice = () => this.dialog().getByText(/never shown/);
  /** The "Used by" section and its blocks (compute environments, data links, pipelines) by their heading. */
  readonly usedBy = () => this.dialog().getByRole('region', { name: 'Used by' });
  readonly usageBlock = (kind: 'Compute environments' | 'Data links' | 'Pipelines') =>
    this.usedBy().getByRole('region', { name: new RegExp(`^${kind}`) });
}
