/** `npm start`: build when dist is stale, then run the app server in this process. */
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  await buildIfStale(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
// In-process, so signals reach the server's own handlers directly.
await import('../server/main');
