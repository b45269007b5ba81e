import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { deleteCredentials } from './delete-api';

function answerWith(response: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('deleteCredentials', () => {
  it('turns a checked 409 into the blocking jobs; a job with no page (null or absent url) has no link', async () => {
    answerWith(
      Response.json(
        {
          conflicts: [
            { type: 'workflow', id: 'w1', name: 'with page', url: 'https://cloud.example.test/watch/w1' },
            { type: 'workflow', id: 'w2', name: 'null url', url: null },
            { type: 'workflow', id: 'w3', name: 'no url' },
          ],
        },
        { status: 409 },
      ),
    );
    const outcome = await deleteCredentials('c1', { workspaceId: 201, checked: true });
    expect(outcome).toEqual({
      kind: 'blocked',
      conflicts: [
        { type: 'workflow', id: 'w1', name: 'with page', url: 'https://cloud.example.test/watch/w1' },
        { type: 'workflow', id: 'w2', name: 'null url', url: undefined },
        { type: 'workflow', id: 'w3', name: 'no url', url: undefined },
      ],
    });
  });

  // Issue 10, A9: `conflicts` and every field of a conflict are optional in the document. A 409 is still
  // a blocked delete; partial entries keep what they have.
  it('reads a 409 without a conflict list, or with partial entries, as blocked', async () => {
    answerWith(Response.json({ message: 'Credentials in use' }, { status: 409 }));
    expect(await deleteCredentials('c1', { workspaceId: undefined, checked: true })).toEqual({ kind: 'blocked', conflicts: [] });

    answerWith(Response.json({ conflicts: [{}, { name: 'nightly' }, { id: 'w9', type: null }, 'odd'] }, { status: 409 }));
    const outcome = await deleteCredentials('c1', { workspaceId: undefined, checked: true });
    const none = { type: undefined, id: undefined, name: undefined, url: undefined };
    expect(outcome).toEqual({ kind: 'blocked', conflicts: [none, { ...none, name: 'nightly' }, { ...none, id: 'w9' }, none] });
  });

  it('rethrows a 409 whose body is not JSON at all', async () => {
    answerWith(new Response('"in use"', { status: 409, headers: { 'content-type': 'application/json' } }));
    const failure = deleteCredentials('c1', { workspaceId: undefined, checked: true });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 409 });
  });
});
