import type { CreatableProviderId } from '../form/provider-ids';

/** The Git hosting providers a `~/.git-credentials` line can become. */
export const GIT_PROVIDERS = ['github', 'gitlab', 'bitbucket', 'gitea', 'azurerepos'] as const;
export type GitProviderId = (typeof GIT_PROVIDERS)[number];

/** A credential that fills one provider's form: keys named as that provider's form names them. */
export interface FormTarget {
  kind: 'form';
  provider: CreatableProviderId;
  baseUrl?: string;
  keys: Record<string, string | boolean>;
}

/** A Git host's user and secret; which provider it becomes is known from the host or asked. */
export interface GitTarget {
  kind: 'git';
  /** Null when the host is not one of the well-known ones: the user picks. */
  provider: GitProviderId | null;
  baseUrl: string;
  username: string;
  secret: string;
}

/** One importable credential a parser found. Only `target` holds secrets. */
export interface Found {
  /** What it is called in its file (profile, registry host, user), never a secret. */
  label: string;
  /** Raw text the suggested name is built from. */
  nameHint: string;
  /** The non-secret value that tells it apart (host, access key id, cluster user, fingerprint). */
  detail: string;
  target: FormTarget | GitTarget;
  /** An encrypted SSH key: the row asks for its passphrase. */
  needsPassphrase?: boolean;
}

/** Something a parser recognised but cannot import, with the reason. */
export interface Skipped {
  label: string;
  reason: string;
}

export type FileProblemKind = 'too-large' | 'binary' | 'empty' | 'malformed' | 'unrecognised';

export type ParseResult =
  | { ok: true; format: ImportFormat; found: Found[]; skipped: Skipped[] }
  | { ok: false; problem: FileProblemKind; message: string };

export type ImportFormat = 'docker' | 'aws' | 'kubeconfig' | 'google' | 'ssh' | 'git-credentials';
