export const appStrings = {
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is nothing at this address. It may have moved, or the link may be incomplete.',
  home: 'Go to your credentials',
  loading: 'Loading',
  screenLoadFailedTitle: 'This screen could not be opened',
  screenLoadFailed: 'Its code could not be downloaded: the server could not be reached. Check your connection, then retry.',
  retrying: 'Retrying…',
  routeErrorTitle: 'Something went wrong',
  routeErrorBody: 'This page ran into an unexpected problem. Go back to your credentials, or reload the page to try again.',
  reload: 'Reload',
} as const;
