import type { Role } from '@thirdline/shared/rbac/permissions';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../db/client';
import { users } from '../modules/org/org.table';
import { hashPassword } from '../platform/auth/passwords';

export const TEST_USER_PASSWORD = 'Test-User-Passw0rd';

let cachedHash: Promise<string> | undefined;

/** Inserts a ready-to-sign-in user straight into the table (fixtures only; product code goes through commands). */
export async function insertTestUser(
  db: Executor,
  input: { username: string; roles: Role[]; departmentId?: string | null; displayName?: string },
): Promise<string> {
  cachedHash ??= hashPassword(TEST_USER_PASSWORD);
  const id = uuidv7();
  const now = new Date('2026-01-01T00:00:00Z');
  await db.insert(users).values({
    id,
    username: input.username,
    displayName: input.displayName ?? input.username,
    roles: input.roles,
    departmentId: input.departmentId ?? null,
    passwordHash: await cachedHash,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}
