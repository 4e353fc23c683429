import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import type { ContractActor } from '../contracts.policy';

/** What every contract command is given. `today` is the organisation's date (its time zone) at `audit.at`. */
export interface ContractCommandContext {
  db: Db;
  actor: ContractActor;
  audit: AuditContext;
  today: string;
}
