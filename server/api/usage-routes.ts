import { Hono } from 'hono';
import { badRequest, notFound } from './errors';
import { queryInt, requestContext, type ApiContext, type ApiEnv } from './http';
import type { ComputeEnvListRow, ComputeEnvStatus, DataLinkListRow, PipelineSort, Store } from './store';

/**
 * Seqera's read operations on what uses credentials: compute environments (`credentialsId`), data links
 * (`credentials[]`) and pipelines (a repository, which Git credentials serve by base URL). Every member of a
 * workspace reads them; a workspace the caller is not in is 403, as for /credentials.
 */
export function usageRoutes(store: Store) {
  const app = new Hono<ApiEnv>();

  app.get('/compute-envs', (c) => {
    const context = requestContext(c, store);
    const status = queryStatus(c);
    const attributes = queryAttributes(c, COMPUTE_ENV_ATTRIBUTES);
    const computeEnvs = store.listComputeEnvs(context.context, status).map((row) => computeEnvEntry(row, attributes));
    return c.json({ computeEnvs });
  });

  app.get('/compute-envs/:computeEnvId', (c) => {
    const context = requestContext(c, store);
    const attributes = queryAttributes(c, COMPUTE_ENV_ATTRIBUTES);
    const row = store.computeEnv(c.req.param('computeEnvId'));
    if (row === undefined || row.context !== context.context) throw notFound('Compute environment not found');
    return c.json({ computeEnv: computeEnvDescription(row, attributes) });
  });

  app.get('/data-links', (c) => {
    const context = requestContext(c, store);
    const credentialsId = c.req.query('credentialsId');
    if (credentialsId !== undefined && credentialsId !== '') {
      const credentials = store.getCredentials(credentialsId);
      if (credentials === undefined || credentials.deleted === 1 || credentials.context !== context.context) {
        throw notFound('Credentials not found');
      }
    }
    const { max, offset } = queryPage(c);
    const search = parseDataLinkSearch(c.req.query('search') ?? '');
    const { rows, total } = store.listDataLinks({
      context: context.context,
      credentialsId: credentialsId === undefined || credentialsId === '' ? null : credentialsId,
      ...search,
      max,
      offset,
    });
    return c.json({ dataLinks: rows.map(dataLinkEntry), totalSize: total });
  });

  app.get('/pipelines', (c) => {
    const context = requestContext(c, store);
    const attributes = queryAttributes(c, PIPELINE_ATTRIBUTES);
    const { max, offset } = queryPage(c);
    const sortBy = queryEnum(c, 'sortBy', PIPELINE_SORTS) ?? 'NAME';
    const sortDir = queryEnum(c, 'sortDir', ['ASCENDING', 'DESCENDING'] as const) ?? 'ASCENDING';
    const search = (c.req.query('search') ?? '').trim().toLowerCase();
    const { rows, total } = store.listPipelinesJson({
      context: context.context,
      search: search === '' ? null : search,
      withComputeEnv: attributes.has('computeEnv'),
      withLabels: attributes.has('labels'),
      sortBy,
      descending: sortDir === 'DESCENDING',
      max,
      offset,
    });
    return c.body(`{"pipelines":[${rows.join(',')}],"totalSize":${String(total)}}`, 200, { 'content-type': 'application/json' });
  });

  return app;
}

export const COMPUTE_ENV_STATUSES: readonly ComputeEnvStatus[] = ['CREATING', 'AVAILABLE', 'DISABLED', 'DELETING', 'ERRORED', 'INVALID', 'DELETED'];
const COMPUTE_ENV_ATTRIBUTES = ['labels', 'resources'] as const;
const PIPELINE_ATTRIBUTES = ['optimized', 'labels', 'computeEnv'] as const;
const PIPELINE_SORTS: readonly PipelineSort[] = ['CREATED', 'MODIFIED', 'NAME'];

function queryEnum<T extends string>(c: ApiContext, name: string, allowed: readonly T[]): T | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw badRequest(`Query parameter ${name} must be one of ${allowed.join(', ')}`);
  return raw as T;
}

function queryStatus(c: ApiContext): ComputeEnvStatus | null {
  return queryEnum(c, 'status', COMPUTE_ENV_STATUSES) ?? null;
}

/** `attributes` is a comma-separated list (explode: false); repeated parameters are read too. */
function queryAttributes<T extends string>(c: ApiContext, allowed: readonly T[]): ReadonlySet<T> {
  const values = (c.req.queries('attributes') ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) throw badRequest(`Query parameter attributes must be among ${allowed.join(', ')}`);
  }
  return new Set(values as T[]);
}

/** `max` and `offset` (int32, not negative); without `max` every row from the offset. */
function queryPage(c: ApiContext): { max: number; offset: number } {
  const max = queryInt(c, 'max');
  const offset = queryInt(c, 'offset') ?? 0;
  for (const [name, value] of [['max', max], ['offset', offset]] as const) {
    if (value !== null && (value < 0 || value > 2_147_483_647)) throw badRequest(`Query parameter ${name} must be from 0 to 2147483647`);
  }
  return { max: max ?? -1, offset };
}

/**
 * Free text over data link names, with `region:<value>` and `provider:<value>` keywords (as Seqera's
 * parameter documents); keyword values compare whole and case-insensitively, the rest is a name substring.
 */
export function parseDataLinkSearch(search: string): { name: string | null; region: string | null; provider: string | null } {
  let region: string | null = null;
  let provider: string | null = null;
  const words: string[] = [];
  for (const word of search.trim().split(/\s+/).filter(Boolean)) {
    const keyword = /^(region|provider):(.*)$/i.exec(word);
    if (keyword === null) words.push(word);
    else if (keyword[1]?.toLowerCase() === 'region') region = (keyword[2] ?? '').toLowerCase();
    else provider = (keyword[2] ?? '').toLowerCase();
  }
  const name = words.join(' ').toLowerCase();
  return { name: name === '' ? null : name, region, provider };
}

/** Absent rather than null for the document's non-nullable fields (see README). */
const present = <T>(key: string, value: T | null) => (value === null ? {} : { [key]: value });

function computeEnvEntry(row: ComputeEnvListRow, attributes: ReadonlySet<string>) {
  return {
    id: row.id,
    name: row.name,
    ...present('description', row.description),
    platform: row.platform,
    status: row.status,
    ...present('message', row.message),
    ...present('credentialsId', row.credentials_id),
    ...present('region', row.region),
    workDir: row.work_dir,
    ...present('lastUsed', row.last_used),
    primary: row.is_primary === 1,
    ...present('workspaceName', row.workspace_name),
    // Labels are not stored: asked for, there are none; not asked for, null as documented.
    labels: attributes.has('labels') ? [] : null,
    resources: null,
  };
}

function computeEnvDescription(row: ComputeEnvListRow, attributes: ReadonlySet<string>) {
  const config = JSON.parse(row.config) as Record<string, unknown>;
  return {
    id: row.id,
    name: row.name,
    ...present('description', row.description),
    platform: row.platform,
    config: { discriminator: row.platform, workDir: row.work_dir, ...config },
    status: row.status,
    ...present('message', row.message),
    ...present('credentialsId', row.credentials_id),
    ...present('lastUsed', row.last_used),
    dateCreated: row.date_created,
    lastUpdated: row.last_updated,
    primary: row.is_primary === 1,
    deleted: row.status === 'DELETED',
    ...present('workspaceId', row.workspace_id),
    ...present('orgId', row.org_id),
    ...(attributes.has('labels') ? { labels: [] } : {}),
    resources: null,
  };
}

function dataLinkEntry(row: DataLinkListRow) {
  return {
    id: row.id,
    name: row.name,
    ...present('description', row.description),
    type: 'bucket',
    provider: row.provider,
    resourceRef: row.resource_ref,
    ...present('region', row.region),
    credentials: JSON.parse(row.credentials) as { id: string; name: string; provider: string }[],
    publicAccessible: row.public_accessible === 1,
    hidden: false,
    status: row.status,
    ...present('message', row.message),
  };
}
