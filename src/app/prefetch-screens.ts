let started = false;

/**
 * Fetches, once and in the background, the code of the screens a list row opens (details, edit,
 * validate, delete), so they still open after the connection drops: a route chunk that cannot
 * download leaves only the router's crash page. Same module specifiers as the router, so the
 * browser's module map serves the router's own import from this download.
 */
export function prefetchRowScreens(): void {
  if (started) return;
  started = true;
  const ignore = () => undefined; // opening the screen later retries and reports
  void import('../features/credentials/details/credentials-drawer').catch(ignore);
  void import('../features/credentials/form/credential-edit-page').catch(ignore);
  void import('../features/credentials/validate/validate-dialog').catch(ignore);
  void import('../features/credentials/delete/delete-dialog').catch(ignore);
}
