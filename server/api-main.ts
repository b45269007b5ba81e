/**
 * The embedded API alone, at Seqera's root paths with bearer auth: no session, no static files.
 * `npm run api -- --port 8081 [--host 127.0.0.1]` stands in for a Seqera Platform, e.g. to try
 * proxy mode with SEQERA_API_URL=http://127.0.0.1:8081. Uses the same DATA_DIR, key and demo
 * token variables as the app server.
 */
import { parseArgs } from 'node:util';
import { createEmbeddedApi, type EmbeddedApi } from './api/embedded';
import { assertTestHooksHost, ConfigError, embeddedApiOptions, ensureDataDir, parseEnv } from './config';
import { listen } from './http-server';
import { closeOnSignals, exitOnStartupError } from './startup';

function parsePortArg(raw: string): number {
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new ConfigError(`--port must be a port number from 1 to 65535 (got "${raw}").`);
  return port;
}

async function main(): Promise<void> {
  let where: { host: string; port: number } | undefined;
  let api: EmbeddedApi | undefined;
  try {
    const { values } = parseArgs({ options: { port: { type: 'string', default: '8081' }, host: { type: 'string' } } });
    const config = parseEnv(process.env);
    where = { host: values.host ?? config.host, port: parsePortArg(values.port) };
    assertTestHooksHost(config.testHooks, where.host);
    ensureDataDir(config.dataDir);
    api = createEmbeddedApi(embeddedApiOptions(config));
    const embedded = api;
    const server = await listen((request) => embedded.fetch(request), where.port, where.host);
    console.log(`Embedded Seqera API: ${server.url}`);
    console.log(`SQLite database ${config.dbPath}`);
    console.log(`Demo owner token:  ${embedded.demoTokens.owner}`);
    console.log(`Demo viewer token: ${embedded.demoTokens.viewer}`);
    closeOnSignals(async () => {
      await server.close();
      embedded.close();
    });
  } catch (error) {
    api?.close();
    exitOnStartupError(error, where);
  }
}

await main();
