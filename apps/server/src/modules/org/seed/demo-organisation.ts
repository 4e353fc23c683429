import type { Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Clock } from '../../../platform/calendar/clock';
import { createDepartment } from '../commands/create-department';
import type { OrgCommandContext } from '../commands/context';
import { createUser } from '../commands/create-user';
import { updateDepartment } from '../commands/update-department';
import { updateOrgSettings } from '../commands/update-org-settings';
import { findDepartmentById, findSibling } from '../departments.repository';
import { findOrgSettings } from '../org-settings.repository';
import { SYSTEM_ACTOR } from '../org.policy';
import { findUserByUsername } from '../users.repository';
import { DEMO_DEPARTMENTS, DEMO_ORG_NAME, DEMO_USERS, type DemoUser } from './demo-data';

/** The one password of every demo user (demo data only; never used for real accounts). */
export const DEMO_PASSWORD = 'Demo-Passw0rd!';

export interface DemoSeedResult {
  departmentsCreated: number;
  usersCreated: number;
  headsAssigned: number;
  organisationRenamed: boolean;
  /** False when everything was already there: nothing was written. */
  changed: boolean;
  users: readonly DemoUser[];
}

/** The organisation name bootstrap gives a fresh installation; the demo renames only that. */
const DEFAULT_ORG_NAME = 'Thirdline';

/**
 * Loads the demo company through the same commands the API uses (so every change is audited).
 * Idempotent: what already exists (by department name under its parent, by username) is left alone.
 */
export async function seedDemoOrganisation(db: Db, clock: Clock): Promise<DemoSeedResult> {
  const c: OrgCommandContext = { db, actor: SYSTEM_ACTOR, audit: systemAuditContext(clock, 'seed-demo') };
  const result = { departmentsCreated: 0, usersCreated: 0, headsAssigned: 0, organisationRenamed: false };

  const departmentIds = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) {
    const parentId = d.parent ? (departmentIds.get(d.parent) ?? null) : null;
    const existing = await findSibling(db, parentId, d.name);
    if (existing) {
      departmentIds.set(d.key, existing.id);
      continue;
    }
    const created = await createDepartment(c, { name: d.name, parentId });
    departmentIds.set(d.key, created.id);
    result.departmentsCreated++;
  }

  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const existing = await findUserByUsername(db, u.username);
    if (existing) {
      userIds.set(u.username, existing.id);
      continue;
    }
    const { user } = await createUser(c, {
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      phone: u.phone,
      departmentId: u.department ? (departmentIds.get(u.department) ?? null) : null,
      roles: [u.role],
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      locale: 'zh-CN',
    });
    userIds.set(u.username, user.id);
    result.usersCreated++;
  }

  for (const d of DEMO_DEPARTMENTS) {
    const id = departmentIds.get(d.key) as string;
    const headUserId = d.head ? userIds.get(d.head) : undefined;
    const department = await findDepartmentById(db, id);
    if (!department || !headUserId || department.headUserId) continue;
    await updateDepartment(c, id, { version: department.version, headUserId });
    result.headsAssigned++;
  }

  const settings = await findOrgSettings(db);
  if (settings?.name === DEFAULT_ORG_NAME) {
    await updateOrgSettings(c, { version: settings.version, name: DEMO_ORG_NAME });
    result.organisationRenamed = true;
  }

  const changed =
    result.departmentsCreated + result.usersCreated + result.headsAssigned > 0 || result.organisationRenamed;
  return { ...result, changed, users: DEMO_USERS };
}
