import { randomBytes, randomUUID } from 'node:crypto';
import { newCredentialsId } from './crypto';
import { badRequest, conflict } from './errors';
import { splitKeys, type ProviderId, type PublicKeys } from './providers';
import { contextOf, type Store } from './store';

export const MAX_BULK = 20_000;

const secret = () => randomBytes(30).toString('base64url');

/**
 * A rotation of realistic, valid shapes so bulk lists look like real workspaces and exercise every filter.
 * Keys are flat; which of them are sealed is the provider's row in PROVIDERS to say.
 */
const TEMPLATES: { provider: ProviderId; baseUrl?: string; keys: (i: number) => PublicKeys }[] = [
  { provider: 'aws', keys: (i) => ({ mode: 'keys', accessKey: `AKIA${String(i).padStart(16, '0')}`, secretKey: secret() }) },
  { provider: 'container-reg', keys: (i) => ({ userName: `robot${i}`, registry: 'docker.io', password: secret() }) },
  { provider: 'github', baseUrl: 'https://github.com', keys: (i) => ({ username: `bot-${i}`, password: secret() }) },
  { provider: 'google', keys: (i) => ({ serviceAccountEmail: `runner-${i}@project.iam.gserviceaccount.com`, workloadIdentityProvider: 'projects/1/locations/global/workloadIdentityPools/p/providers/q' }) },
  { provider: 'ssh', keys: () => ({ privateKey: secret() }) },
  { provider: 'tw-agent', keys: () => ({ connectionId: randomUUID(), shared: false }) },
];

export interface BulkRequest {
  workspaceId: number | null;
  userId: number;
  count: number;
  prefix: string;
}

export function parseBulkRequest(body: unknown, defaultUserId: number): BulkRequest {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { workspaceId, userId = defaultUserId, count, prefix = `bulk-${randomBytes(3).toString('hex')}` } = input;
  if (workspaceId !== null && !Number.isSafeInteger(workspaceId)) throw badRequest('workspaceId must be an integer or null');
  if (!Number.isSafeInteger(userId)) throw badRequest('userId must be an integer');
  if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > MAX_BULK) {
    throw badRequest(`count must be an integer from 1 to ${MAX_BULK}`);
  }
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9_-]{1,90}$/.test(prefix)) throw badRequest('prefix must be 1 to 90 name characters');
  return { workspaceId: workspaceId as number | null, userId: userId as number, count: count as number, prefix };
}

export interface BulkCredential {
  id: string;
  provider: ProviderId;
  status: 'AVAILABLE' | 'INVALID';
}

/** Inserts `count` credentials in one transaction; a name clash rolls everything back. */
export function insertBulk(store: Store, request: BulkRequest, at: Date = new Date()): number {
  return insertBulkCredentials(store, request, at).length;
}

/** As insertBulk, answering what it inserted (id, provider and status, in order). */
export function insertBulkCredentials(store: Store, request: BulkRequest, at: Date = new Date()): BulkCredential[] {
  const now = at.getTime();
  const context = contextOf(request.workspaceId, request.userId);
  const inserted: BulkCredential[] = [];
  store.db.transaction(() => {
    for (let i = 0; i < request.count; i += 1) {
      const name = `${request.prefix}-${String(i + 1).padStart(5, '0')}`;
      if (store.isNameTaken(context, name)) throw conflict(`Credentials name '${name}' is already in use`);
      const template = TEMPLATES[i % TEMPLATES.length] as (typeof TEMPLATES)[number];
      const id = newCredentialsId();
      const status = i % 17 === 0 ? 'INVALID' : 'AVAILABLE';
      store.insertCredentials({
        id,
        workspaceId: request.workspaceId,
        userId: request.userId,
        name,
        provider: template.provider,
        description: i % 3 === 0 ? `Bulk credential ${i + 1}` : null,
        baseUrl: template.baseUrl ?? null,
        category: null,
        keys: splitKeys(template.provider, template.keys(i)),
        status,
        message: i % 17 === 0 ? 'The provider rejected the credentials (bulk sample).' : null,
        lastUsed: i % 4 === 0 ? null : new Date(now - (i % 365) * 86_400_000).toISOString(),
        now: new Date(now - i * 1000).toISOString(),
      });
      inserted.push({ id, provider: template.provider, status });
    }
  })();
  return inserted;
}
