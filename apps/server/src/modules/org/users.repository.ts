import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AuthUser, AuthUserStore } from '../../platform/auth/user-store';
import { users } from './org.table';

export type UserRow = typeof users.$inferSelect;

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  return row;
}

/** The org module's answer to what sign-in needs (decision 0003). */
export const orgUserStore: AuthUserStore = {
  findByUsername: (db, username) => findUserByUsername(db, username).then(toAuthUser),
  findById: (db, id) => findUserById(db, id).then(toAuthUser),
};

function toAuthUser(row: UserRow | undefined): AuthUser | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    departmentId: row.departmentId,
    roles: row.roles,
    active: row.active,
    locale: row.locale,
    passwordHash: row.passwordHash,
    mustChangePassword: row.mustChangePassword,
  };
}
