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
 * Steps of a running approval that do not end it: a decider `returned` it to the submitter for changes (it waits
 * for a resubmission or a withdrawal), or it was `resubmitted` and resumes at the stage that returned it.
 */
export type ApprovalStep = 'returned' | 'resubmitted';

export interface StepEvent {
  approvalId: string;
  recordId: string;
  step: ApprovalStep;
  /** The decider's reason (returned) or the submitter's note (resubmitted). */
  comment: string | null;
}

export type StepHandler = (tx: Executor, ctx: AuditContext, event: StepEvent) => Promise<void>;

/**
 * How modules react to an approval's final outcome, and (if they care) to its returned / resubmitted steps, in the
 * transaction of the deciding action (a failing handler rolls it back). One handler per record type and kind:
 * registering again replaces it (every app instance in a process registers the same module code). Steps go only to
 * modules that registered `onStep`, so an outcome handler never sees `returned`.
 */
class WorkflowEvents {
  private readonly handlers = new Map<string, OutcomeHandler>();
  private readonly stepHandlers = new Map<string, StepHandler>();

  onOutcome(recordType: string, handler: OutcomeHandler): void {
    this.handlers.set(recordType, handler);
  }

  onStep(recordType: string, handler: StepHandler): void {
    this.stepHandlers.set(recordType, handler);
  }

  async emitOutcome(tx: Executor, ctx: AuditContext, recordType: string, event: OutcomeEvent): Promise<void> {
    await this.handlers.get(recordType)?.(tx, ctx, event);
  }

  async emitStep(tx: Executor, ctx: AuditContext, recordType: string, event: StepEvent): Promise<void> {
    await this.stepHandlers.get(recordType)?.(tx, ctx, event);
  }
}

export const workflowEvents = new WorkflowEvents();
