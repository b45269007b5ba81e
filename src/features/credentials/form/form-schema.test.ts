import { describe, expect, it } from 'vitest';
import { credentialFormSchema, type CredentialFormValues } from './form-schema';
import { keyFixtures } from './key-fixtures';
import { createContext, type SchemaContext } from './schema-kit';
import { allSamples, primarySamples } from './test-samples';

const editContext = (initialMode?: string): SchemaContext => ({ intent: 'edit', initialMode });

function errorsOf(values: CredentialFormValues, context: SchemaContext = createContext): Record<string, string> {
  const result = credentialFormSchema(context).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/** Shallow-merges `keys` so each case states only what it changes. */
function variant<V extends CredentialFormValues>(base: V, change: Partial<Omit<V, 'keys'>> & { keys?: Partial<V['keys']> }): V {
  return { ...base, ...change, keys: { ...base.keys, ...change.keys } };
}

describe('credential form schema', () => {
  it.each(allSamples.map((values) => [values.name, values] as const))('accepts the %s sample', (_name, values) => {
    // A Bitbucket app password is only kept by a credential stored with one (they were withdrawn).
    const legacy = values.provider === 'bitbucket' && values.keys.mode === 'password';
    expect(errorsOf(values, legacy ? editContext('password') : createContext)).toEqual({});
  });

  describe('name', () => {
    const base = primarySamples.ssh;
    it.each(['a', 'A-z_9', 'x'.repeat(100)])('accepts %j', (name) => {
      expect(errorsOf({ ...base, name })).toEqual({});
    });
    it.each([
      ['', /required/],
      ['has space', /letters, digits/],
      ['dot.name', /letters, digits/],
      ['x'.repeat(101), /letters, digits/],
    ])('rejects %j', (name, message) => {
      expect(errorsOf({ ...base, name }).name).toMatch(message);
    });
  });

  describe('AWS', () => {
    const keys = primarySamples.aws;
    const role = variant(keys, { keys: { mode: 'role', accessKey: '', secretKey: '' } });

    it.each(['AKIAIOSFODNN7EXAMPLE', 'ASIA1234567890ABCDEF', 'AIDA1234567890ABCDEFXY'])('accepts access key id %s', (accessKey) => {
      expect(errorsOf(variant(keys, { keys: { accessKey } }))).toEqual({});
    });
    it.each(['AKIA123', 'ABCD1234567890ABCDEF', 'akiaiosfodnn7example', 'AKIA IOSFODNN7EXAMPLE'])(
      'rejects access key id %s',
      (accessKey) => {
        expect(errorsOf(variant(keys, { keys: { accessKey } }))['keys.accessKey']).toMatch(/AKIA, ASIA or AIDA/);
      },
    );
    it('needs a secret access key of at least 40 characters', () => {
      expect(errorsOf(variant(keys, { keys: { secretKey: 'x'.repeat(39) } }))['keys.secretKey']).toMatch(/40/);
      expect(errorsOf(variant(keys, { keys: { secretKey: 'x'.repeat(40) } }))).toEqual({});
    });
    it('needs both keys in keys mode on create', () => {
      const errors = errorsOf(variant(keys, { keys: { accessKey: '', secretKey: '' } }));
      expect(errors['keys.accessKey']).toMatch(/required/);
      expect(errors['keys.secretKey']).toMatch(/required/);
    });
    it('keeps the stored secret when the edit leaves it blank', () => {
      expect(errorsOf(variant(keys, { keys: { secretKey: '' } }), editContext('keys'))).toEqual({});
    });
    it('needs a secret when an edit switches a role credential to keys', () => {
      expect(errorsOf(variant(keys, { keys: { secretKey: '' } }), editContext('role'))['keys.secretKey']).toMatch(/required/);
    });
    it.each([
      'arn:aws:iam::123456789012:role/pipelines',
      'arn:aws-cn:iam::123456789012:role/pipelines',
      'arn:aws-us-gov:iam::123456789012:role/path/to/role',
    ])('accepts role ARN %s', (assumeRoleArn) => {
      expect(errorsOf(variant(role, { keys: { assumeRoleArn } }))).toEqual({});
    });
    it.each([
      'arn:aws:iam::12345678901:role/short-account',
      'arn:aws:iam::123456789012:user/not-a-role',
      'arn:aws:s3:::bucket',
      'arn:aws:iam::123456789012:role/',
    ])('rejects role ARN %s', (assumeRoleArn) => {
      expect(errorsOf(variant(role, { keys: { assumeRoleArn } }))['keys.assumeRoleArn']).toMatch(/IAM role ARN/);
    });
    it('needs a role ARN in role mode', () => {
      expect(errorsOf(variant(role, { keys: { assumeRoleArn: '' } }))['keys.assumeRoleArn']).toMatch(/required/);
    });
    it('forbids access keys in role mode', () => {
      const errors = errorsOf(variant(role, { keys: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'x'.repeat(40) } }));
      expect(errors['keys.accessKey']).toMatch(/Role mode/);
      expect(errors['keys.secretKey']).toMatch(/Role mode/);
    });
    it('needs a role ARN to generate an External ID', () => {
      expect(errorsOf(variant(keys, { keys: { assumeRoleArn: '' } }))['keys.useExternalId']).toMatch(/role ARN/);
      expect(errorsOf(variant(keys, { keys: { assumeRoleArn: '', useExternalId: false } }))).toEqual({});
    });
  });

  describe('Google', () => {
    const key = primarySamples.google;
    const wif = variant(key, {
      keys: {
        mode: 'wif',
        data: '',
        serviceAccountEmail: 'runner@p.iam.gserviceaccount.com',
        workloadIdentityProvider: 'projects/1/locations/global/workloadIdentityPools/p/providers/q',
      },
    });
    it.each([
      ['{not json', /not valid JSON/],
      ['[1,2]', /not valid JSON/],
      [JSON.stringify({ type: 'authorized_user', project_id: 'p', private_key: 'k', client_email: 'e' }), /service_account/],
      [JSON.stringify({ type: 'service_account', project_id: 'p', private_key: 'k' }), /client_email/],
      [JSON.stringify({ type: 'service_account', project_id: '', private_key: 'k', client_email: 'e' }), /project_id/],
    ])('rejects key file %s', (data, message) => {
      expect(errorsOf(variant(key, { keys: { data } }))['keys.data']).toMatch(message);
    });
    it('accepts workload identity federation', () => {
      expect(errorsOf(wif)).toEqual({});
    });
    it.each([
      'projects/abc/locations/global/workloadIdentityPools/p/providers/q',
      'projects/1/locations/europe-west1/workloadIdentityPools/p/providers/q',
      'projects/1/locations/global/workloadIdentityPools/p',
      '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/q/extra',
    ])('rejects provider path %s', (workloadIdentityProvider) => {
      expect(errorsOf(variant(wif, { keys: { workloadIdentityProvider } }))['keys.workloadIdentityProvider']).toMatch(
        /projects\/<number>/,
      );
    });
    it.each(['runner@p.gserviceaccount.com', 'runner@example.com', 'no-at.iam.gserviceaccount.com'])(
      'rejects service-account e-mail %s',
      (serviceAccountEmail) => {
        expect(errorsOf(variant(wif, { keys: { serviceAccountEmail } }))['keys.serviceAccountEmail']).toMatch(
          /iam\.gserviceaccount\.com/,
        );
      },
    );
    it('needs a key file when an edit switches from federation to a key', () => {
      expect(errorsOf(variant(key, { keys: { data: '' } }), editContext('wif'))['keys.data']).toMatch(/required/);
      expect(errorsOf(variant(key, { keys: { data: '' } }), editContext('key'))).toEqual({});
    });
  });

  describe('Azure', () => {
    it.each(['tenantId', 'clientId'] as const)('needs a UUID as %s (Entra)', (field) => {
      const errors = errorsOf(variant(primarySamples.azure_entra, { keys: { [field]: 'not-a-uuid' } }));
      expect(errors[`keys.${field}`]).toMatch(/UUID/);
    });
    it.each(['tenantId', 'clientId', 'subscriptionId'] as const)('needs a UUID as %s (Cloud)', (field) => {
      const errors = errorsOf(variant(primarySamples['azure-cloud'], { keys: { [field]: '1234-5678' } }));
      expect(errors[`keys.${field}`]).toMatch(/UUID/);
    });
    it('needs both shared keys on create but not on edit', () => {
      const blank = variant(primarySamples.azure, { keys: { batchKey: '', storageKey: '' } });
      expect(Object.keys(errorsOf(blank))).toEqual(['keys.batchKey', 'keys.storageKey']);
      expect(errorsOf(blank, editContext())).toEqual({});
    });
  });

  describe('container registry', () => {
    const base = primarySamples['container-reg'];
    it.each([
      'docker.io',
      'registry.example.com:5000',
      'localhost:5000',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      'public.ecr.aws',
      'labregistry.azurecr.io',
      'europe-west4-docker.pkg.dev',
      '',
    ])('accepts registry host %j', (registry) => {
      expect(errorsOf(variant(base, { keys: { registry } }))).toEqual({});
    });
    it.each([
      ['https://quay.io', /Leave out http/],
      ['http://registry.local:5000', /Leave out http/],
      ['quay.io/organisation', /without a path/],
      ['docker.io/', /without a path/],
      ['bad host', /host name/],
      ['-leading.example.com', /host name/],
      ['registry.example.com:70000', /host name/],
    ])('rejects registry host %j', (registry, message) => {
      expect(errorsOf(variant(base, { keys: { registry } }))['keys.registry']).toMatch(message);
    });
  });

  describe('base URLs', () => {
    it.each(['https://github.example.com', 'http://git.internal', 'https://github.com/org/repo'])('accepts %s', (baseUrl) => {
      expect(errorsOf({ ...primarySamples.github, baseUrl })).toEqual({});
    });
    it.each(['github.com', 'ftp://git.example.com', 'https://', 'https://git example.com'])('rejects %s', (baseUrl) => {
      expect(errorsOf({ ...primarySamples.github, baseUrl }).baseUrl).toMatch(/absolute URL/);
    });
    it('rejects base URLs over 200 characters', () => {
      const baseUrl = `https://example.com/${'a'.repeat(181)}`;
      expect(errorsOf({ ...primarySamples.gitlab, baseUrl }).baseUrl).toMatch(/200/);
    });
    it('needs a base URL for Gitea and S3 but not for GitHub', () => {
      expect(errorsOf({ ...primarySamples.gitea, baseUrl: '' }).baseUrl).toMatch(/required/);
      expect(errorsOf({ ...primarySamples.s3, baseUrl: '' }).baseUrl).toMatch(/required/);
      expect(errorsOf({ ...primarySamples.github, baseUrl: '' })).toEqual({});
    });
    it('checks S3 endpoints like Git URLs', () => {
      expect(errorsOf({ ...primarySamples.s3, baseUrl: 'minio.example.com:9000' }).baseUrl).toMatch(/absolute URL/);
    });
  });

  describe('keys and certificates', () => {
    const ssh = primarySamples.ssh;
    it.each([
      ['OpenSSH', keyFixtures.opensshEd25519],
      ['PKCS#1 RSA', keyFixtures.rsaPkcs1],
      ['PKCS#8 RSA', keyFixtures.rsaPkcs8],
      ['PKCS#8 EC', keyFixtures.ecPkcs8],
    ])('accepts an SSH key in %s form', (_form, privateKey) => {
      expect(errorsOf(variant(ssh, { keys: { privateKey } }))).toEqual({});
    });
    it.each([
      ['random text', 'not a key'],
      ['a truncated key', keyFixtures.opensshEd25519.slice(0, 120)],
      ['a public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILoDs70JwATu6DbaH6SdGbGtNHD0DrUN9cvNvLpLA4t4 fixture'],
      ['a certificate', keyFixtures.certificate],
      ['an OpenSSH block with a wrong body', '-----BEGIN OPENSSH PRIVATE KEY-----\naGVsbG8gd29ybGQ=\n-----END OPENSSH PRIVATE KEY-----'],
    ])('rejects %s as an SSH key', (_what, privateKey) => {
      expect(errorsOf(variant(ssh, { keys: { privateKey } }))['keys.privateKey']).toMatch(/private key/);
    });
    it('needs a PEM key (not OpenSSH) for a GitHub App', () => {
      const errors = errorsOf(variant(primarySamples.github_app, { keys: { privateKey: keyFixtures.opensshEd25519 } }));
      expect(errors['keys.privateKey']).toMatch(/PEM private key/);
    });
    it('needs a PEM certificate and a PEM key for Kubernetes client certificates', () => {
      const errors = errorsOf(
        variant(primarySamples.k8s, { keys: { certificate: keyFixtures.rsaPkcs1, privateKey: 'garbage' } }),
      );
      expect(errors['keys.certificate']).toMatch(/certificate/);
      expect(errors['keys.privateKey']).toMatch(/PEM private key/);
    });
    it('needs a token in Kubernetes token mode', () => {
      const errors = errorsOf(variant(primarySamples.k8s, { keys: { mode: 'token', token: '' } }));
      expect(errors['keys.token']).toMatch(/required/);
    });
  });

  it('needs a UUID as Tower Agent connection id', () => {
    const errors = errorsOf(variant(primarySamples['tw-agent'], { keys: { connectionId: 'agent-1' } }));
    expect(errors['keys.connectionId']).toMatch(/UUID/);
  });

  it('takes a Bitbucket token or a password, not both', () => {
    const errors = errorsOf(variant(primarySamples.bitbucket, { keys: { password: 'also-a-password' } }));
    expect(errors['keys.password']).toMatch(/not both/);
  });

  describe('Bitbucket after app passwords were withdrawn', () => {
    const appPassword = variant(primarySamples.bitbucket, { keys: { mode: 'password', username: 'lab-bot', token: '', password: 'app-pw' } });

    it('refuses an app password for new credentials, and keeps one only on a credential stored with it', () => {
      expect(errorsOf(appPassword)['keys.password']).toMatch(/no longer accepts app passwords/);
      expect(errorsOf(appPassword, editContext('token'))['keys.password']).toMatch(/no longer accepts app passwords/);
      expect(errorsOf(variant(appPassword, { keys: { password: '' } }), editContext('password'))).toEqual({});
    });

    it('signs in an API token with the Atlassian account e-mail', () => {
      expect(errorsOf(variant(primarySamples.bitbucket, { keys: { username: 'lab-bot' } }))['keys.username']).toMatch(/Atlassian account e-mail/);
      expect(errorsOf(primarySamples.bitbucket)).toEqual({});
    });
  });

  it('reports every problem at once, not only the first field', () => {
    const errors = errorsOf(variant(primarySamples['container-reg'], { name: 'bad name', keys: { registry: 'https://x', userName: '' } }));
    expect(Object.keys(errors).sort()).toEqual(['keys.registry', 'keys.userName', 'name']);
  });
});
