import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import type { OrgActor } from '../org.policy';

/** What every org command is given: the database, who acts, and the audit context (whose `at` is "now"). */
export interface OrgCommandContext {
  db: Db;
  actor: OrgActor;
  audit: AuditContext;
}

/** Postgres unique-violation, whichever driver raised it (directly or as the cause of a wrapped error). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
