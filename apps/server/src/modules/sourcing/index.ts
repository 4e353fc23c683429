// The sourcing module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { workflowEvents } from '../../platform/workflow';
import { registerSourcingCandidateRoutes } from './candidates.routes';
import { onProcurementOutcome, onProcurementStep } from './sourcing-outcome';
import { registerSourcingRoutes } from './sourcing.routes';
import { registerSourcingSpecRoutes } from './spec.routes';

export { sourcingRecordReaders } from './record-readers';
export { awardSourcingRequest, type AwardInput } from './commands/award-sourcing-request';
export { candidateVendorIds } from './candidates.repository';
export { sourcingRequestForEvaluation, type SourcingRequestForEvaluation } from './evaluation-link';

/** Needs and sourcing (R2): requests and their approval, requirements, scope, candidates and proposals. */
export function registerSourcingModule(app: FastifyInstance, ctx: AppContext) {
  registerSourcingRoutes(app, ctx);
  registerSourcingSpecRoutes(app, ctx);
  registerSourcingCandidateRoutes(app, ctx);
  workflowEvents.onOutcome('sourcing-request', onProcurementOutcome);
  workflowEvents.onStep('sourcing-request', onProcurementStep);
}
export { seedDemoSourcing } from './seed/demo-sourcing';
