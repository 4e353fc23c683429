import type { Role } from '@thirdline/shared/rbac/permissions';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../db/client';
import { users } from '../modules/org/org.table';
import { hashPassword } from '../platform/auth/passwords';

export const TEST_USER_PASSWORD = 'User-Test-Passw0rd';

let cachedHash: Promise<string> | undefined;

/**
 * Inserts a ready-to-sign-in user straight into the table, for platform tests that must not depend on the org
 * routes. Product code creates users through the org commands. Returns the id.
 */
export async function createTestUser(
  db: Executor,
  username: string,
  roles: Role[],
  options: { active?: boolean; departmentId?: string | null } = {},
): Promise<string> {
  cachedHash ??= hashPassword(TEST_USER_PASSWORD);
  const now = new Date('2026-03-01T00:00:00Z');
  const id = uuidv7();
  await db.insert(users).values({
    id,
    username,
    displayName: username,
    roles,
    active: options.active ?? true,
    departmentId: options.departmentId ?? null,
    passwordHash: await cachedHash,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export async function setTestUserRoles(db: Executor, id: string, roles: Role[]): Promise<void> {
  await db.update(users).set({ roles }).where(eq(users.id, id));
}
