/**
 * The one import string the credentials list shows before the dialog loads. Kept apart from
 * strings.ts, which the list would otherwise pull whole into its first load (about 2 kB gzip).
 */
export const importEntryStrings = {
  entry: 'Import from files',
} as const;
