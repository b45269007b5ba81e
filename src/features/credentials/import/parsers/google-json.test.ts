import { describe, expect, it } from 'vitest';
import { googleKeyProblem } from '../../form/formats';
import { parseGoogleJson } from './google-json';
import { binaryText, hugeOf, samples } from './test-inputs';

const ok = (text: string) => {
  const result = parseGoogleJson(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.message}`);
  return result;
};

const externalAccount = (extra: Record<string, unknown>) =>
  JSON.stringify({
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/ci-pool/providers/github',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: 'https://sts.googleapis.com/v1/token',
    ...extra,
  });

describe('parseGoogleJson', () => {
  it('keeps a service account key as it is, named after the account', () => {
    const result = ok(samples.googleKey);
    expect(result.found).toHaveLength(1);
    const found = result.found[0];
    expect(found?.detail).toBe('pipelines@import-fixture.iam.gserviceaccount.com');
    expect(found?.nameHint).toBe('pipelines');
    const data = found?.target.kind === 'form' ? String(found.target.keys.data) : '';
    expect(googleKeyProblem(data)).toBeNull();
    expect(JSON.parse(data)).toEqual(JSON.parse(samples.googleKey));
  });

  it('maps an external account to workload identity federation', () => {
    const result = ok(
      externalAccount({
        service_account_impersonation_url: 'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/runner@proj.iam.gserviceaccount.com:generateAccessToken',
      }),
    );
    expect(result.found[0]?.target).toEqual({
      kind: 'form',
      provider: 'google',
      keys: {
        mode: 'wif',
        serviceAccountEmail: 'runner@proj.iam.gserviceaccount.com',
        workloadIdentityProvider: 'projects/123456/locations/global/workloadIdentityPools/ci-pool/providers/github',
      },
    });
  });

  it('skips an external account without impersonation and user credentials, with reasons', () => {
    expect(ok(externalAccount({})).skipped[0]?.reason).toMatch(/impersonate/);
    expect(ok(JSON.stringify({ type: 'authorized_user', client_id: 'x', refresh_token: 'y' })).skipped[0]?.reason).toMatch(/service account key/);
  });

  it('refuses malformed, unknown, empty, huge and binary input', () => {
    expect(parseGoogleJson('{"type": "service_account",')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseGoogleJson('{"type": "something_else"}')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseGoogleJson('{"type": "service_account", "private_key": "k"}')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseGoogleJson('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseGoogleJson(hugeOf('{"type":"service_account","client_email":"a@b.iam.gserviceaccount.com","x":"', 'a', '"}'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseGoogleJson(binaryText)).toMatchObject({ ok: false, problem: 'binary' });
  });
});
