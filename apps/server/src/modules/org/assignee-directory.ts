import { and, arrayContains, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AssigneeDirectory, DirectoryPerson } from '../../platform/workflow/assignee-directory';
import { departments, users } from './org.table';

const columns = {
  id: users.id,
  displayName: users.displayName,
  active: users.active,
  roles: users.roles,
  departmentId: users.departmentId,
};

/** The org module's answer to "who approves": users by role and department, department heads. */
export const orgAssigneeDirectory: AssigneeDirectory = {
  async usersWithRole(db, role, departmentId) {
    const filters = [eq(users.active, true), arrayContains(users.roles, [role])];
    if (departmentId) filters.push(eq(users.departmentId, departmentId));
    return db
      .select(columns)
      .from(users)
      .where(and(...filters))
      .orderBy(asc(users.username));
  },
  async departmentHead(db, departmentId) {
    const [row] = await db
      .select(columns)
      .from(departments)
      .innerJoin(users, eq(users.id, departments.headUserId))
      .where(and(eq(departments.id, departmentId), eq(users.active, true)));
    return row;
  },
  async parentDepartment(db, departmentId) {
    const [row] = await db
      .select({ parentId: departments.parentId })
      .from(departments)
      .where(eq(departments.id, departmentId));
    return row?.parentId ?? null;
  },
  async people(db: Executor, ids) {
    const unique = [...new Set(ids)];
    const map = new Map<string, DirectoryPerson>();
    if (unique.length === 0) return map;
    for (const row of await db.select(columns).from(users).where(inArray(users.id, unique))) map.set(row.id, row);
    return map;
  },
};
