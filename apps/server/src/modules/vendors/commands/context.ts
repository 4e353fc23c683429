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
