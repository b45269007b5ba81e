import { Hono } from 'hono';
import { encryptForPairing, newCredentialsId } from './crypto';
import { checkName, parseCredentialsBody } from './credentials-input';
import { badRequest, conflict, notFound } from './errors';
import {
  queryBool,
  readJson,
  requestContext,
  requireWriter,
  type ApiContext,
  type ApiEnv,
  type RequestContext,
} from './http';
import { findPlatform } from './platforms';
import { awsTrustPolicy } from './present';
import { normalizeKeys, probeCredentials } from './keys';
import { truncateMessage } from './probe';
import type { Runtime } from './runtime';
import type { CredentialsRow, Store } from './store';

export interface CredentialsDeps {
  store: Store;
  runtime: Runtime;
  platformRoleArn: string;
}

/** Seqera's /credentials operations. Not found, deleted or in another context all answer 404 alike. */
export function credentialsRoutes({ store, runtime, platformRoleArn }: CredentialsDeps) {
  const app = new Hono<ApiEnv>();
  const now = () => runtime.now().toISOString();

  const findInContext = (c: ApiContext, context: RequestContext): CredentialsRow => {
    const row = store.getCredentials(c.req.param('credentialsId') ?? '');
    if (row === undefined || row.deleted === 1 || row.context !== context.context) {
      throw notFound('Credentials not found');
    }
    return row;
  };

  app.get('/credentials', (c) => {
    const context = requestContext(c, store);
    const platformId = c.req.query('platformId');
    const platform = platformId === undefined || platformId === '' ? undefined : findPlatform(platformId);
    if (platformId !== undefined && platformId !== '' && platform === undefined) {
      throw badRequest(`Unknown platformId '${platformId}'`);
    }
    const items = store.listCredentialsJson(context.context, platform?.credentialsProviders);
    return c.body(`{"credentials":[${items.join(',')}]}`, 200, { 'content-type': 'application/json' });
  });

  app.post('/credentials', async (c) => {
    const context = requestContext(c, store);
    requireWriter(context);
    const useExternalId = queryBool(c, 'useExternalId');
    const input = parseCredentialsBody(await readJson(c));
    const keys = normalizeKeys(input.provider, input.keys, { useExternalId });
    const id = newCredentialsId();
    store.db.transaction(() => {
      if (store.isNameTaken(context.context, input.name)) throw conflict(`Credentials name '${input.name}' is already in use`);
      store.insertCredentials({ ...input, id, keys, workspaceId: context.workspaceId, userId: context.userId, now: now() });
    })();
    return c.json({ credentialsId: id });
  });

  app.get('/credentials/validate', (c) => {
    const context = requestContext(c, store);
    requireWriter(context);
    const name = checkName(c.req.query('name') ?? '');
    if (store.isNameTaken(context.context, name)) throw conflict(`Credentials name '${name}' is already in use`);
    return c.body(null, 204);
  });

  app.get('/credentials/:credentialsId', (c) => {
    const row = findInContext(c, requestContext(c, store));
    const credentials = JSON.parse(store.credentialsJson(row.id) ?? '{}') as { keys: Record<string, unknown> };
    const externalId = credentials.keys.externalId;
    const setupSnippet =
      row.provider === 'aws' && typeof externalId === 'string' ? awsTrustPolicy(platformRoleArn, externalId) : undefined;
    return c.json(setupSnippet === undefined ? { credentials } : { credentials, setupSnippet });
  });

  app.put('/credentials/:credentialsId', async (c) => {
    const context = requestContext(c, store);
    requireWriter(context);
    const useExternalId = queryBool(c, 'useExternalId');
    const body = await readJson(c);
    // From here on nothing awaits, so the row cannot change between this read and the write below.
    const row = findInContext(c, context);
    const input = parseCredentialsBody(body);
    if (input.provider !== row.provider) throw badRequest('Field provider cannot be changed');
    const keys = normalizeKeys(input.provider, input.keys, { stored: store.readKeys(row), useExternalId });
    store.db.transaction(() => {
      if (store.isNameTaken(context.context, input.name, row.id)) {
        throw conflict(`Credentials name '${input.name}' is already in use`);
      }
      store.updateCredentials(row.id, { ...input, keys, now: now() });
    })();
    return c.body(null, 204);
  });

  app.delete('/credentials/:credentialsId', (c) => {
    const context = requestContext(c, store);
    requireWriter(context);
    const checked = queryBool(c, 'checked');
    const row = findInContext(c, context);
    const blocking = store.db.transaction(() => {
      const running = store.runningWorkflows(row.id);
      if (checked && running.length > 0) return running;
      store.stopWorkflows(row.id);
      store.softDelete(row.id, now());
      return [];
    })();
    if (blocking.length > 0) {
      const conflicts = blocking.map((w) => ({ type: 'workflow', id: w.id, name: w.name, ...(w.url === null ? {} : { url: w.url }) }));
      return c.json({ credentialsId: row.id, conflicts }, 409);
    }
    return c.body(null, 204);
  });

  app.get('/credentials/:credentialsId/keys', (c) => {
    const context = requestContext(c, store);
    // The answer carries every secret, sealed for whoever holds the pairing's private key: not for readers.
    requireWriter(context, 'read credential keys');
    const pairingId = c.req.query('pairingId');
    if (pairingId === undefined || pairingId === '') throw badRequest('Query parameter pairingId is required');
    const row = findInContext(c, context);
    const pairing = store.pairing(pairingId);
    if (pairing === undefined) throw badRequest(`Unknown pairingId '${pairingId}'`);
    const { publicKeys, secrets } = store.readKeys(row);
    const plaintext = JSON.stringify({ discriminator: row.provider, ...publicKeys, ...secrets });
    return c.json({ keys: encryptForPairing(pairing.id, pairing.public_key, plaintext) });
  });

  app.post('/credentials/:credentialsId/validate', (c) => {
    const context = requestContext(c, store);
    requireWriter(context);
    const force = queryBool(c, 'force');
    const row = findInContext(c, context);
    if (force) {
      if (row.status !== 'INVALID') throw conflict('Only INVALID credentials can be forced to AVAILABLE');
      store.setValidation(row.id, 'AVAILABLE', null, row.last_validated);
      return c.json({ status: 'AVAILABLE', message: null, transientError: false });
    }
    if (runtime.validateTransient) {
      return c.json({ status: row.status, message: row.message, transientError: true });
    }
    const problem = probeCredentials({ provider: row.provider, baseUrl: row.base_url, ...store.readKeys(row) });
    const message = problem === null ? null : truncateMessage(problem);
    const status = problem === null ? 'AVAILABLE' : 'INVALID';
    store.setValidation(row.id, status, message, now());
    return c.json({ status, message, transientError: false });
  });

  return app;
}
