import { importStrings } from '../strings';
import type { Found, ParseResult, Skipped } from '../model';
import { guarded, isRecord, malformed, nonEmptyString, parseJson } from './guard';

const t = importStrings.skip.google;
const googleTypes = new Set(['service_account', 'external_account', 'authorized_user', 'impersonated_service_account']);

/** Whether parsed JSON is a Google credentials file (by its `type`). */
export function isGoogleJson(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && typeof json.type === 'string' && googleTypes.has(json.type);
}

const impersonationPattern = /\/serviceAccounts\/([^/:]+@[^/:]+):generateAccessToken$/;
const audiencePrefix = /^\/\/iam\.googleapis\.com\//;

export function parseGoogleJsonValue(json: Record<string, unknown>, text: string): ParseResult {
  const found: Found[] = [];
  const skipped: Skipped[] = [];
  const email = nonEmptyString(json.client_email);
  switch (json.type) {
    case 'service_account': {
      if (email === undefined) return malformed('google', 'no "client_email"');
      found.push({
        label: importStrings.labels.googleAccount(email),
        nameHint: email.split('@')[0] ?? email,
        detail: email,
        // The key file as it is: the form's check and the API read the same JSON.
        target: { kind: 'form', provider: 'google', keys: { mode: 'key', data: text.trim() } },
      });
      break;
    }
    case 'external_account': {
      const audience = nonEmptyString(json.audience) ?? '';
      const impersonation = impersonationPattern.exec(nonEmptyString(json.service_account_impersonation_url) ?? '');
      const label = importStrings.labels.googleAccount(impersonation?.[1] ?? audience);
      if (!audiencePrefix.test(audience)) {
        skipped.push({ label, reason: t.badAudience });
        break;
      }
      const serviceAccountEmail = impersonation?.[1];
      if (serviceAccountEmail === undefined) {
        skipped.push({ label, reason: t.noImpersonation });
        break;
      }
      found.push({
        label,
        nameHint: serviceAccountEmail.split('@')[0] ?? serviceAccountEmail,
        detail: serviceAccountEmail,
        target: {
          kind: 'form',
          provider: 'google',
          keys: { mode: 'wif', serviceAccountEmail, workloadIdentityProvider: audience.replace(audiencePrefix, '') },
        },
      });
      break;
    }
    default:
      skipped.push({ label: email ?? String(json.type), reason: t.authorizedUser });
  }
  return { ok: true, format: 'google', found, skipped };
}

/** A Google service account key, or an external account (workload identity federation) configuration. */
export const parseGoogleJson = guarded((text) => {
  const parsed = parseJson(text);
  if (!parsed.ok) return malformed('google', parsed.problem);
  if (!isGoogleJson(parsed.value)) return malformed('google', 'no known "type"');
  return parseGoogleJsonValue(parsed.value, text);
});
