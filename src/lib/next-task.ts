/**
 * Resolves in a later task of the event loop, so the browser can paint and handle input in between.
 * Startup work split with it runs as several short tasks instead of one long one.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
