import { describe, expect, it } from 'vitest';
import { nameBase, uniqueNames, type NameAnswer } from './names';

describe('nameBase', () => {
  it('turns hosts, profiles and e-mails into names the form accepts', () => {
    expect(nameBase('docker.io')).toBe('docker-io');
    expect(nameBase('aws-dev.eu')).toBe('aws-dev-eu');
    expect(nameBase('  --weird::name__ ')).toBe('weird-name');
    expect(nameBase('!!!')).toBe('imported');
    expect(nameBase('x'.repeat(300))).toHaveLength(96);
  });
});

describe('uniqueNames', () => {
  it('suffixes -2, -3… against the workspace (through the check) and within the batch', async () => {
    const existing = new Set(['docker-io', 'docker-io-2', 'aws-default']);
    const asked: string[] = [];
    const check = (name: string): Promise<NameAnswer> => {
      asked.push(name);
      return Promise.resolve(existing.has(name) ? 'taken' : 'free');
    };
    const names = await uniqueNames(['docker.io', 'docker.io', 'aws-default', 'ghcr.io'], check);
    expect(names).toEqual(['docker-io-3', 'docker-io-4', 'aws-default-2', 'ghcr-io']);
    // A name an earlier row took is never asked about again.
    expect(asked.filter((name) => name === 'docker-io-3')).toHaveLength(1);
  });

  it('keeps the name when the check cannot answer, and avoids reserved names', async () => {
    expect(await uniqueNames(['a'], () => Promise.resolve('unknown'))).toEqual(['a']);
    expect(await uniqueNames(['a'], () => Promise.resolve('free'), ['A'])).toEqual(['a-2']);
  });
});
