import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// The web project runs with `isolate: false` (vite.config.ts): test files share one jsdom window per
// worker. This file runs again before each test file, so each starts from what a fresh window has:
// empty storage, no cookies, an empty body, the root URL.
localStorage.clear();
sessionStorage.clear();
for (const cookie of document.cookie.split(';')) {
  const name = cookie.split('=', 1)[0]?.trim();
  if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}
document.body.innerHTML = '';
window.history.replaceState(null, '', '/');

afterEach(() => {
  cleanup();
});

// jsdom has no matchMedia. This one answers like a browser whose reader asks for reduced motion and
// nothing else: the theme then runs no transitions (src/app/theme.ts), so dialogs and drawers are
// there at once instead of after MUI's transition timers, which jsdom runs in real time.
window.matchMedia ??= (query: string): MediaQueryList => ({
  matches: query.replace(/\s+/g, '') === '(prefers-reduced-motion:reduce)',
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
});
