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
