import { expect } from 'vitest';
import type { TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { insertNotifications } from './notifications.repository';

const FIRST_PASSWORD = 'First-Passw0rd-1';
const PASSWORD = 'Member-Passw0rd-2';

/** Creates a user through the API and signs them in (password changed, as the first sign-in requires). */
export async function createMember(
  t: TestApp,
  admin: TestSession,
  user: { username: string; displayName: string; email?: string; locale?: 'zh-CN' | 'en-US' },
): Promise<TestSession> {
  const res = await admin.post('/api/v1/users', { ...user, roles: ['specialist'], password: FIRST_PASSWORD });
  expect(res.statusCode, res.body).toBe(201);
  const first = await signIn(t.app, user.username, FIRST_PASSWORD);
  const changed = await first.post('/api/v1/me/password', { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD });
  expect(changed.statusCode, changed.body).toBe(204);
  return signInMember(t, user.username);
}

/** Signs a user made by `createMember` in again (sessions end when a test moves the clock far ahead). */
export function signInMember(t: TestApp, username: string): Promise<TestSession> {
  return signIn(t.app, username, PASSWORD);
}

/** `n` notifications of a kind for a user, written the way every caller writes them. */
export function notify(t: TestApp, recipientId: string, kind: string, n = 1, label = '通知'): Promise<void> {
  return t.db.transaction((tx) =>
    insertNotifications(
      tx,
      Array.from({ length: n }, (_, i) => ({
        recipientId,
        kind,
        title: { zh: `${label} ${i + 1}`, en: `Notice ${i + 1}` },
        link: `/vendors/${i + 1}`,
      })),
      t.clock.now(),
    ),
  );
}
