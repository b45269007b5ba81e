import { parse as parseYaml } from 'yaml';
import { importStrings } from '../strings';
import type { Found, Skipped } from '../model';
import { base64Text, guarded, isRecord, malformed, nonEmptyString } from './guard';

const t = importStrings.skip.kube;

/** Whether a text looks like a kubeconfig: YAML with top-level `users:` and a kubeconfig marker. */
export function looksLikeKubeconfig(text: string): boolean {
  return /^users\s*:/m.test(text) && /^(clusters|contexts|apiVersion|kind|current-context)\s*:/m.test(text);
}

const asList = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** The cluster a user is used with, through the first context naming both. */
function clusterOf(config: Record<string, unknown>, user: string): string | undefined {
  for (const entry of asList(config.contexts)) {
    const context = isRecord(entry.context) ? entry.context : {};
    if (context.user === user) return nonEmptyString(context.cluster);
  }
  return undefined;
}

function userCandidate(name: string, user: Record<string, unknown>, cluster: string | undefined): Found | Skipped {
  const label = importStrings.labels.kubeUser(name);
  const base = { label, nameHint: cluster ? `${cluster}-${name}` : name, detail: importStrings.labels.kubeDetail(name, cluster) };
  const token = nonEmptyString(user.token);
  if (token !== undefined) return { ...base, target: { kind: 'form', provider: 'k8s', keys: { mode: 'token', token: token.trim() } } };
  const certData = nonEmptyString(user['client-certificate-data']);
  const keyData = nonEmptyString(user['client-key-data']);
  if (certData !== undefined && keyData !== undefined) {
    // Both are base64 of the PEM files; a value that does not decode is left for the form's check to refuse.
    const certificate = base64Text(certData) ?? certData;
    const privateKey = base64Text(keyData) ?? keyData;
    return { ...base, target: { kind: 'form', provider: 'k8s', keys: { mode: 'certificate', certificate, privateKey } } };
  }
  if (isRecord(user.exec)) return { label, reason: t.exec };
  if (isRecord(user['auth-provider'])) return { label, reason: t.authProvider };
  if (certData !== undefined || keyData !== undefined) return { label, reason: t.halfCertificate };
  if (nonEmptyString(user['client-certificate']) || nonEmptyString(user['client-key'])) return { label, reason: t.files };
  if (nonEmptyString(user.tokenFile)) return { label, reason: t.tokenFile };
  if (nonEmptyString(user.username) || nonEmptyString(user.password)) return { label, reason: t.basic };
  return { label, reason: t.nothing };
}

/**
 * A kubeconfig: each user with a token, or with client certificate and key data, becomes
 * Kubernetes credentials; users that run a program or an auth provider are skipped.
 */
export const parseKubeconfig = guarded((text) => {
  let config: unknown;
  try {
    // YAML 1.1 merge keys (`<<: *anchor`) are common in hand-written kubeconfigs; aliases stay bounded.
    config = parseYaml(text, { merge: true, maxAliasCount: 100, prettyErrors: false });
  } catch (error) {
    const line = /line (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return malformed('kubeconfig', line ? `invalid YAML at line ${line}` : 'invalid YAML');
  }
  if (!isRecord(config) || !Array.isArray(config.users)) return malformed('kubeconfig', 'no "users" list');
  const found: Found[] = [];
  const skipped: Skipped[] = [];
  for (const entry of asList(config.users)) {
    const name = nonEmptyString(entry.name);
    if (name === undefined) continue;
    const result = userCandidate(name, isRecord(entry.user) ? entry.user : {}, clusterOf(config, name));
    if ('reason' in result) skipped.push(result);
    else found.push(result);
  }
  return { ok: true, format: 'kubeconfig', found, skipped };
});
