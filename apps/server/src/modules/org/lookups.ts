import { DEFAULT_EMERGENCY_REPORT_HOURS } from '@thirdline/shared/emergency/emergency.schemas';
import type { Role } from '@thirdline/shared/rbac/permissions';
import { and, arrayContains, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { findDepartmentById } from './departments.repository';
import { findOrgSettings } from './org-settings.repository';
import { departments, users } from './org.table';
import { findUserById } from './users.repository';

/** Narrow read-only look-ups other modules need (through index.ts): does a record exist, what is the time zone. */

export async function activeUserExists(db: Executor, id: string): Promise<boolean> {
  return (await findUserById(db, id))?.active === true;
}

export async function departmentExists(db: Executor, id: string): Promise<boolean> {
  return !!(await findDepartmentById(db, id));
}

/** The organisation's time zone (it decides what "today" is); `fallback` until settings exist. */
export async function organisationTimeZone(db: Executor, fallback: string): Promise<string> {
  return (await findOrgSettings(db))?.timeZone ?? fallback;
}

/** Display names of these users (deactivated ones included: they still authored records). */
export async function userDisplayNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Names of these departments, for other modules' presenters. */
export async function departmentNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(inArray(departments.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The id of a department by its name (the first one when several share it), e.g. for demo data. */
export async function departmentIdByName(db: Executor, name: string): Promise<string | null> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name)).limit(1);
  return row?.id ?? null;
}

/** Active users holding a role, e.g. every director who must see overdue emergency reports. */
export async function activeUserIdsWithRole(db: Executor, role: Role): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), arrayContains(users.roles, [role])));
  return rows.map((r) => r.id);
}

/** Hours a project manager has to file the written report after an emergency action (R1.3). */
export async function emergencyReportHours(db: Executor): Promise<number> {
  return (await findOrgSettings(db))?.emergencyReportHours ?? DEFAULT_EMERGENCY_REPORT_HOURS;
}

/** The active head of each of these departments (one query; departments without an active head are left out). */
export async function departmentHeadIds(db: Executor, departmentIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(departmentIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ departmentId: departments.id, headId: users.id })
    .from(departments)
    .innerJoin(users, eq(users.id, departments.headUserId))
    .where(and(inArray(departments.id, unique), eq(users.active, true)));
  return new Map(rows.map((r) => [r.departmentId, r.headId]));
}

/** Active users among these ids with their department and roles (e.g. who may sit on an evaluation panel). */
export async function activeUsersWithDepartments(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { displayName: string; departmentId: string | null; roles: Role[] }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, departmentId: users.departmentId, roles: users.roles })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.id, unique)));
  return new Map(
    rows.map((r) => [r.id, { displayName: r.displayName, departmentId: r.departmentId, roles: r.roles as Role[] }]),
  );
}
