/**
 * The dialogs the list's usage actions open, in one lazily loaded module: one more entry in the
 * bundle graph rather than two, so the MUI code they share with the form and the bulk bar is not
 * split into smaller (and in sum larger) chunks.
 */
export { AttentionSettingsDialog } from './attention-settings-dialog';
export { ValidateAllDialog } from '../validate/validate-all-dialog';
