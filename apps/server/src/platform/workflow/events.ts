import type { Executor } from '../../db/client';
import type { AuditContext } from '../audit/audit';

export type ApprovalOutcome = 'approved' | 'rejected' | 'withdrawn';

export interface OutcomeEvent {
  approvalId: string;
  recordId: string;
  outcome: ApprovalOutcome;
}

export type OutcomeHandler = (tx: Executor, ctx: AuditContext, event: OutcomeEvent) => Promise<void>;

/**
 * How modules react to an approval's final outcome, in the transaction of the deciding decision (a failing handler
 * rolls the decision back). One handler per record type: registering again replaces it (every app instance in a
 * process registers the same module code).
 */
class WorkflowEvents {
  private readonly handlers = new Map<string, OutcomeHandler>();

  onOutcome(recordType: string, handler: OutcomeHandler): void {
    this.handlers.set(recordType, handler);
  }

  async emitOutcome(tx: Executor, ctx: AuditContext, recordType: string, event: OutcomeEvent): Promise<void> {
    await this.handlers.get(recordType)?.(tx, ctx, event);
  }
}

export const workflowEvents = new WorkflowEvents();
