/**
 * Contract test: runs a scripted scenario against the embedded API in-process and checks every request and
 * response against an OpenAPI 3.0 document (Seqera's), using ajv.
 *
 *   npm run test:contract -- --spec <path or http(s) URL of the YAML/JSON document>
 *
 * OpenAPI 3.0 is not JSON Schema, so two translated copies of the document are registered with ajv:
 * `nullable` becomes a null type, a `discriminator` mapping becomes if/then dispatch on the property (plain
 * oneOf fails: the keys schemas overlap), and in the response copy `writeOnly` properties are forbidden, so a
 * secret showing up in any response fails the contract.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { buildEmbeddedApi } from '../server/api/embedded';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const OWNER = 'contract-owner-token';
const VIEWER = 'contract-viewer-token';

/** The operations this product relies on; each must be exercised by the scenario. */
const REQUIRED_OPERATIONS = [
  'get /credentials',
  'post /credentials',
  'get /credentials/validate',
  'get /credentials/{credentialsId}',
  'put /credentials/{credentialsId}',
  'delete /credentials/{credentialsId}',
  'get /credentials/{credentialsId}/keys',
  'post /credentials/{credentialsId}/validate',
  'get /user-info',
  'get /user/{userId}/workspaces',
  'get /orgs/{orgId}/users/{userId}/roles',
  'get /platforms',
  'get /compute-envs',
  'get /compute-envs/{computeEnvId}',
  'get /data-links',
  'get /pipelines',
];

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep-copies an OpenAPI document into JSON Schema that ajv understands; see the header comment. */
function translate(node: Json, forResponses: boolean): Json {
  if (Array.isArray(node)) return node.map((item) => translate(item, forResponses));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'discriminator') continue;
    out[key] = key === 'properties' && isObject(value) ? translateProperties(value, forResponses) : translate(value, forResponses);
  }
  const discriminator = node.discriminator;
  if (isObject(discriminator) && isObject(discriminator.mapping) && typeof discriminator.propertyName === 'string') {
    const property = discriminator.propertyName;
    delete out.oneOf;
    out.required = [property];
    out.properties = { ...(isObject(out.properties) ? out.properties : {}), [property]: { enum: Object.keys(discriminator.mapping) } };
    out.allOf = Object.entries(discriminator.mapping).map(([value, ref]) => ({
      if: { properties: { [property]: { const: value } } },
      then: { $ref: ref },
    }));
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function translateProperties(properties: JsonObject, forResponses: boolean): JsonObject {
  const out: JsonObject = {};
  for (const [name, schema] of Object.entries(properties)) {
    out[name] = forResponses && isObject(schema) && schema.writeOnly === true ? { not: {}, description: 'writeOnly' } : translate(schema, forResponses);
  }
  return out;
}

const pointer = (...segments: string[]) =>
  '#' + segments.map((s) => '/' + encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('');

interface Operation {
  key: string;
  template: string;
  method: string;
  regex: RegExp;
  doc: JsonObject;
}

function operationsOf(doc: JsonObject): Operation[] {
  const operations: Operation[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || !['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
      const regex = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
      operations.push({ key: `${method} ${template}`, template, method, regex, doc: op });
    }
  }
  return operations;
}

interface Step {
  title: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  token?: string;
  body?: Json;
  expect: number;
  /** The step sends input the document itself rejects (to reach a 400); the checker confirms it does. */
  invalidRequest?: boolean;
}

class Checker {
  passed = 0;
  failed = 0;
  readonly exercised = new Set<string>();
  readonly #ajv: Ajv;
  readonly #operations: Operation[];
  readonly #cache = new Map<string, ValidateFunction>();

  constructor(doc: JsonObject) {
    this.#ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.#ajv);
    this.#ajv.addSchema(translate(doc, false) as object, 'spec');
    this.#ajv.addSchema(translate(doc, true) as object, 'spec-response');
    this.#operations = operationsOf(doc);
  }

  check(ok: boolean, title: string, detail = '') {
    if (ok) this.passed += 1;
    else this.failed += 1;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${title}${ok || detail === '' ? '' : ` — ${detail}`}`);
  }

  #validator(ref: string): ValidateFunction {
    let validate = this.#cache.get(ref);
    if (validate === undefined) {
      validate = this.#ajv.compile({ $ref: ref });
      this.#cache.set(ref, validate);
    }
    return validate;
  }

  #errors(validate: ValidateFunction) {
    return this.#ajv.errorsText(validate.errors, { dataVar: '' }).slice(0, 400);
  }

  /** Validates the request's path, query and body against the operation; answers the problems found. */
  requestProblems(op: Operation, url: URL, body: Json | undefined): string[] {
    const problems: string[] = [];
    const parameters = Array.isArray(op.doc.parameters) ? op.doc.parameters.filter(isObject) : [];
    const pathValues = op.regex.exec(url.pathname)?.slice(1) ?? [];
    const pathNames = [...op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const known = new Set<string>();
    parameters.forEach((parameter, index) => {
      const name = String(parameter.name);
      const location = parameter.in;
      if (location !== 'query' && location !== 'path') return;
      known.add(name);
      const raw = location === 'path' ? pathValues[pathNames.indexOf(name)] : url.searchParams.get(name) ?? undefined;
      if (raw === undefined) {
        if (parameter.required === true) problems.push(`missing required ${location} parameter ${name}`);
        return;
      }
      const validate = this.#validator(`spec${pointer('paths', op.template, op.method, 'parameters', String(index), 'schema')}`);
      // An array in the query: comma-separated with `explode: false`, else one parameter per item (form style).
      const value = isObject(parameter.schema) && parameter.schema.type === 'array'
        ? (parameter.explode === false ? raw.split(',') : url.searchParams.getAll(name)).map((item) => coerce(item, isObject(parameter.schema) ? parameter.schema.items : undefined))
        : coerce(raw, parameter.schema);
      if (!validate(value)) problems.push(`${location} parameter ${name}=${raw}: ${this.#errors(validate)}`);
    });
    for (const name of url.searchParams.keys()) if (!known.has(name)) problems.push(`undocumented query parameter ${name}`);
    const requestBody = op.doc.requestBody;
    if (isObject(requestBody)) {
      if (body === undefined) {
        if (requestBody.required === true) problems.push('missing required request body');
      } else {
        const validate = this.#validator(`spec${pointer('paths', op.template, op.method, 'requestBody', 'content', 'application/json', 'schema')}`);
        if (!validate(body)) problems.push(`request body: ${this.#errors(validate)}`);
      }
    } else if (body !== undefined) problems.push('operation documents no request body');
    return problems;
  }

  /** Checks the status is documented and the body matches that status's schema (forbidding writeOnly fields). */
  response(op: Operation, step: Step, status: number, text: string) {
    const responses = isObject(op.doc.responses) ? op.doc.responses : {};
    const documented = responses[String(status)] ?? responses.default;
    this.check(status === step.expect, `${step.title}: status ${status}`, `expected ${step.expect}`);
    this.check(isObject(documented), `${step.title}: status ${status} is documented for ${op.key}`, `documented: ${Object.keys(responses).join(', ')}`);
    if (!isObject(documented)) return;
    const content = isObject(documented.content) ? documented.content['application/json'] : undefined;
    if (!isObject(content) || !isObject(content.schema)) {
      if (status === 204) this.check(text === '', `${step.title}: 204 has no body`);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.check(false, `${step.title}: body is JSON`, text.slice(0, 200));
      return;
    }
    const key = responses[String(status)] === undefined ? 'default' : String(status);
    const validate = this.#validator(`spec-response${pointer('paths', op.template, op.method, 'responses', key, 'content', 'application/json', 'schema')}`);
    this.check(validate(json), `${step.title}: body matches the ${key} schema`, this.#errors(validate));
  }

  operationFor(method: string, pathname: string) {
    return this.#operations.find((op) => op.method === method.toLowerCase() && op.regex.test(pathname));
  }
}

function coerce(raw: string, schema: Json | undefined): Json {
  const type = isObject(schema) ? schema.type : undefined;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

async function loadDocument(spec: string): Promise<JsonObject> {
  const text = /^https?:\/\//.test(spec)
    ? await fetch(spec, { signal: AbortSignal.timeout(30_000) }).then((response) => {
        if (!response.ok) throw new Error(`GET ${spec} answered ${response.status}`);
        return response.text();
      })
    : await readFile(spec, 'utf8');
  const doc = parseYaml(text) as unknown;
  if (!isObject(doc) || !isObject(doc.paths)) throw new Error(`${spec} is not an OpenAPI document with paths`);
  return doc;
}

const ROLE_ARN = 'arn:aws:iam::123456789012:role/ContractPipelines';
const GOOD_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** One valid create body per creatable provider, so every keys schema is exercised both ways. */
function providerSamples(): JsonObject[] {
  const uuid = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const samples: [string, JsonObject, JsonObject?][] = [
    ['aws', { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: GOOD_SECRET }],
    ['azure', { batchName: 'batchacct', storageName: 'storeacct', batchKey: 'a2V5', storageKey: 'a2V5' }],
    ['azure_entra', { batchName: 'batchacct', storageName: 'storeacct', tenantId: uuid, clientId: uuid, clientSecret: 's3cr3t' }],
    ['azure-cloud', { subscriptionId: uuid, storageName: 'storeacct', tenantId: uuid, clientId: uuid, clientSecret: 's3cr3t' }],
    ['google', { serviceAccountEmail: 'sa@p.iam.gserviceaccount.com', workloadIdentityProvider: 'projects/1/locations/global/workloadIdentityPools/a/providers/b' }],
    ['github', { username: 'octocat', password: 'ghp_example' }, { baseUrl: 'https://github.com' }],
    ['github_app', { appId: '123', clientId: 'Iv1.abc', privateKey: 'pem', slug: 'app' }],
    ['gitlab', { username: 'user', token: 'glpat-example' }],
    ['bitbucket', { username: 'user@example.com', token: 'ATATT-example' }],
    ['gitea', { username: 'user', password: 'pw' }, { baseUrl: 'https://gitea.example.com' }],
    ['codecommit', { username: 'AKIAIOSFODNN7EXAMPLE', password: GOOD_SECRET }],
    ['azurerepos', { username: 'user', password: 'pat' }],
    ['container-reg', { userName: 'robot', password: 'pw', registry: 'quay.io' }],
    ['ssh', { privateKey: 'pem', passphrase: 'pp' }],
    ['k8s', { token: 'eyJ.example' }],
    ['tw-agent', { connectionId: uuid, workDir: '/scratch', shared: true }],
    ['s3', { accessKey: 'minio', secretKey: GOOD_SECRET, pathStyleAccessEnabled: true }, { baseUrl: 'https://minio.example.com' }],
  ];
  return samples.map(([provider, keys, extra]) => ({
    name: `contract-${provider.replace('_', '-')}`,
    provider,
    description: `Contract sample for ${provider}`,
    ...extra,
    keys: { discriminator: provider, ...keys },
  }));
}

async function main() {
  const { values } = parseArgs({ options: { spec: { type: 'string' } } });
  if (values.spec === undefined) {
    console.error('Usage: npm run test:contract -- --spec <path or URL of the OpenAPI document>');
    process.exit(2);
  }
  const checker = new Checker(await loadDocument(values.spec));
  const { api } = buildEmbeddedApi({ dbPath: ':memory:', testHooks: true, demoOwnerToken: OWNER, demoViewerToken: VIEWER });

  const send = async (method: string, path: string, token: string | null, body?: Json) => {
    const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await api.fetch(new Request(`http://contract.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
    return { status: response.status, text: await response.text() };
  };
  const hook = async (path: string, body: Json = {}) => {
    const { status } = await send('POST', `/__test${path}`, null, body);
    if (status !== 204) throw new Error(`test hook ${path} answered ${status}`);
  };

  const run = async (step: Step): Promise<unknown> => {
    const url = new URL(`http://contract.test${step.path}`);
    const op = checker.operationFor(step.method, url.pathname);
    if (op === undefined) {
      checker.check(false, `${step.title}: ${step.method} ${url.pathname} is an operation of the document`);
      return undefined;
    }
    checker.exercised.add(op.key);
    const problems = checker.requestProblems(op, url, step.body);
    if (step.invalidRequest === true) checker.check(problems.length > 0, `${step.title}: the document rejects this request too`);
    else checker.check(problems.length === 0, `${step.title}: request matches ${op.key}`, problems.join('; '));
    const { status, text } = await send(step.method, step.path, step.token ?? OWNER, step.body);
    checker.response(op, step, status, text);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };

  await hook('/reset');
  const ws = 'workspaceId=201';

  await run({ title: 'user-info', method: 'GET', path: '/user-info', expect: 200 });
  await run({ title: 'workspaces of the caller', method: 'GET', path: '/user/1/workspaces', expect: 200 });
  await run({ title: 'workspaces of another user', method: 'GET', path: '/user/2/workspaces', expect: 403 });
  await run({ title: 'workspaces with a non-numeric user id', method: 'GET', path: '/user/abc/workspaces', expect: 400, invalidRequest: true });
  await run({ title: 'roles in own organisation', method: 'GET', path: '/orgs/1001/users/1/roles', expect: 200 });
  await run({ title: 'roles in a foreign organisation', method: 'GET', path: '/orgs/1002/users/1/roles', expect: 403 });
  await run({ title: 'roles with a non-numeric org id', method: 'GET', path: '/orgs/x/users/1/roles', expect: 400, invalidRequest: true });
  await run({ title: 'platforms', method: 'GET', path: `/platforms?${ws}&orgId=1001`, expect: 200 });
  await run({ title: 'platforms of a foreign workspace', method: 'GET', path: '/platforms?workspaceId=301', expect: 403 });
  await run({ title: 'platforms with a bad workspaceId', method: 'GET', path: '/platforms?workspaceId=abc', expect: 400, invalidRequest: true });

  const listed = (await run({ title: 'list workspace credentials', method: 'GET', path: `/credentials?${ws}`, expect: 200 })) as {
    credentials: { id: string; name: string }[];
  };
  const idOf = (name: string) => listed.credentials.find((c) => c.name === name)?.id ?? 'missing';
  await run({ title: 'list personal credentials', method: 'GET', path: '/credentials', expect: 200 });
  await run({ title: 'list filtered by platform', method: 'GET', path: `/credentials?${ws}&platformId=slurm-platform`, expect: 200 });
  await run({ title: 'list with an unknown platform', method: 'GET', path: `/credentials?${ws}&platformId=no-such-platform`, expect: 400 });
  await run({ title: 'list a foreign workspace', method: 'GET', path: '/credentials?workspaceId=301', expect: 403 });
  await run({ title: 'list with a bad workspaceId', method: 'GET', path: '/credentials?workspaceId=abc', expect: 400, invalidRequest: true });
  await run({ title: 'list as viewer', method: 'GET', path: `/credentials?${ws}`, token: VIEWER, expect: 200 });

  for (const credential of listed.credentials) {
    await run({ title: `describe seeded ${credential.name}`, method: 'GET', path: `/credentials/${credential.id}?${ws}`, expect: 200 });
  }

  const created = new Map<string, string>();
  for (const credentials of providerSamples()) {
    const answer = (await run({ title: `create ${String(credentials.name)}`, method: 'POST', path: `/credentials?${ws}`, body: { credentials }, expect: 200 })) as {
      credentialsId?: string;
    };
    created.set(String(credentials.name), answer.credentialsId ?? 'missing');
    await run({ title: `describe ${String(credentials.name)}`, method: 'GET', path: `/credentials/${answer.credentialsId}?${ws}`, expect: 200 });
  }
  const roleBody = { credentials: { name: 'contract-role', provider: 'aws', keys: { discriminator: 'aws', mode: 'role', assumeRoleArn: ROLE_ARN } } };
  const role = (await run({ title: 'create AWS role with External ID', method: 'POST', path: `/credentials?${ws}&useExternalId=true`, body: roleBody, expect: 200 })) as {
    credentialsId: string;
  };
  const described = (await run({ title: 'describe AWS role (setupSnippet)', method: 'GET', path: `/credentials/${role.credentialsId}?${ws}`, expect: 200 })) as {
    setupSnippet?: string;
  };
  checker.check(typeof described.setupSnippet === 'string' && described.setupSnippet.includes('sts:ExternalId'), 'describe AWS role: setupSnippet holds the trust policy');
  await run({ title: 'create personal credentials', method: 'POST', path: '/credentials', body: { credentials: { ...providerSamples()[5], name: 'contract-personal' } as Json }, expect: 200 });
  await run({ title: 'create with a bad name', method: 'POST', path: `/credentials?${ws}`, body: { credentials: { ...roleBody.credentials, name: 'bad name' } }, expect: 400 });
  await run({ title: 'create with a numeric name', method: 'POST', path: `/credentials?${ws}`, body: { credentials: { ...roleBody.credentials, name: 5 } }, expect: 400, invalidRequest: true });
  await run({ title: 'create seqeracompute', method: 'POST', path: `/credentials?${ws}`, body: { credentials: { name: 'sc', provider: 'seqeracompute', keys: { discriminator: 'seqeracompute' } } }, expect: 400 });
  await run({ title: 'create useExternalId without a role', method: 'POST', path: `/credentials?${ws}&useExternalId=true`, body: { credentials: providerSamples()[0] as Json }, expect: 400 });
  await run({ title: 'create as viewer', method: 'POST', path: `/credentials?${ws}`, body: roleBody, token: VIEWER, expect: 403 });

  await run({ title: 'name check, free', method: 'GET', path: `/credentials/validate?${ws}&name=brand-new`, expect: 204 });
  await run({ title: 'name check, taken', method: 'GET', path: `/credentials/validate?${ws}&name=contract-role`, expect: 409 });
  await run({ title: 'name check, malformed', method: 'GET', path: `/credentials/validate?${ws}&name=bad%20name`, expect: 400 });
  await run({ title: 'name check as viewer', method: 'GET', path: `/credentials/validate?${ws}&name=x`, token: VIEWER, expect: 403 });

  const roleId = role.credentialsId;
  await run({ title: 'describe as viewer', method: 'GET', path: `/credentials/${roleId}?${ws}`, token: VIEWER, expect: 200 });
  await run({ title: 'describe in a foreign workspace', method: 'GET', path: `/credentials/${roleId}?workspaceId=301`, expect: 403 });
  await run({ title: 'describe with a bad workspaceId', method: 'GET', path: `/credentials/${roleId}?workspaceId=1.5`, expect: 400, invalidRequest: true });

  const update = { credentials: { ...roleBody.credentials, description: 'updated by the contract test' } };
  await run({ title: 'update', method: 'PUT', path: `/credentials/${roleId}?${ws}&useExternalId=true`, body: update, expect: 204 });
  await run({ title: 'update changing provider', method: 'PUT', path: `/credentials/${roleId}?${ws}`, body: { credentials: providerSamples()[12] as Json }, expect: 400 });
  await run({ title: 'update as viewer', method: 'PUT', path: `/credentials/${roleId}?${ws}`, body: update, token: VIEWER, expect: 403 });

  const pairing = 'pairingId=demo-pairing';
  await run({ title: 'encrypted keys', method: 'GET', path: `/credentials/${idOf('google-batch')}/keys?${ws}&${pairing}`, expect: 200 });
  await run({ title: 'encrypted keys, unknown pairing', method: 'GET', path: `/credentials/${idOf('google-batch')}/keys?${ws}&pairingId=nope`, expect: 400 });
  await run({ title: 'encrypted keys, foreign workspace', method: 'GET', path: `/credentials/${idOf('google-batch')}/keys?workspaceId=301&${pairing}`, expect: 403 });
  await run({ title: 'encrypted keys as viewer', method: 'GET', path: `/credentials/${idOf('google-batch')}/keys?${ws}&${pairing}`, token: VIEWER, expect: 403 });

  const awsId = created.get('contract-aws') ?? 'missing';
  await run({ title: 'validate, passing', method: 'POST', path: `/credentials/${awsId}/validate?${ws}`, expect: 200 });
  await run({ title: 'validate, force the seeded INVALID credentials', method: 'POST', path: `/credentials/${idOf('bitbucket-ci')}/validate?${ws}&force=true`, expect: 200 });
  const badAws = (await run({
    title: 'create AWS with a malformed key id',
    method: 'POST',
    path: `/credentials?${ws}`,
    body: { credentials: { name: 'contract-bad-aws', provider: 'aws', keys: { discriminator: 'aws', accessKey: 'NOPE', secretKey: GOOD_SECRET } } },
    expect: 200,
  })) as { credentialsId: string };
  await run({ title: 'validate, rejected by the probe', method: 'POST', path: `/credentials/${badAws.credentialsId}/validate?${ws}`, expect: 200 });
  await hook('/faults', { validate: 'transient' });
  await run({ title: 'validate, transient failure', method: 'POST', path: `/credentials/${badAws.credentialsId}/validate?${ws}`, expect: 200 });
  await hook('/faults', { validate: null });
  await run({ title: 'validate, force INVALID to AVAILABLE', method: 'POST', path: `/credentials/${badAws.credentialsId}/validate?${ws}&force=true`, expect: 200 });
  await run({ title: 'validate, force on AVAILABLE', method: 'POST', path: `/credentials/${badAws.credentialsId}/validate?${ws}&force=true`, expect: 409 });
  await run({ title: 'validate, unknown credentials', method: 'POST', path: `/credentials/AAAAAAAAAAAAAAAAAAAAAA/validate?${ws}`, expect: 404 });
  await run({ title: 'validate as viewer', method: 'POST', path: `/credentials/${awsId}/validate?${ws}`, token: VIEWER, expect: 403 });
  await run({ title: 'validate with a bad force flag', method: 'POST', path: `/credentials/${awsId}/validate?${ws}&force=maybe`, expect: 400, invalidRequest: true });

  // What uses credentials (issue 12): compute environments, data links, pipelines.
  const computeEnvs = (await run({ title: 'list compute environments', method: 'GET', path: `/compute-envs?${ws}`, expect: 200 })) as {
    computeEnvs: { id: string; name: string }[];
  };
  await run({ title: 'list compute environments with attributes', method: 'GET', path: `/compute-envs?${ws}&attributes=labels,resources`, expect: 200 });
  await run({ title: 'list compute environments by status', method: 'GET', path: `/compute-envs?${ws}&status=ERRORED`, expect: 200 });
  await run({ title: 'list compute environments, unknown status', method: 'GET', path: `/compute-envs?${ws}&status=SLEEPING`, expect: 400 });
  await run({ title: 'list compute environments, unknown attribute', method: 'GET', path: `/compute-envs?${ws}&attributes=secrets`, expect: 400, invalidRequest: true });
  await run({ title: 'list personal compute environments', method: 'GET', path: '/compute-envs', expect: 200 });
  await run({ title: 'list research compute environments (one INVALID)', method: 'GET', path: '/compute-envs?workspaceId=202&status=INVALID', expect: 200 });
  await run({ title: 'list compute environments as viewer', method: 'GET', path: `/compute-envs?${ws}`, token: VIEWER, expect: 200 });
  await run({ title: 'list compute environments of a foreign workspace', method: 'GET', path: '/compute-envs?workspaceId=301', expect: 403 });
  await run({ title: 'list compute environments with a bad workspaceId', method: 'GET', path: '/compute-envs?workspaceId=abc', expect: 400, invalidRequest: true });
  for (const ce of computeEnvs.computeEnvs) {
    await run({ title: `describe compute environment ${ce.name}`, method: 'GET', path: `/compute-envs/${ce.id}?${ws}&attributes=labels`, expect: 200 });
  }
  const someCe = computeEnvs.computeEnvs[0]?.id ?? 'missing';
  await run({ title: 'describe compute environment as viewer', method: 'GET', path: `/compute-envs/${someCe}?${ws}`, token: VIEWER, expect: 200 });
  await run({ title: 'describe compute environment of a foreign workspace', method: 'GET', path: `/compute-envs/${someCe}?workspaceId=301`, expect: 403 });

  await run({ title: 'list data links', method: 'GET', path: `/data-links?${ws}`, expect: 200 });
  await run({ title: 'list data links, one page', method: 'GET', path: `/data-links?${ws}&max=2&offset=1`, expect: 200 });
  await run({ title: 'list data links of one credential', method: 'GET', path: `/data-links?${ws}&credentialsId=${idOf('aws-batch-keys')}`, expect: 200 });
  await run({ title: 'list data links, search with keywords', method: 'GET', path: `/data-links?${ws}&search=${encodeURIComponent('genomics region:eu-west-1 provider:aws')}`, expect: 200 });
  await run({ title: 'list data links of unknown credentials', method: 'GET', path: `/data-links?${ws}&credentialsId=AAAAAAAAAAAAAAAAAAAAAA`, expect: 404 });
  await run({ title: 'list data links with a negative max', method: 'GET', path: `/data-links?${ws}&max=-1`, expect: 400 });
  await run({ title: 'list data links as viewer', method: 'GET', path: `/data-links?${ws}`, token: VIEWER, expect: 200 });
  await run({ title: 'list data links of a foreign workspace', method: 'GET', path: '/data-links?workspaceId=301', expect: 403 });

  await run({ title: 'list pipelines', method: 'GET', path: `/pipelines?${ws}`, expect: 200 });
  await run({ title: 'list pipelines with compute environments and labels', method: 'GET', path: `/pipelines?${ws}&attributes=computeEnv,labels&max=5&offset=2`, expect: 200 });
  await run({ title: 'list pipelines, search and sort', method: 'GET', path: `/pipelines?${ws}&search=gitlab&sortBy=MODIFIED&sortDir=DESCENDING`, expect: 200 });
  await run({ title: 'list pipelines, unknown sort', method: 'GET', path: `/pipelines?${ws}&sortBy=SIZE`, expect: 400, invalidRequest: true });
  await run({ title: 'list personal pipelines', method: 'GET', path: '/pipelines?attributes=computeEnv', expect: 200 });
  await run({ title: 'list pipelines as viewer', method: 'GET', path: `/pipelines?${ws}`, token: VIEWER, expect: 200 });
  await run({ title: 'list pipelines of a foreign workspace', method: 'GET', path: '/pipelines?workspaceId=301', expect: 403 });

  const busy = idOf('aws-batch-keys');
  await run({ title: 'checked delete blocked by running workflows', method: 'DELETE', path: `/credentials/${busy}?${ws}&checked=true`, expect: 409 });
  await run({ title: 'delete as viewer', method: 'DELETE', path: `/credentials/${busy}?${ws}`, token: VIEWER, expect: 403 });
  await run({ title: 'delete with a bad checked flag', method: 'DELETE', path: `/credentials/${busy}?${ws}&checked=maybe`, expect: 400, invalidRequest: true });
  await run({ title: 'forced delete', method: 'DELETE', path: `/credentials/${busy}?${ws}&checked=false`, expect: 204 });
  await run({ title: 'checked delete without running workflows', method: 'DELETE', path: `/credentials/${roleId}?${ws}&checked=true`, expect: 204 });

  api.close();
  for (const key of REQUIRED_OPERATIONS) checker.check(checker.exercised.has(key), `operation exercised: ${key}`);
  console.log(`contract: ${checker.passed} passed, ${checker.failed} failed`);
  process.exitCode = checker.failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`contract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
