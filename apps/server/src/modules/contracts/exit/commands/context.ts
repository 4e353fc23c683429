import type { Db } from '../../../../db/client';
import type { AuditContext } from '../../../../platform/audit/audit';
import type { Actor } from '../../../../platform/auth/actor';

/** What every exit command (variations, renewal, termination, handover, retention) is given. */
export interface ExitCommandContext {
  db: Db;
  actor: Actor;
  audit: AuditContext;
  /** The organisation's date at `audit.at`. */
  today: string;
}
