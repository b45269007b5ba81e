import { afterFirstScreen, firstScreenShown, preloadModule } from '../../lib/preload-module';

/**
 * The screens drawn over the credentials list, each a chunk of its own: the list's first
 * JavaScript carries neither the details, nor the dialogs, nor the form. The router's routes and
 * the list's background prefetch both load them through this one table, so the two cannot name
 * different modules.
 */
export const credentialsScreens = {
  create: () => import('./form/credentials-create-page'),
  details: () => import('./details/credentials-drawer'),
  edit: () => import('./form/credentials-edit-page'),
  validate: () => import('./validate/validate-dialog'),
  delete: () => import('./delete/delete-dialog'),
  /** Import from files: the parsers (yaml, ini) load only when it opens, never with the list or the form. */
  import: () => import('./import/import-dialog'),
  /** Copy to another workspace: loads only when opened, never with the list or the form. */
  copy: () => import('./copy/copy-dialog'),
};

let started = false;

/**
 * Fetches, once, when the main thread is idle after the rows showed and the page settled, the code of the screens a list
 * row opens (details, edit, validate, delete) without running it, so they still open after the
 * connection drops: a route chunk that cannot download leaves only the router's crash page. The
 * modules run when their screen opens.
 */
export function prefetchRowScreens(): void {
  if (started) return;
  started = true;
  // Called once rows show: the list's first screen is up, so what waited for it may start too.
  firstScreenShown();
  afterFirstScreen(() => {
    preloadModule('src/features/credentials/details/credentials-drawer.tsx');
    preloadModule('src/features/credentials/form/credentials-edit-page.tsx');
    preloadModule('src/features/credentials/validate/validate-dialog.tsx');
    preloadModule('src/features/credentials/delete/delete-dialog.tsx');
  });
}
