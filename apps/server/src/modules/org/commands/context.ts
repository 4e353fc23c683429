import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import type { OrgActor } from '../org.policy';

/** What every org command is given: the database, who acts, and the audit context (whose `at` is "now"). */
export interface OrgCommandContext {
  db: Db;
  actor: OrgActor;
  audit: AuditContext;
}
