import { Hono } from 'hono';
import { sha256Hex, type SecretBox } from './crypto';
import { insertBulk, parseBulkRequest } from './bulk';
import { insertUsageBulk, parseUsageBulkRequest } from './usage-bulk';
import { isObject } from './credentials-input';
import { resetDemo } from './demo-state';
import { badRequest, notFound } from './errors';
import { readJson } from './http';
import type { Runtime } from './runtime';
import { DEMO_OWNER_ID, type DemoTokens } from './seed';
import type { Store } from './store';

export interface TestRoutesDeps {
  store: Store;
  box: SecretBox;
  runtime: Runtime;
  tokens: DemoTokens;
}

/** Routes for browser and API tests only (mounted at /__test when testHooks is on). No auth; never return secrets. */
export function testRoutes({ store, box, runtime, tokens }: TestRoutesDeps) {
  const app = new Hono();

  app.post('/reset', (c) => {
    runtime.clear();
    resetDemo(store, box, tokens, runtime.now);
    return c.body(null, 204);
  });

  app.post('/faults', async (c) => {
    const body = await readJson(c);
    if (!isObject(body) || (body.validate !== 'transient' && body.validate !== null)) {
      throw badRequest('Body must be {"validate": "transient" | null}');
    }
    runtime.validateTransient = body.validate === 'transient';
    return c.body(null, 204);
  });

  app.post('/fail', async (c) => {
    const body = await readJson(c);
    if (!isObject(body)) throw badRequest('Body must be an object');
    const { method, pathPrefix, status, times = 1, workspaceId } = body;
    if (typeof method !== 'string' || typeof pathPrefix !== 'string' || !pathPrefix.startsWith('/')) {
      throw badRequest('method and pathPrefix (starting with /) are required');
    }
    if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) {
      throw badRequest('status must be an HTTP error status from 400 to 599');
    }
    if (!Number.isInteger(times) || (times as number) < 1) throw badRequest('times must be a positive integer');
    if (workspaceId !== undefined && !Number.isSafeInteger(workspaceId)) throw badRequest('workspaceId must be an integer');
    runtime.failures.push({
      method: method.toUpperCase(),
      pathPrefix,
      status: status as number,
      remaining: times as number,
      ...(workspaceId === undefined ? {} : { workspaceId: workspaceId as number }),
    });
    return c.body(null, 204);
  });

  app.get('/credentials/:credentialsId/secret-digest', (c) => {
    const row = store.getCredentials(c.req.param('credentialsId'));
    if (row === undefined) throw notFound('Credentials not found');
    const entries = Object.entries(store.readKeys(row).secrets).sort(([a], [b]) => a.localeCompare(b));
    return c.json({ digest: sha256Hex(JSON.stringify(entries)) });
  });

  app.get('/workflows', (c) => {
    const workflows = store.workflows().map((w) => ({
        id: w.id,
        name: w.name,
        status: w.status,
        workspaceId: w.workspace_id,
        url: w.url,
        credentialsIds: w.credentials === null ? [] : w.credentials.split(','),
      }));
    return c.json({ workflows });
  });

  app.post('/bulk', async (c) => {
    const request = parseBulkRequest(await readJson(c), DEMO_OWNER_ID);
    if (request.workspaceId !== null && !store.workspaceExists(request.workspaceId)) {
      throw badRequest(`Unknown workspace ${request.workspaceId}`);
    }
    if (store.user(request.userId) === undefined) throw badRequest(`Unknown user ${request.userId}`);
    const started = performance.now();
    const created = insertBulk(store, request, runtime.now());
    return c.json({ created, prefix: request.prefix, elapsedMs: Math.round(performance.now() - started) });
  });

  app.post('/usage-bulk', async (c) => {
    const request = parseUsageBulkRequest(await readJson(c), DEMO_OWNER_ID);
    if (!store.workspaceExists(request.workspaceId)) throw badRequest(`Unknown workspace ${request.workspaceId}`);
    if (store.user(request.userId) === undefined) throw badRequest(`Unknown user ${request.userId}`);
    const started = performance.now();
    const created = insertUsageBulk(store, request, runtime.now());
    return c.json({ created, prefix: request.prefix, elapsedMs: Math.round(performance.now() - started) });
  });

  return app;
}
