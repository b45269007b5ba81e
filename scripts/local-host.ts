/** What every script and browser test that runs the app locally shares: a free loopback port and Chromium's flags. */
import { createServer } from 'node:net';

/** This machine has no internet: these keep Chromium from reaching out at start. */
export const CHROMIUM_OFFLINE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium refuses its sandbox as root, as on CI. */
export const chromiumArgs = (): string[] =>
  process.getuid?.() === 0 ? [...CHROMIUM_OFFLINE_ARGS, '--no-sandbox'] : CHROMIUM_OFFLINE_ARGS;

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
