export const appStrings = {
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is nothing at this address. It may have moved, or the link may be incomplete.',
  home: 'Go to your credentials',
  loading: 'Loading',
} as const;
