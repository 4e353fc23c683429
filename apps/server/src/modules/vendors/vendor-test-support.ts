import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import type { Role } from '@thirdline/shared/rbac/permissions';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents } from '../../platform/audit/audit.table';
import type { TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';

/** A valid USCC from a 17-character body (the check character computed). */
export function uscc(body17: string): string {
  return `${body17}${usccCheckCharacter(body17) as string}`;
}

let serial = 0;
/** A fresh valid USCC each call. */
export function nextUscc(): string {
  serial += 1;
  return uscc(`9131000060${String(serial).padStart(7, '0')}`);
}

export async function createVendorVia(session: TestSession, body: Record<string, unknown> = {}) {
  const res = await session.post('/api/v1/vendors', {
    name: '测试科技有限公司',
    uscc: nextUscc(),
    type: 'software',
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`creating a vendor failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; reference: string; version: number; status: string; [k: string]: unknown };
}

/** The field paths of a 400 problem, without the request part (`body.uscc` → `uscc`). */
export function fieldPaths(problem: { errors?: { path: string }[] }): string[] {
  return (problem.errors ?? []).map((e) => e.path.replace(/^(body|querystring|params)\./, ''));
}

const PASSWORD = 'Correct-Horse-42';

/** Creates a user through the API (as `admin`) and signs them in. */
export async function createSignedInUser(t: TestApp, admin: TestSession, username: string, roles: Role[]) {
  const res = await admin.post('/api/v1/users', {
    username,
    displayName: username,
    roles,
    password: PASSWORD,
    mustChangePassword: false,
  });
  if (res.statusCode !== 201) throw new Error(`creating ${username} failed: ${res.statusCode} ${res.body}`);
  const id = (res.json() as { id: string }).id;
  return { id, session: await signIn(t.app, username, PASSWORD) };
}

export async function auditEventsOf(db: Db, recordType: string, recordId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, recordType), eq(auditEvents.recordId, recordId)))
    .orderBy(auditEvents.seq);
}
