import type { Executor } from '../../db/client';
import type { AuditContext } from '../../platform/audit/audit';

export interface RecommendationApproved {
  evaluationId: string;
  /** The sourcing request the evaluation belongs to, if any (the sourcing module awards it). */
  sourcingRequestId: string | null;
  vendorId: string;
}

export type RecommendationApprovedHandler = (
  tx: Executor,
  ctx: AuditContext,
  event: RecommendationApproved,
) => Promise<void>;

/**
 * What other modules may react to, in the deciding transaction (a failing handler rolls the approval back). The
 * sourcing module's `awardSourcingRequest` is wired to `onRecommendationApproved` in app.ts. One handler per
 * registrant key: registering again replaces it (every app instance in a process registers the same code).
 */
class EvaluationEvents {
  private readonly approved = new Map<string, RecommendationApprovedHandler>();

  onRecommendationApproved(key: string, handler: RecommendationApprovedHandler): void {
    this.approved.set(key, handler);
  }

  async emitRecommendationApproved(tx: Executor, ctx: AuditContext, event: RecommendationApproved): Promise<void> {
    for (const handler of this.approved.values()) await handler(tx, ctx, event);
  }
}

export const evaluationEvents = new EvaluationEvents();
