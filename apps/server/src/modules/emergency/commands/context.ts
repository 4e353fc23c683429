import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import type { EmergencyActor } from '../emergency.policy';

/** What every emergency-action command is given. */
export interface EmergencyCommandContext {
  db: Db;
  actor: EmergencyActor & { departmentId: string | null };
  audit: AuditContext;
  /** The organisation's date at `audit.at`. */
  today: string;
}
