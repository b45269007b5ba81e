import { describe, expect, it } from 'vitest';
import { isPemCertificate, isPemPrivateKey } from '../../form/pem';
import { parseKubeconfig } from './kubeconfig';
import { binaryText, hugeOf, samples } from './test-inputs';

const ok = (text: string) => {
  const result = parseKubeconfig(text);
  if (!result.ok) throw new Error(`expected a parse, got ${result.message}`);
  return result;
};

describe('parseKubeconfig', () => {
  it('reads a token user and a certificate user (base64 data → PEM), through YAML anchors and merge keys', () => {
    const result = ok(samples.kubeconfig);
    expect(result.found.map((f) => [f.label, f.detail])).toEqual([
      ['User ci-runner', 'ci-runner @ lab-cluster'],
      // Its context takes the cluster from an anchor through a merge key.
      ['User cluster-admin', 'cluster-admin @ lab-cluster'],
    ]);
    expect(result.found[0]?.target).toEqual({ kind: 'form', provider: 'k8s', keys: { mode: 'token', token: 'fixture-kube-token-not-real-0000' } });
    const keys = result.found[1]?.target.kind === 'form' ? result.found[1].target.keys : {};
    expect(keys.mode).toBe('certificate');
    expect(isPemCertificate(String(keys.certificate))).toBe(true);
    expect(isPemPrivateKey(String(keys.privateKey))).toBe(true);
  });

  it('skips exec, auth-provider, file-path and basic-auth users with reasons', () => {
    const text = `apiVersion: v1
kind: Config
users:
  - name: eks
    user:
      exec: {command: aws, args: [eks, get-token]}
  - name: gke
    user:
      auth-provider: {name: gcp}
  - name: files
    user:
      client-certificate: /home/me/.kube/cert.pem
      client-key: /home/me/.kube/key.pem
  - name: basic
    user: {username: a, password: b}
`;
    const result = ok(text);
    expect(result.found).toEqual([]);
    expect(result.skipped.map((s) => [s.label, s.reason])).toEqual([
      ['User eks', expect.stringMatching(/program/) as string],
      ['User gke', expect.stringMatching(/auth provider/) as string],
      ['User files', expect.stringMatching(/files on disk/) as string],
      ['User basic', expect.stringMatching(/user name and password/) as string],
    ]);
  });

  it('shares one token between users through an anchor, with CRLF line ends', () => {
    const text = 'apiVersion: v1\r\nusers:\r\n  - name: a\r\n    user: &u\r\n      token: shared-token\r\n  - name: b\r\n    user: *u\r\n';
    expect(ok(text).found.map((f) => f.target)).toEqual([
      { kind: 'form', provider: 'k8s', keys: { mode: 'token', token: 'shared-token' } },
      { kind: 'form', provider: 'k8s', keys: { mode: 'token', token: 'shared-token' } },
    ]);
  });

  it('refuses an alias bomb, malformed YAML and a YAML file without users', () => {
    const bomb = ['apiVersion: v1', 'a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i] ?? 'a'}`).join(', ')}]`), 'users: []'].join('\n');
    expect(parseKubeconfig(bomb)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseKubeconfig('users: [\n  - name: x\n  user: {')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseKubeconfig('apiVersion: v1\nkind: Config\n')).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('refuses empty, huge and binary input', () => {
    expect(parseKubeconfig('\n\n')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseKubeconfig(hugeOf('apiVersion: v1\nusers: []\n', '# padding\n'))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseKubeconfig(binaryText)).toMatchObject({ ok: false, problem: 'binary' });
  });
});
