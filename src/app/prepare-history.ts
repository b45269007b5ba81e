/**
 * The browser-side steps of creating the router that wait on the browser process, done in a task of
 * their own before it (src/main.tsx), so that creating it is one short task rather than one long one
 * on a slow device. Each step is a synchronous round trip: measured in Chromium, 10–12 ms for the
 * history entry and 3–20 ms for the first sessionStorage read of a page, out of a router task of
 * about 50 ms.
 *
 * React Router numbers the current history entry (`idx`, so that going back and forward knows how
 * far it went) and writes the number into `history.state` when the entry has none; and it restores
 * its view-transition records from sessionStorage. Numbering the entry here as it would (0, keeping
 * whatever else the state holds) makes its own write unnecessary; reading sessionStorage here loads
 * the page's storage, so its read is then local. Nothing else changes: an entry that already has a
 * number (a reload, back and forward) is left as it is.
 */
export function prepareHistory(win: Window = window): void {
  try {
    win.sessionStorage.getItem('seqera-console');
  } catch {
    // Storage may be off (private modes, policies): the router copes, and so does this.
  }
  const state: unknown = win.history.state;
  const numbered = typeof state === 'object' && state !== null && 'idx' in state && state.idx != null;
  if (!numbered) win.history.replaceState({ ...(typeof state === 'object' ? state : {}), idx: 0 }, '');
}
