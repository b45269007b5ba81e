/** Navigation state the edit page leaves for the details view after a save (kept tiny: the edit chunk imports it). */
export const AFTER_EDIT_STATE = 'afterEdit';

export function isAfterEdit(state: unknown): boolean {
  return typeof state === 'object' && state !== null && AFTER_EDIT_STATE in state && state[AFTER_EDIT_STATE] === true;
}
