import { importStrings } from '../strings';
import type { ParseResult } from '../model';
import { looksLikeAwsIni, parseAwsIni } from './aws-ini';
import { isDockerConfig, parseDockerJson } from './docker-config';
import { looksLikeGitCredentials, parseGitCredentials } from './git-credentials';
import { isGoogleJson, parseGoogleJsonValue } from './google-json';
import { guarded, parseJson } from './guard';
import { looksLikeKubeconfig, parseKubeconfig } from './kubeconfig';
import { looksLikeSshKey, parseSshKey } from './ssh-key';

const t = importStrings.problems;

/**
 * Reads a file or pasted text by what it contains, never by its name: JSON (Docker config or
 * Google credentials), a private key block, git-credentials URLs, a kubeconfig, an AWS INI file.
 */
export const recognise = guarded((text, source): ParseResult => {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (!parsed.ok) return { ok: false, problem: 'malformed', message: t.malformed('JSON file', parsed.problem) };
    if (isDockerConfig(parsed.value)) return parseDockerJson(parsed.value);
    if (isGoogleJson(parsed.value)) return parseGoogleJsonValue(parsed.value, trimmed);
    return { ok: false, problem: 'unrecognised', message: t.unrecognised };
  }
  if (looksLikeSshKey(text)) return parseSshKey(text, source);
  if (looksLikeGitCredentials(text)) return parseGitCredentials(text, source);
  if (looksLikeKubeconfig(text)) return parseKubeconfig(text, source);
  if (looksLikeAwsIni(text)) return parseAwsIni(text, source);
  return { ok: false, problem: 'unrecognised', message: t.unrecognised };
});
