import { and, asc, eq, ilike, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DepartmentExportQuery } from '@thirdline/shared/org/org.schemas';
import { queryRows, type Executor } from '../../db/client';
import { containsPattern } from '../../db/like-pattern';
import { selectPage, sortTerms } from '../../db/list-page';
import { recordRows } from '../../db/record-rows';
import { departments, users } from './org.table';

export type DepartmentRow = typeof departments.$inferSelect;
export type NewDepartmentRow = typeof departments.$inferInsert;
export type DepartmentView = DepartmentRow & { parentName: string | null; headUserName: string | null };

/** Held for the rest of a transaction that moves or names departments, so two moves never form a cycle. */
const HIERARCHY_LOCK_KEY = 4_711_101;

const parent = alias(departments, 'parent');
const head = alias(users, 'head');

function viewQuery(db: Executor) {
  return db
    .select({ department: departments, parentName: parent.name, headUserName: head.displayName })
    .from(departments)
    .leftJoin(parent, eq(parent.id, departments.parentId))
    .leftJoin(head, eq(head.id, departments.headUserId));
}

type ViewRow = { department: DepartmentRow; parentName: string | null; headUserName: string | null };
const toView = (r: ViewRow): DepartmentView => ({
  ...r.department,
  parentName: r.parentName,
  headUserName: r.headUserName,
});

export async function findDepartmentView(db: Executor, id: string): Promise<DepartmentView | undefined> {
  const [row] = await viewQuery(db).where(eq(departments.id, id));
  return row ? toView(row) : undefined;
}

const rows = recordRows(departments, 'department');

export const findDepartmentById = rows.find;

/** The row, locked until the transaction ends. */
export const lockDepartment = rows.lock;

export async function lockDepartmentHierarchy(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${HIERARCHY_LOCK_KEY})`);
}

export const insertDepartment = rows.insert;

export const updateDepartmentRow = rows.update;

/** Ids of `id` and all its ancestors up to the root (bounded, so a corrupt cycle cannot loop forever). */
export async function ancestorIds(db: Executor, id: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with recursive chain(id, parent_id, depth) as (
      select id, parent_id, 0 from departments where id = ${id}
      union all
      select d.id, d.parent_id, c.depth + 1 from departments d join chain c on d.id = c.parent_id where c.depth < 1000
    )
    select id from chain`,
  );
  return rows.map((r) => r.id);
}

/** Another department with this name (case-insensitive) under the same parent. */
export async function findSibling(
  db: Executor,
  parentId: string | null,
  name: string,
  excludeId?: string,
): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .select()
    .from(departments)
    .where(
      and(
        parentId ? eq(departments.parentId, parentId) : isNull(departments.parentId),
        sql`lower(${departments.name}) = ${name.toLowerCase()}`,
        excludeId ? ne(departments.id, excludeId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

function filtersOf(query: DepartmentExportQuery): SQL | undefined {
  return and(
    query.q ? ilike(departments.name, containsPattern(query.q)) : undefined,
    query.active === undefined ? undefined : eq(departments.active, query.active),
    query.parentId ? eq(departments.parentId, query.parentId) : undefined,
  );
}

/** Ties break on the (time-ordered) id in the same direction, so the order is total and stable across pages. */
const orderOf = (sort: string | undefined) =>
  sortTerms(
    sort,
    { name: departments.name, createdAt: departments.createdAt },
    { fallback: 'name', tieBreaker: departments.id },
  );

export async function listDepartmentViews(
  db: Executor,
  query: DepartmentExportQuery,
  limit: number,
  offset = 0,
): Promise<{ rows: DepartmentView[]; total: number }> {
  const where = filtersOf(query);
  const page = await selectPage(
    db,
    viewQuery(db)
      .where(where)
      .orderBy(...orderOf(query.sort))
      .$dynamic(),
    { table: departments, where },
    { limit, offset },
  );
  return { rows: page.rows.map(toView), total: page.total };
}

export async function allDepartmentViews(db: Executor): Promise<DepartmentView[]> {
  const rows = await viewQuery(db).orderBy(asc(departments.name), asc(departments.id));
  return rows.map(toView);
}
