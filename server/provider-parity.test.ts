import { describe, expect, it } from 'vitest';
import { clientProviders, compareClientWithServer, serverProviders, type ClientProviders, type ServerProviders } from './provider-parity';

const client = clientProviders();
const server = serverProviders();

describe('the client and the embedded API know the same providers', () => {
  it('have the same ids, creatable ids and secret fields, and each form shows what its provider accepts', () => {
    expect(compareClientWithServer(client, server)).toEqual([]);
    // Not vacuous: 18 providers, 17 with a form, 10 secret field names.
    expect([client.ids.length, Object.keys(client.forms).length, client.secretFields.length]).toEqual([18, 17, 10]);
  });
});

describe('compareClientWithServer reports a provider or field missing on one side', () => {
  const doctoredClient = (change: (copy: ClientProviders) => void) => {
    const copy = structuredClone(client);
    change(copy);
    return compareClientWithServer(copy, server);
  };
  const doctoredServer = (change: (copy: ServerProviders) => void) => {
    const copy = structuredClone(server);
    change(copy);
    return compareClientWithServer(client, copy);
  };

  it('a provider the client lacks', () => {
    expect(
      doctoredClient((copy) => {
        copy.ids = copy.ids.filter((id) => id !== 's3');
      }),
    ).toEqual(['provider ids: s3 only in the server']);
  });

  it('a provider the server lacks', () => {
    expect(
      doctoredServer((copy) => {
        copy.ids = copy.ids.filter((id) => id !== 'github_app');
        copy.creatable = copy.creatable.filter((id) => id !== 'github_app');
      }),
    ).toEqual(['provider ids: github_app only in the client', 'creatable provider ids: github_app only in the client']);
  });

  it('a provider creatable on one side only', () => {
    expect(
      doctoredClient((copy) => {
        copy.creatable = [...copy.creatable, 'seqeracompute'];
      }),
    ).toEqual(['creatable provider ids: seqeracompute only in the client']);
  });

  it('a secret field the client does not hide', () => {
    expect(
      doctoredClient((copy) => {
        copy.secretFields = copy.secretFields.filter((field) => field !== 'webhookSecret');
      }),
    ).toEqual(['secret fields (all providers): webhookSecret only in the server']);
  });

  it('a form that shows a secret as plain text, a field the server refuses, or the wrong base-URL rule', () => {
    expect(
      doctoredClient((copy) => {
        const form = copy.forms.ssh;
        if (form === undefined) throw new Error('no ssh form');
        copy.forms.ssh = { ...form, fields: [...form.fields, 'passphrse'], secrets: ['privateKey'], baseUrl: 'optional' };
      }),
    ).toEqual([
      "ssh: the client's form shows passphrse, which the server does not accept",
      'ssh secret fields shown in the form: passphrase only in the server',
      'ssh: base URL is optional in the client, none on the server',
    ]);
  });
});
