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
 * Fetches, once and in the background, the code of the screens a list row opens (details, edit,
 * validate, delete), so they still open after the connection drops: a route chunk that cannot
 * download leaves only the router's crash page.
 */
export function prefetchRowScreens(): void {
  if (started) return;
  started = true;
  const ignore = () => undefined; // opening the screen later retries and reports
  for (const load of [credentialsScreens.details, credentialsScreens.edit, credentialsScreens.validate, credentialsScreens.delete]) {
    load().catch(ignore);
  }
}
