// The evaluations module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { workflowEvents } from '../../platform/workflow';
import { awardSourcingRequest } from '../sourcing';
import { evaluationEvents } from './evaluation-events';
import { applyRecommendationOutcome } from './evaluation-outcome';
import { registerEvaluationRoutes } from './evaluations.routes';
import { registerReportRoutes } from './report/report.routes';
import { registerSheetRoutes } from './sheets.routes';
import { registerTemplateRoutes } from './templates/templates.routes';

export { evaluationRecordReaders } from './record-readers';
export { seedEvaluationTemplates } from './templates/seed-templates';
export { seedDemoEvaluation } from './seed/demo-evaluation';
export { templateVersionFor, type TemplateVersion } from './templates/template-versions';
export type { StoredCriterion } from './templates/templates.table';
export { evaluationEvents, type RecommendationApproved, type RecommendationApprovedHandler } from './evaluation-events';

/** Weighted panel evaluations of vendors (R4.1–R4.3, R10.2): templates, panels, score sheets, results, report. */
export function registerEvaluationsModule(app: FastifyInstance, ctx: AppContext) {
  registerTemplateRoutes(app, ctx);
  registerEvaluationRoutes(app, ctx);
  registerSheetRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  workflowEvents.onOutcome('evaluation', applyRecommendationOutcome);
  // An approved recommendation awards the evaluation's sourcing request to the recommended vendor (R4.3).
  evaluationEvents.onRecommendationApproved('sourcing-award', async (tx, audit, event) => {
    if (!event.sourcingRequestId) return;
    await awardSourcingRequest(tx, audit, {
      sourcingRequestId: event.sourcingRequestId,
      vendorId: event.vendorId,
      evaluationId: event.evaluationId,
    });
  });
}
