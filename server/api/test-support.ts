import { buildEmbeddedApi, type EmbeddedApiOptions } from './embedded';

export const OWNER = 'owner-test-token';
export const VIEWER = 'viewer-test-token';

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  text: string;
  // Test code inspects arbitrary JSON shapes; tests assert on them explicitly.
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** An in-memory embedded API with fixed demo tokens and a small request helper for tests. */
export function setupApi(options: Partial<EmbeddedApiOptions> = {}) {
  const internals = buildEmbeddedApi({
    dbPath: ':memory:',
    demoOwnerToken: OWNER,
    demoViewerToken: VIEWER,
    testHooks: true,
    ...options,
  });
  const call = async (method: string, path: string, options: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? OWNER : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await internals.api.fetch(new Request(`http://api.test${path}`, { method, headers, body }));
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, text, json };
  };
  /** The id of a live credential by name and context (workspace id, or `u:<userId>`). */
  const idOf = (name: string, context: number | string = 201): string => {
    const key = typeof context === 'number' ? `w:${context}` : context;
    const row = internals.store.db
      .prepare<[string, string], { id: string }>('SELECT id FROM credentials WHERE name = ? AND context = ? AND deleted = 0')
      .get(name, key);
    if (row === undefined) throw new Error(`No credential ${name} in ${key}`);
    return row.id;
  };
  return { ...internals, call, idOf, close: () => internals.api.close() };
}

export type TestApi = ReturnType<typeof setupApi>;
