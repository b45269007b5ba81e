/**
 * Navigation state a save leaves for the details view it opens: the confirmation the drawer shows
 * (kept tiny: the form chunks import it). It is not the app-wide `notice`: the drawer is a modal, which
 * hides the rest of the page from assistive tech, so a notice outside it would go unannounced.
 */
export const SAVED_STATE = 'saved';

/** The text a navigation state carries under `key`, if it carries one. */
export function stateText(state: unknown, key: string): string | null {
  if (typeof state !== 'object' || state === null || !(key in state)) return null;
  const value: unknown = (state as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

export const savedConfirmation = (state: unknown) => stateText(state, SAVED_STATE);
