import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './preload-module';

type IdleCallback = (deadline: { timeRemaining: () => number }) => void;

/** A requestIdleCallback the test drives: each call is one idle period with `left` ms in it. */
function stubIdle() {
  const requests: IdleCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => requests.push(callback));
  const period = (left: () => number) => {
    const callback = requests.shift();
    if (!callback) throw new Error('no idle callback was requested');
    callback({ timeRemaining: left });
  };
  return { requests, period };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('whenIdle', () => {
  it('asks the browser once for many tasks and runs them in order while the idle period lasts', () => {
    const { requests, period } = stubIdle();
    const ran: number[] = [];
    for (const index of [1, 2, 3]) whenIdle(() => ran.push(index));
    expect(requests).toHaveLength(1);
    expect(ran).toEqual([]);
    period(() => 40);
    expect(ran).toEqual([1, 2, 3]);
    expect(requests).toHaveLength(0);
  });

  it('leaves what does not fit to the next idle period, and runs one task even with no time left', () => {
    const { requests, period } = stubIdle();
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    whenIdle(() => ran.push('b'));
    period(() => 0);
    expect(ran).toEqual(['a']);
    expect(requests).toHaveLength(1);
    period(() => 0);
    expect(ran).toEqual(['a', 'b']);
  });

  it('stops after a slice of work even when the idle period lasts, and goes on in the next', () => {
    const { requests, period } = stubIdle();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const ran: number[] = [];
    // Each task takes 3 ms: a slice holds three, however long the idle period.
    for (const index of [1, 2, 3, 4, 5]) {
      whenIdle(() => {
        now += 3;
        ran.push(index);
      });
    }
    period(() => 45);
    expect(ran).toEqual([1, 2, 3]);
    expect(requests).toHaveLength(1);
    period(() => 45);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps running the queue after a task throws, and reports the error as uncaught', () => {
    const { period } = stubIdle();
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const broken = new Error('broken task');
    const ran: string[] = [];
    whenIdle(() => {
      throw broken;
    });
    whenIdle(() => ran.push('after'));
    period(() => 40);
    expect(ran).toEqual(['after']);
    expect(reportError).toHaveBeenCalledWith(broken);
  });
});

describe('afterFirstScreen', () => {
  it('waits until the first screen has shown and the page has settled, then runs on idle', async () => {
    vi.useFakeTimers();
    try {
      // A fresh copy of the module: its first-screen state is per page.
      vi.resetModules();
      const { afterFirstScreen, firstScreenShown, SETTLE_MS } = await import('./preload-module');
      const { requests, period } = stubIdle();
      const task = vi.fn();
      afterFirstScreen(task);
      await vi.advanceTimersByTimeAsync(1_000);
      firstScreenShown();
      await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
      expect(requests).toHaveLength(0);
      expect(task).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      // Settled: the task waits for the main thread to be idle, not for a timer.
      expect(task).not.toHaveBeenCalled();
      period(() => 10);
      expect(task).toHaveBeenCalledTimes(1);
      // Once settled, later tasks only wait for idle.
      afterFirstScreen(task);
      period(() => 10);
      expect(task).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
