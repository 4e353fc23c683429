import { isUuid } from '../../db/record-rows';
import type { RecordReader } from '../../platform/audit/record-readers';
import { findDepartmentById } from './departments.repository';
import { findOrgSettings, ORG_SETTINGS_ID } from './org-settings.repository';
import { canReadDepartments, canReadUser } from './org.policy';
import { findUserById } from './users.repository';

/**
 * Whether an actor may read a record of this module, for the audit history of that record
 * (platform/audit's record-reader registry; app.ts wires these in).
 */
export function orgRecordReaders(): Record<string, RecordReader> {
  return {
    user: async (db, actor, id) => isUuid(id) && canReadUser(actor, id) && !!(await findUserById(db, id)),
    department: async (db, actor, id) =>
      isUuid(id) && canReadDepartments(actor) && !!(await findDepartmentById(db, id)),
    // Every signed-in user sees the organisation settings, so also their history.
    'org-settings': async (db, _actor, id) => id === ORG_SETTINGS_ID && !!(await findOrgSettings(db)),
  };
}
