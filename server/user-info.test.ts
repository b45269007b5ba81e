import { describe, expect, it } from 'vitest';
import { createTestApp, jsonPost, sessionCookie } from './test-support';
import { embeddedUpstream } from './upstream';
import { pickUser } from './user-info';

// Issue 10, A10: every field of Seqera's /user-info answer is optional, `user.id` and `user.userName` included.
// Sign-in answered 502 for such an answer; a 200 for the token means the token is good.
function appAnswering(body: unknown) {
  return createTestApp({ upstream: embeddedUpstream(async () => Response.json(body)), demoTokens: undefined }).app;
}

describe('sign-in with the /user-info answers the document allows', () => {
  it('signs in when the user has neither id nor userName, and the session keeps working', async () => {
    const app = appAnswering({ user: { email: 'ada@example.com' } });
    const response = await app.request('/auth/session', jsonPost({ token: 'a-good-token' }));
    expect(response.status).toBe(200);
    const user = { id: null, userName: null, email: 'ada@example.com', firstName: null, lastName: null };
    expect(await response.json()).toMatchObject({ user });
    const again = await app.request('/auth/session', { headers: { cookie: sessionCookie(response) } });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ user });
  });

  it('signs in on an answer without any user object (every field is optional)', async () => {
    const response = await appAnswering({ needConsent: false }).request('/auth/session', jsonPost({ token: 'a-good-token' }));
    expect(response.status).toBe(200);
  });

  it('still refuses an answer that is not a JSON object', async () => {
    expect(pickUser('<html>gateway</html>')).toBeUndefined();
    expect(pickUser([{ user: {} }])).toBeUndefined();
    const response = await appAnswering(['not', 'an', 'object']).request('/auth/session', jsonPost({ token: 'a-good-token' }));
    expect(response.status).toBe(502);
  });

  it('keeps the fields it shows and drops wrongly typed ones', () => {
    expect(pickUser({ user: { id: 7, userName: 'ada', email: 'a@x', firstName: 'Ada', lastName: 'L', avatar: 'x' } })).toEqual({
      id: 7,
      userName: 'ada',
      email: 'a@x',
      firstName: 'Ada',
      lastName: 'L',
    });
    expect(pickUser({ user: { id: '7', userName: 5 } })).toMatchObject({ id: null, userName: null, email: '' });
  });
});
