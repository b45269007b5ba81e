/**
 * Modules the list screen imports lazily as soon as it has rendered: the response schemas (zod
 * stays out of the first download), the workspace switcher's autocomplete and the account menu.
 * A screen opened from the list (the form, the dialogs) therefore only adds what these and the
 * first load do not already hold. e2e/bundle-chunks.spec.ts checks that a rendered list has in
 * fact fetched every one of them, so this list cannot drift from what the app does.
 */
export const LIST_SCREEN_IMPORTS = [
  'src/features/session/session-schemas.ts',
  'src/features/workspaces/workspaces-schemas.ts',
  'src/features/credentials/api/credentials-schemas.ts',
  'src/features/workspaces/context-autocomplete.tsx',
  'src/features/session/user-menu-popup.tsx',
] as const;
