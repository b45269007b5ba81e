import { EmbeddedApiConfigError } from './api/embedded';
import { ConfigError } from './config';

/**
 * Turns a start-up failure into the one line an operator needs, without a stack trace, and exits 1.
 * Unknown errors still print only their message: a trace would bury the cause for a config mistake.
 */
export function exitOnStartupError(error: unknown, where: { host: string; port: number } | undefined): never {
  let line: string;
  if (error instanceof ConfigError || error instanceof EmbeddedApiConfigError) {
    line = `Configuration error: ${error.message}`;
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE' && where) {
    line = `Could not start: port ${where.port} on ${where.host} is already in use (set PORT to another port).`;
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRNOTAVAIL' && where) {
    line = `Could not start: HOST ${where.host} is not an address of this machine.`;
  } else {
    line = `Could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
  console.error(line.replace(/\s*\n\s*/g, ' '));
  process.exit(1);
}

/** Closes once on SIGINT/SIGTERM; a second signal exits at once. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    console.log(`${signal} received, shutting down.`);
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
