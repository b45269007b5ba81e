export const commonStrings = {
  toDark: 'Switch to dark theme',
  toLight: 'Switch to light theme',
  copied: 'Copied to the clipboard',
  copyFailed: 'Copying failed. Select the text and copy it by hand.',
  skipToContent: 'Skip to content',
  contextNav: 'Credentials context',
  retry: 'Retry',
  close: 'Close',
} as const;
