import { importStrings } from '../strings';
import type { Found, ParseResult, Skipped } from '../model';
import { base64Text, guarded, isRecord, malformed, nonEmptyString, parseJson } from './guard';

const t = importStrings.skip.docker;
const dockerHubKeys = /^(https?:\/\/)?(index\.docker\.io|registry-1\.docker\.io|docker\.io)(\/.*)?$/i;

/** Whether parsed JSON looks like a Docker config: it has `auths`, `credsStore` or `credHelpers`. */
export function isDockerConfig(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && ('auths' in json || 'credsStore' in json || 'credHelpers' in json);
}

/** A key of `auths` as the registry host the form takes: no scheme, no path; Docker Hub's URL is docker.io. */
export function registryHost(key: string): string {
  if (dockerHubKeys.test(key.trim())) return 'docker.io';
  return key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

/** Splits `user:password` at the first colon: user names have none, passwords may. */
function splitAuth(decoded: string): { userName: string; password: string } | null {
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { userName: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function parseDockerJson(json: Record<string, unknown>): ParseResult {
  const found: Found[] = [];
  const skipped: Skipped[] = [];
  const auths = isRecord(json.auths) ? json.auths : {};
  const store = nonEmptyString(json.credsStore);
  const helpers = isRecord(json.credHelpers) ? json.credHelpers : {};
  const seen = new Set<string>();

  for (const [key, entry] of Object.entries(auths)) {
    const host = registryHost(key);
    seen.add(host);
    const label = importStrings.labels.dockerHost(host);
    const record = isRecord(entry) ? entry : {};
    if (nonEmptyString(record.identitytoken)) {
      skipped.push({ label, reason: t.identityToken });
      continue;
    }
    let pair: { userName: string; password: string } | null = null;
    const auth = nonEmptyString(record.auth);
    if (auth !== undefined) {
      const decoded = base64Text(auth);
      pair = decoded === null ? null : splitAuth(decoded);
      if (!pair) {
        skipped.push({ label, reason: t.badAuth });
        continue;
      }
    } else {
      const userName = nonEmptyString(record.username);
      const password = nonEmptyString(record.password);
      if (userName !== undefined && password !== undefined) pair = { userName, password };
    }
    if (pair) {
      found.push({
        label,
        nameHint: host,
        detail: host,
        target: { kind: 'form', provider: 'container-reg', keys: { registry: host, userName: pair.userName, password: pair.password } },
      });
      continue;
    }
    const helper = nonEmptyString(helpers[key]) ?? nonEmptyString(helpers[host]);
    if (helper !== undefined) skipped.push({ label, reason: t.credHelper(helper) });
    else if (store !== undefined) skipped.push({ label, reason: t.credsStore(store) });
    else skipped.push({ label, reason: t.noSecret });
  }
  for (const [key, helper] of Object.entries(helpers)) {
    const host = registryHost(key);
    if (seen.has(host)) continue;
    seen.add(host);
    skipped.push({ label: importStrings.labels.dockerHost(host), reason: t.credHelper(nonEmptyString(helper) ?? '?') });
  }
  return { ok: true, format: 'docker', found, skipped };
}

/** Docker's `config.json`: registry logins from `auths`; stores, helpers and identity tokens are skipped. */
export const parseDockerConfig = guarded((text) => {
  const parsed = parseJson(text);
  if (!parsed.ok) return malformed('docker', parsed.problem);
  const json = parsed.value;
  if (!isDockerConfig(json)) return malformed('docker', 'no "auths", "credsStore" or "credHelpers"');
  return parseDockerJson(json);
});
