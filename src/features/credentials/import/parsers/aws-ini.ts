import { parse as parseIni } from 'ini';
import { importStrings } from '../strings';
import type { Found, Skipped } from '../model';
import { guarded, isRecord, malformed } from './guard';

const t = importStrings.skip.aws;
// A section header, with whatever follows it on the line (AWS, like Python's configparser, ignores it).
const sectionLine = /^\s*\[([^\]\r\n]*)\][^\r\n]*$/gm;
const awsKeyLine = /^\s*(aws_access_key_id|aws_secret_access_key|aws_session_token|role_arn|source_profile|credential_source|sso_start_url|sso_session|credential_process|region)\s*=/m;

/** Whether a text looks like an AWS credentials or config file: INI sections and an AWS setting. */
export function looksLikeAwsIni(text: string): boolean {
  return /^\s*\[[^\]\r\n]+\]\s*$/m.test(text) && awsKeyLine.test(text);
}

/**
 * The INI parser reads dots in section names as nesting (`[a.b]` is section b inside a); AWS profile
 * names may hold dots, so escape them in section headers before parsing, and drop what trails a header.
 */
function escapeSectionDots(text: string): string {
  return text.replace(sectionLine, (_line, name: string) => `[${name.replace(/\\/g, '\\\\').replace(/\./g, '\\.')}]`);
}

/** The profile a section defines: `[name]` in credentials, `[profile name]` in config; null for other sections. */
function profileName(section: string): string | null {
  const name = section.trim();
  if (/^(sso-session|services|plugins|preview)(\s|$)/.test(name)) return null;
  const prefixed = /^profile\s+(.+)$/.exec(name);
  return (prefixed?.[1] ?? name).trim();
}

const value = (record: Record<string, unknown>, key: string): string => {
  const raw = record[key];
  return typeof raw === 'string' ? raw.trim() : '';
};

function profileCandidate(profile: string, settings: Record<string, unknown>): Found | Skipped {
  const label = importStrings.labels.awsProfile(profile);
  if (value(settings, 'sso_start_url') || value(settings, 'sso_session') || value(settings, 'sso_account_id')) return { label, reason: t.sso };
  if (value(settings, 'aws_session_token')) return { label, reason: t.sessionToken };
  const accessKey = value(settings, 'aws_access_key_id');
  const secretKey = value(settings, 'aws_secret_access_key');
  const roleArn = value(settings, 'role_arn');
  const nameHint = `aws-${profile}`;
  if (accessKey !== '' && secretKey !== '') {
    return {
      label,
      nameHint,
      detail: accessKey,
      target: { kind: 'form', provider: 'aws', keys: { mode: 'keys', accessKey, secretKey, assumeRoleArn: roleArn } },
    };
  }
  if (accessKey !== '' || secretKey !== '') return { label, reason: t.incompleteKeys };
  if (roleArn !== '') {
    return { label, nameHint, detail: roleArn, target: { kind: 'form', provider: 'aws', keys: { mode: 'role', assumeRoleArn: roleArn } } };
  }
  if (value(settings, 'credential_process')) return { label, reason: t.credentialProcess };
  return { label, reason: t.nothing };
}

/**
 * AWS `credentials` and `config` files: a profile with keys becomes AWS keys, one with only
 * `role_arn` AWS role mode (the External ID is made on save). Temporary keys, SSO and programs are skipped.
 */
export const parseAwsIni = guarded((text) => {
  if (!looksLikeAwsIni(text)) return malformed('aws', 'no [profile] section with AWS settings');
  let sections: Record<string, unknown>;
  try {
    sections = parseIni(escapeSectionDots(text));
  } catch {
    return malformed('aws', 'the INI text cannot be read');
  }
  const found: Found[] = [];
  const skipped: Skipped[] = [];
  for (const [section, settings] of Object.entries(sections)) {
    // Settings before the first section are not part of any profile.
    if (!isRecord(settings)) continue;
    const profile = profileName(section);
    if (profile === null || profile === '') continue;
    const result = profileCandidate(profile, settings);
    if ('reason' in result) skipped.push(result);
    else found.push(result);
  }
  return { ok: true, format: 'aws', found, skipped };
});
