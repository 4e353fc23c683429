import type { Role } from '@thirdline/shared/rbac/permissions';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents } from '../../platform/audit/audit.table';
import { signIn, type TestSession } from '../../test/test-session';
import type { TestApp } from '../../test/test-app';

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

export async function auditEventsOf(db: Db, recordType: string, recordId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, recordType), eq(auditEvents.recordId, recordId)))
    .orderBy(auditEvents.seq);
}
