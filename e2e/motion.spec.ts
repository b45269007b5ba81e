import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PRODUCTION_PATH } from './pages/credentials-list-page';

// The console honours the reader's "reduce motion" setting (src/app/theme.ts). The rest of the suite
// runs with it on (playwright.config.ts), so this spec checks both sides on one flow: opening a
// credential's details drawer and its row menu.

type Recorder = Window & { transitionsStarted?: string[] };

/** Starts recording the CSS properties whose transitions start on the page from now on. */
async function recordTransitions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const target = window as Recorder;
    target.transitionsStarted = [];
    document.addEventListener('transitionstart', (event) => target.transitionsStarted?.push(event.propertyName), true);
  });
  return () => page.evaluate(() => (window as Recorder).transitionsStarted ?? []);
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test.describe(`with ${motion} motion`, () => {
    test.use({ reducedMotion: motion });

    test(motion === 'reduce' ? 'the details drawer and the row menu open without a transition' : 'the details drawer slides in and the row menu grows', async ({ page, api, signIn, listPage, detailsDrawer }) => {
      await api.reset();
      await signIn('owner');
      await listPage.goto(PRODUCTION_PATH);
      await listPage.waitForRows();
      const started = await recordTransitions(page);

      await listPage.row('aws-batch-role').click();
      await expect(detailsDrawer.title()).toHaveText('aws-batch-role');
      await detailsDrawer.close().click();
      await expect(detailsDrawer.dialog()).toBeHidden();
      await listPage.row('aws-batch-role').getByRole('button', { name: /actions/i }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();

      if (motion === 'reduce') {
        expect(await started()).toEqual([]);
      } else {
        await expect.poll(started).toEqual(expect.arrayContaining(['transform', 'opacity']));
      }
    });
  });
}
