import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { UserExportQuery } from '@thirdline/shared/org/org.schemas';
import type { Executor } from '../../db/client';
import type { AuthUser, AuthUserStore } from '../../platform/auth/user-store';
import { containsPattern } from '../../db/like-pattern';
import { selectPage, sortTerms } from '../../db/list-page';
import { departments, users } from './org.table';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type UserView = UserRow & { departmentName: string | null };

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

/** The row, locked until the transaction ends. */
export async function lockUser(tx: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function insertUser(tx: Executor, values: NewUserRow): Promise<UserRow | undefined> {
  const [row] = await tx.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateUserRow(tx: Executor, id: string, set: Partial<NewUserRow>): Promise<UserRow> {
  const [row] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
  if (!row) throw new Error('user update returned nothing');
  return row;
}

function viewQuery(db: Executor) {
  return db
    .select({ user: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId));
}

const toView = (r: { user: UserRow; departmentName: string | null }): UserView => ({
  ...r.user,
  departmentName: r.departmentName,
});

export async function findUserView(db: Executor, id: string): Promise<UserView | undefined> {
  const [row] = await viewQuery(db).where(eq(users.id, id));
  return row ? toView(row) : undefined;
}

function filtersOf(query: UserExportQuery): SQL | undefined {
  const pattern = query.q ? containsPattern(query.q) : undefined;
  return and(
    pattern
      ? or(ilike(users.username, pattern), ilike(users.displayName, pattern), ilike(users.email, pattern))
      : undefined,
    query.departmentId ? eq(users.departmentId, query.departmentId) : undefined,
    query.role ? sql`${query.role} = any(${users.roles})` : undefined,
    query.active === undefined ? undefined : eq(users.active, query.active),
  );
}

const SORT_COLUMNS = { username: users.username, displayName: users.displayName, createdAt: users.createdAt };

/** Ties break on the (time-ordered) id in the same direction, so the order is total and stable across pages. */
const orderOf = (sort: string | undefined) =>
  sortTerms(sort, SORT_COLUMNS, { fallback: 'username', tieBreaker: users.id });

export async function listUserViews(
  db: Executor,
  query: UserExportQuery,
  limit: number,
  offset = 0,
): Promise<{ rows: UserView[]; total: number }> {
  const where = filtersOf(query);
  const page = await selectPage(
    db,
    viewQuery(db)
      .where(where)
      .orderBy(...orderOf(query.sort))
      .$dynamic(),
    { table: users, where },
    { limit, offset },
  );
  return { rows: page.rows.map(toView), total: page.total };
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
