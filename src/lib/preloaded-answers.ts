/**
 * Takes, and throws away, the API answers the page preloaded (the Link headers of a workspace page,
 * server/startup-preloads.ts) that nothing has taken yet. A preloaded answer waits in the page until
 * a request for its URL takes it, however much later: one fetched for the user of the page's load
 * (or without a session at all) must not answer the first request of whoever signs in next in the
 * same page. Asking for each URL once takes it; the answers are dropped unread. The app's own
 * requests are not preloads and are left alone.
 */
export function dropPreloadedAnswers(win: Window = window): void {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const urls = new Set<string>();
  for (const entry of entries) {
    if (entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest') continue;
    const url = new URL(entry.name);
    if (url.origin === win.location.origin && url.pathname.startsWith('/api/')) urls.add(url.href);
  }
  for (const url of urls) {
    // The same mode and credentials as the preload (and the app's requests), so this takes it.
    win.fetch(url, { credentials: 'same-origin' }).then(
      (answer) => answer.body?.cancel(),
      () => undefined,
    );
  }
}
