import type { Role } from '@thirdline/shared/rbac/permissions';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client';
import { users } from '../modules/org/org.table';
import { hashPassword } from '../platform/auth/passwords';

export const TEST_USER_PASSWORD = 'User-Test-Passw0rd';

/** Inserts a user directly (for platform tests that must not depend on the org routes). Returns the id. */
export async function createTestUser(
  db: Db,
  username: string,
  roles: Role[],
  options: { active?: boolean; departmentId?: string | null } = {},
): Promise<string> {
  const now = new Date('2026-03-01T00:00:00Z');
  const id = uuidv7();
  await db.insert(users).values({
    id,
    username,
    displayName: username,
    roles,
    active: options.active ?? true,
    departmentId: options.departmentId ?? null,
    passwordHash: await hashPassword(TEST_USER_PASSWORD),
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export async function setTestUserRoles(db: Db, id: string, roles: Role[]): Promise<void> {
  await db.update(users).set({ roles }).where(eq(users.id, id));
}
