import type { Executor } from '../../db/client';
import { findDepartmentById } from './departments.repository';
import { findOrgSettings } from './org-settings.repository';
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
