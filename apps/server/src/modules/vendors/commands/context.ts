import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import type { VendorActor } from '../vendors.policy';

/** What every vendor command is given. `today` is the organisation's date (its time zone) at `audit.at`. */
export interface VendorCommandContext {
  db: Db;
  actor: VendorActor;
  audit: AuditContext;
  today: string;
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
