import { createBrowserRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareHistory } from './prepare-history';

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const routes = [{ path: '/', element: null }, { path: '/other', element: null }];

describe('preparing the history before the router', () => {
  it('numbers the entry as the router would, so the router writes nothing when it starts', () => {
    window.history.replaceState({ kept: 'yes' }, '', '/');
    prepareHistory();
    expect(window.history.state).toEqual({ kept: 'yes', idx: 0 });
    const replace = vi.spyOn(window.history, 'replaceState');
    const router = createBrowserRouter(routes);
    expect(replace).not.toHaveBeenCalled();
    router.dispose();
  });

  it('leaves the router counting entries from there: a push is entry 1', async () => {
    window.history.replaceState(null, '', '/');
    prepareHistory();
    const router = createBrowserRouter(routes);
    await router.navigate('/other');
    expect(window.history.state).toMatchObject({ idx: 1 });
    router.dispose();
  });

  it('leaves an entry that already has a number as it is (a reload, back or forward)', () => {
    window.history.replaceState({ idx: 3, key: 'abc' }, '', '/');
    const replace = vi.spyOn(window.history, 'replaceState');
    prepareHistory();
    expect(replace).not.toHaveBeenCalled();
    expect(window.history.state).toEqual({ idx: 3, key: 'abc' });
  });

  it('does not fail where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => prepareHistory()).not.toThrow();
  });
});
