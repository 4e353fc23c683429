import type { Role } from '@thirdline/shared/rbac/permissions';
import type { TestApp } from './test-app';
import { signIn, type TestSession } from './test-session';

export const USER_PASSWORD = 'Correct-Horse-42';

/** Creates a user through the API (as `admin`) who need not change the password, and signs them in. */
export async function createSignedInUser(
  t: TestApp,
  admin: TestSession,
  username: string,
  roles: Role[],
  extra: Record<string, unknown> = {},
): Promise<{ id: string; session: TestSession }> {
  const res = await admin.post('/api/v1/users', {
    username,
    displayName: username,
    roles,
    password: USER_PASSWORD,
    mustChangePassword: false,
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`creating ${username} failed: ${res.statusCode} ${res.body}`);
  const id = (res.json() as { id: string }).id;
  return { id, session: await signIn(t.app, username, USER_PASSWORD) };
}
