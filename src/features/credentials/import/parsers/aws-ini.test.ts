import { describe, expect, it } from 'vitest';
import { parseAwsIni } from './aws-ini';
import { binaryText, hugeOf, samples } from './test-inputs';

const ok = (text: string) => {
  const result = parseAwsIni(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.message}`);
  return result;
};

describe('parseAwsIni', () => {
  it('reads a keys profile and a role profile, and skips temporary keys', () => {
    const result = ok(samples.awsCredentials);
    expect(result.found.map((f) => [f.label, f.nameHint, f.detail, f.target])).toEqual([
      [
        'Profile batch-keys',
        'aws-batch-keys',
        'AKIAIMPORTFIXTURE001',
        { kind: 'form', provider: 'aws', keys: { mode: 'keys', accessKey: 'AKIAIMPORTFIXTURE001', secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYIMPORTFIXTURE', assumeRoleArn: '' } },
      ],
      [
        'Profile pipelines-role',
        'aws-pipelines-role',
        'arn:aws:iam::123456789012:role/import-fixture-pipelines',
        { kind: 'form', provider: 'aws', keys: { mode: 'role', assumeRoleArn: 'arn:aws:iam::123456789012:role/import-fixture-pipelines' } },
      ],
    ]);
    expect(result.skipped).toEqual([{ label: 'Profile temporary', reason: expect.stringMatching(/session_token/) as string }]);
  });

  it('reads [profile x] sections of a config file, names with dots, CRLF and both comment styles', () => {
    const text = [
      '# config',
      '[default]',
      'region = eu-west-1',
      '[profile dev.eu] ; trailing comment',
      'aws_access_key_id=AKIAABCDEFGHIJKLMNOP',
      'aws_secret_access_key = abcdefghijklmnopqrstuvwxyz0123456789ABCD',
      '; a comment',
      '[profile sso-user]',
      'sso_session = corp',
      'sso_account_id = 123456789012',
      '[sso-session corp]',
      'sso_start_url = https://corp.awsapps.com/start',
      '[profile tool]',
      'credential_process = /usr/bin/tool',
    ].join('\r\n');
    const result = ok(text);
    expect(result.found.map((f) => f.label)).toEqual(['Profile dev.eu']);
    expect(result.found[0]?.target).toMatchObject({ keys: { accessKey: 'AKIAABCDEFGHIJKLMNOP', secretKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD' } });
    expect(Object.fromEntries(result.skipped.map((s) => [s.label, s.reason]))).toEqual({
      'Profile default': expect.stringMatching(/no keys/i) as string,
      'Profile sso-user': expect.stringMatching(/SSO/) as string,
      'Profile tool': expect.stringMatching(/credential_process/) as string,
    });
  });

  it('skips a profile with half a key pair', () => {
    expect(ok('[x]\naws_access_key_id = AKIAABCDEFGHIJKLMNOP\n').skipped[0]?.reason).toMatch(/only one/);
  });

  it('refuses malformed, empty, huge and binary input', () => {
    expect(parseAwsIni('just some words\nno sections')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseAwsIni('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseAwsIni(hugeOf('[default]\naws_access_key_id = AKIAABCDEFGHIJKLMNOP\n', '# padding line\n'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseAwsIni(binaryText)).toMatchObject({ ok: false, problem: 'binary' });
  });
});
