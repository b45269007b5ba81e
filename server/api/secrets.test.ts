import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { decryptFromPairing } from './crypto';
import { EmbeddedApiConfigError, buildEmbeddedApi, createEmbeddedApi } from './embedded';
import { DEMO_PAIRING_ID } from './seed';
import type { CredentialsRow } from './store';
import { OWNER, VIEWER, setupApi } from './test-support';

const api = setupApi();
afterAll(() => api.close());
beforeEach(async () => {
  await api.call('POST', '/__test/reset', { token: null });
});

const allRows = () => api.store.db.prepare<[], CredentialsRow>('SELECT * FROM credentials').all();

/** Every stored secret value, plus each long line of multi-line ones (PEM bodies, JSON key files). */
function seededSecretFragments(): string[] {
  const fragments = new Set<string>([OWNER, VIEWER]);
  for (const row of allRows()) {
    for (const value of Object.values(api.store.readKeys(row).secrets)) {
      fragments.add(value);
      for (const line of value.split('\n')) if (line.trim().length >= 24 && !line.includes('-----')) fragments.add(line.trim());
    }
  }
  return [...fragments];
}

describe('secrets never leave the server', () => {
  it('no seeded secret value appears in any response body of any endpoint', async () => {
    const secrets = seededSecretFragments();
    expect(secrets.length).toBeGreaterThan(40);
    const bodies: string[] = [];
    const get = async (path: string, token: string | null) => {
      const response = await api.call('GET', path, { token });
      bodies.push(response.text);
      return response;
    };
    for (const [token, userId] of [
      [OWNER, 1],
      [VIEWER, 2],
    ] as const) {
      await get('/user-info', token);
      await get(`/user/${userId}/workspaces`, token);
      for (const orgId of [1001, 1002]) await get(`/orgs/${orgId}/users/${userId}/roles`, token);
      await get('/platforms', token);
      for (const query of ['', 'workspaceId=201', 'workspaceId=202', 'workspaceId=301']) {
        const computeEnvs = await get(`/compute-envs?${query}&attributes=labels,resources`, token);
        for (const ce of (computeEnvs.json?.computeEnvs ?? []) as { id: string }[]) await get(`/compute-envs/${ce.id}?${query}`, token);
        await get(`/data-links?${query}`, token);
        await get(`/pipelines?${query}&attributes=computeEnv,labels`, token);
      }
      for (const query of ['', 'workspaceId=201', 'workspaceId=202', 'workspaceId=301', 'workspaceId=201&platformId=slurm-platform']) {
        const list = await get(`/credentials?${query}`, token);
        if (list.status !== 200) continue;
        for (const credential of list.json.credentials as { id: string }[]) {
          const context = query.startsWith('workspaceId=') ? `?${query.split('&')[0]}` : '';
          expect((await get(`/credentials/${credential.id}${context}`, token)).status).toBe(200);
          await get(`/credentials/${credential.id}/keys${context}${context === '' ? '?' : '&'}pairingId=${DEMO_PAIRING_ID}`, token);
          await get(`/__test/credentials/${credential.id}/secret-digest`, null);
          const validated = await api.call('POST', `/credentials/${credential.id}/validate${context}`, { token });
          bodies.push(validated.text);
          const deleted = await api.call('DELETE', `/credentials/${credential.id}${context}${context === '' ? '?' : '&'}checked=true`, { token });
          bodies.push(deleted.text);
        }
      }
    }
    await get('/__test/workflows', null);
    expect(bodies.length).toBeGreaterThan(150);
    for (const body of bodies) {
      for (const secret of secrets) expect(body.includes(secret), `a response contained a secret (${secret.length} chars)`).toBe(false);
    }
  });

  it('returns keys for a pairing only as ciphertext that decrypts to the stored keys', async () => {
    const id = api.idOf('google-batch');
    const response = await api.call('GET', `/credentials/${id}/keys?workspaceId=201&pairingId=${DEMO_PAIRING_ID}`);
    expect(response.status).toBe(200);
    const row = api.store.getCredentials(id);
    if (row === undefined) throw new Error('missing row');
    const stored = api.store.readKeys(row);
    expect(response.text).not.toContain('service_account');
    const privateKey = api.store.pairingPrivateKey(DEMO_PAIRING_ID);
    if (privateKey === undefined) throw new Error('missing pairing');
    const decrypted = JSON.parse(decryptFromPairing(privateKey, response.json.keys)) as Record<string, unknown>;
    expect(decrypted).toEqual({ discriminator: 'google', ...stored.publicKeys, ...stored.secrets });
    expect(typeof decrypted.data).toBe('string');
  });

  it('answers 403 to members who may only read credentials (view role), as to any write', async () => {
    const id = api.idOf('google-batch');
    const asViewer = await api.call('GET', `/credentials/${id}/keys?workspaceId=201&pairingId=${DEMO_PAIRING_ID}`, { token: VIEWER });
    expect(asViewer.status).toBe(403);
    expect(asViewer.json.message).toMatch(/role 'view'.*owner or admin/);
    // The owner of 201 has only the view role in 202; the viewer is admin there.
    const research = api.idOf('research-aws', 202);
    const path = `/credentials/${research}/keys?workspaceId=202&pairingId=${DEMO_PAIRING_ID}`;
    expect((await api.call('GET', path, { token: OWNER })).status).toBe(403);
    expect((await api.call('GET', path, { token: VIEWER })).status).toBe(200);
  });

  it('keeps the pairing private key sealed at rest, bound to its pairing', () => {
    const raw = api.store.db.prepare<[], { id: string; private_key: string }>('SELECT id, private_key FROM pairings').all();
    expect(raw.map((row) => row.id)).toEqual([DEMO_PAIRING_ID]);
    const stored = raw[0]?.private_key ?? '';
    expect(stored).not.toContain('PRIVATE KEY');
    expect(stored).toMatch(/^v1\./);
    expect(api.store.pairingPrivateKey(DEMO_PAIRING_ID)).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('rejects a missing or unknown pairing with 400', async () => {
    const id = api.idOf('google-batch');
    expect((await api.call('GET', `/credentials/${id}/keys?workspaceId=201`)).status).toBe(400);
    const unknown = await api.call('GET', `/credentials/${id}/keys?workspaceId=201&pairingId=nope`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toMatch(/pairingId/);
    expect((await api.call('GET', `/credentials/${id}/keys?pairingId=${DEMO_PAIRING_ID}`)).status).toBe(404);
  });
});

describe('storage', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-api-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('encrypts secrets at rest: neither the database nor its WAL holds them in plain text', async () => {
    const dir = tempDir();
    const embedded = createEmbeddedApi({ dbPath: join(dir, 'data', 'credentials.db'), demoOwnerToken: OWNER });
    const secret = 'PlainTextCanary-7f3a9c1e5b2d4f60';
    const response = await embedded.fetch(
      new Request('http://api.test/credentials?workspaceId=201', {
        method: 'POST',
        headers: { authorization: `Bearer ${OWNER}`, 'content-type': 'application/json' },
        body: JSON.stringify({ credentials: { name: 'canary', provider: 'ssh', keys: { discriminator: 'ssh', privateKey: secret } } }),
      }),
    );
    expect(response.status).toBe(200);
    const files = readdirSync(join(dir, 'data')).filter((name) => name.startsWith('credentials.db'));
    expect(files).toContain('credentials.db-wal');
    for (const file of files) {
      const bytes = readFileSync(join(dir, 'data', file));
      expect(bytes.includes(Buffer.from(secret)), file).toBe(false);
      expect(bytes.includes(Buffer.from(OWNER)), file).toBe(false);
    }
    embedded.close();
    const raw = readFileSync(join(dir, 'data', 'credentials.db'));
    expect(raw.includes(Buffer.from(secret))).toBe(false);
  });

  it('creates a 0600 key file beside the database and reuses it and the random demo tokens on restart', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'credentials.db');
    const first = createEmbeddedApi({ dbPath });
    const tokens = first.demoTokens;
    first.close();
    const keyFile = join(dir, 'credentials.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(dbPath).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, 'utf8');

    const second = createEmbeddedApi({ dbPath });
    expect(second.demoTokens).toEqual(tokens);
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    const list = await second.fetch(new Request('http://api.test/credentials?workspaceId=201', { headers: { authorization: `Bearer ${tokens.owner}` } }));
    const { credentials } = (await list.json()) as { credentials: { id: string; name: string }[] };
    const ssh = credentials.find((c) => c.name === 'hpc-login-ssh');
    // A probe decrypts the stored private key: it only passes when the reused key opens it.
    const probe = await second.fetch(
      new Request(`http://api.test/credentials/${ssh?.id}/validate?workspaceId=201`, { method: 'POST', headers: { authorization: `Bearer ${tokens.owner}` } }),
    );
    expect(await probe.json()).toMatchObject({ status: 'AVAILABLE', transientError: false });
    second.close();

    expect(() => createEmbeddedApi({ dbPath, encryptionKey: 'a'.repeat(64) })).toThrow(EmbeddedApiConfigError);
  });

  it('seals a plain-text pairing private key left by an earlier version, and /keys still works', async () => {
    const dbPath = join(tempDir(), 'credentials.db');
    const first = buildEmbeddedApi({ dbPath, demoOwnerToken: OWNER });
    const pem = first.store.pairingPrivateKey(DEMO_PAIRING_ID) ?? '';
    first.api.close();
    // What the earlier version wrote: the PEM itself.
    const old = new Database(dbPath);
    old.prepare('UPDATE pairings SET private_key = ? WHERE id = ?').run(pem, DEMO_PAIRING_ID);
    old.close();

    const upgraded = buildEmbeddedApi({ dbPath, demoOwnerToken: OWNER });
    const stored = upgraded.store.db.prepare<[], { private_key: string }>('SELECT private_key FROM pairings').get()?.private_key ?? '';
    expect(stored).not.toContain('PRIVATE KEY');
    expect(upgraded.store.pairingPrivateKey(DEMO_PAIRING_ID)).toBe(pem);
    const list = await upgraded.api.fetch(new Request('http://api.test/credentials?workspaceId=201', { headers: { authorization: `Bearer ${OWNER}` } }));
    const { credentials } = (await list.json()) as { credentials: { id: string; name: string }[] };
    const ssh = credentials.find((c) => c.name === 'hpc-login-ssh');
    const keys = await upgraded.api.fetch(
      new Request(`http://api.test/credentials/${ssh?.id}/keys?workspaceId=201&pairingId=${DEMO_PAIRING_ID}`, { headers: { authorization: `Bearer ${OWNER}` } }),
    );
    expect(keys.status).toBe(200);
    const decrypted = JSON.parse(decryptFromPairing(pem, ((await keys.json()) as { keys: string }).keys)) as Record<string, unknown>;
    expect(decrypted.discriminator).toBe('ssh');
    upgraded.api.close();
  });

  it('replaces the persisted demo tokens with configured ones', async () => {
    const dbPath = join(tempDir(), 'credentials.db');
    createEmbeddedApi({ dbPath }).close();
    const again = createEmbeddedApi({ dbPath, demoOwnerToken: 'fixed-owner' });
    const response = await again.fetch(new Request('http://api.test/user-info', { headers: { authorization: 'Bearer fixed-owner' } }));
    expect(response.status).toBe(200);
    again.close();
  });

  it('accepts a 64-hex or base64 key and rejects a malformed one', () => {
    createEmbeddedApi({ dbPath: ':memory:', encryptionKey: 'ab'.repeat(32) }).close();
    createEmbeddedApi({ dbPath: ':memory:', encryptionKey: Buffer.alloc(32, 7).toString('base64') }).close();
    for (const bad of ['short', 'zz'.repeat(32), Buffer.alloc(16).toString('base64')]) {
      expect(() => createEmbeddedApi({ dbPath: ':memory:', encryptionKey: bad })).toThrow(EmbeddedApiConfigError);
    }
  });

  it('does not seed when seed is false', async () => {
    const bare = createEmbeddedApi({ dbPath: ':memory:', seed: false, demoOwnerToken: OWNER });
    const response = await bare.fetch(new Request('http://api.test/user-info', { headers: { authorization: `Bearer ${OWNER}` } }));
    expect(response.status).toBe(401);
    bare.close();
  });
});
