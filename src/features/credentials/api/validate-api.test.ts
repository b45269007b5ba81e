import { afterEach, describe, expect, it, vi } from 'vitest';
import { outcomeOf, validateCredentials } from './validate-api';

function answerWith(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json(body)),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('validateCredentials', () => {
  // A real Seqera sends null for unset fields; the embedded API leaves them out.
  it.each([
    ['null', { status: 'INVALID', message: null, transientError: null }],
    ['absent', { status: 'INVALID' }],
  ])('reads %s message and transientError as "no message, not transient"', async (_label, body) => {
    answerWith(body);
    const response = await validateCredentials('c1', { workspaceId: 201, force: false });
    expect(response).toEqual({ status: 'INVALID', message: undefined, transientError: false });
    expect(outcomeOf(response)).toBe('invalid');
  });

  it('keeps a transient failure apart from a rejection', async () => {
    answerWith({ status: 'INVALID', message: 'provider unreachable', transientError: true });
    const response = await validateCredentials('c1', { workspaceId: undefined, force: false });
    expect(outcomeOf(response)).toBe('transient');
    expect(response.message).toBe('provider unreachable');
  });
});
