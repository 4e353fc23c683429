import type { Db } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import type { EvaluationActor } from '../evaluations.policy';

/** What every evaluation command is given. */
export interface EvaluationCommandContext {
  db: Db;
  actor: EvaluationActor & { departmentId: string | null };
  audit: AuditContext;
  /** The organisation's date at `audit.at` (YYYY-MM-DD). */
  today: string;
}
