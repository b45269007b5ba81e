import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropPreloadedAnswers } from './preloaded-answers';

afterEach(() => vi.restoreAllMocks());

const entry = (name: string, initiatorType: string) => ({ name, initiatorType }) as PerformanceResourceTiming;

describe('dropPreloadedAnswers', () => {
  it("asks once for each API URL the page preloaded, and for nothing the app fetched itself or outside the API", async () => {
    const origin = window.location.origin;
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      entry(`${origin}/api/user/1/workspaces`, 'other'),
      entry(`${origin}/api/credentials?workspaceId=201`, 'link'),
      entry(`${origin}/api/credentials?workspaceId=201`, 'link'),
      entry(`${origin}/api/platforms?workspaceId=201`, 'fetch'),
      entry(`${origin}/auth/session`, 'link'),
      entry(`${origin}/assets/boot.js`, 'script'),
      entry('https://elsewhere.example/api/credentials', 'link'),
    ]);
    const cancel = vi.fn(() => Promise.resolve());
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue({ body: { cancel } } as unknown as Response);
    dropPreloadedAnswers();
    expect(fetch.mock.calls).toEqual([
      [`${origin}/api/user/1/workspaces`, { credentials: 'same-origin' }],
      [`${origin}/api/credentials?workspaceId=201`, { credentials: 'same-origin' }],
    ]);
    await vi.waitFor(() => expect(cancel).toHaveBeenCalledTimes(2));
  });

  it('survives a request that fails', async () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([entry(`${window.location.origin}/api/user/1/workspaces`, 'other')]);
    const fetch = vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('offline'));
    expect(() => dropPreloadedAnswers()).not.toThrow();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
  });
});
