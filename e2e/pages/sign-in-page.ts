import { expect, type Page } from '@playwright/test';
import { FIRST_LOAD_TIMEOUT } from './timeouts';

export class SignInPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Sign in', level: 1 });
  readonly tokenField = () => this.page.getByLabel('Access token');
  readonly submit = () => this.page.getByRole('button', { name: 'Sign in', exact: true });
  readonly alert = () => this.page.getByRole('alert');
  readonly demoButton = (role: 'owner' | 'viewer') => this.page.getByRole('button', { name: `Sign in as demo ${role}` });

  async goto(next?: string) {
    await this.page.goto(next === undefined ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`);
    await expect(this.heading()).toBeVisible({ timeout: FIRST_LOAD_TIMEOUT });
  }

  async signInWithToken(token: string) {
    await this.tokenField().fill(token);
    await this.submit().click();
  }
}
