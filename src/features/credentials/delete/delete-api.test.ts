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

  it('rethrows a 409 whose body is not a conflict list', async () => {
    answerWith(Response.json({ message: 'Credentials in use' }, { status: 409 }));
    const failure = deleteCredentials('c1', { workspaceId: undefined, checked: true });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 409, message: 'Credentials in use' });
  });
});
