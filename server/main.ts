/**
 * The app server: `tsx server/main.ts` (npm run serve / npm start), or with `--dev` beside Vite,
 * where it serves no files and listens on DEV_SERVER_PORT. See server/config.ts for the environment.
 */
import { fileURLToPath } from 'node:url';
import { createEmbeddedApi, type EmbeddedApi } from './api/embedded';
import { createApp } from './app';
import { embeddedApiOptions, loadConfig } from './config';
import { listen } from './http-server';
import type { SessionManager } from './session';
import { openSessionManager, signInThrottleFor } from './session-config';
import { closeOnSignals, exitOnStartupError } from './startup';
import { embeddedUpstream, proxyUpstream } from './upstream';

const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

async function main(): Promise<void> {
  const dev = process.argv.includes('--dev');
  let where: { host: string; port: number } | undefined;
  let api: EmbeddedApi | undefined;
  let sessions: SessionManager | undefined;
  try {
    const config = loadConfig(process.env);
    where = { host: config.host, port: dev ? config.devPort : config.port };
    if (config.apiUrl === undefined) {
      api = createEmbeddedApi(embeddedApiOptions(config));
    }
    sessions = await openSessionManager(config);
    const embedded = api;
    const app = createApp({
      upstream: embedded ? embeddedUpstream((request) => embedded.fetch(request)) : proxyUpstream({ baseUrl: config.apiUrl ?? '' }),
      sessions,
      signInThrottle: signInThrottleFor(config),
      distDir: dev ? undefined : DIST_DIR,
      demoTokens: embedded?.demoTokens,
      testHooks: config.testHooks,
      trustProxy: config.trustProxy,
    });
    const server = await listen((request, env) => app.fetch(request, env), where.port, where.host);

    if (dev) console.log(`App server for Vite (dev): ${server.url}; open the app at Vite's URL (http://127.0.0.1:5173).`);
    else console.log(`Seqera credentials console: ${server.url}`);
    if (embedded) {
      console.log(`API: embedded, SQLite database ${config.dbPath}`);
      console.log(`Demo owner token:  ${embedded.demoTokens.owner}`);
      console.log(`Demo viewer token: ${embedded.demoTokens.viewer}`);
    } else {
      console.log(`API: proxied to ${config.apiUrl ?? ''}`);
    }
    console.log(`Sign-outs kept in: ${sessions.revocations.label}`);
    if (config.testHooks) console.log('Test hooks are ON (/api/__test/*, no sign-in needed). Never enable them in production.');

    const opened = sessions;
    closeOnSignals(async () => {
      await server.close();
      embedded?.close();
      await opened.revocations.close();
    });
  } catch (error) {
    api?.close();
    await sessions?.revocations.close();
    exitOnStartupError(error, where);
  }
}

await main();
