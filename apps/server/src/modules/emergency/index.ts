// The emergency module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { workflowEvents } from '../../platform/workflow';
import { applyReportOutcome } from './emergency-outcome';
import { emergencyReportDueKind, emergencyReportOverdueKind } from './emergency-reminders';
import { registerEmergencyRoutes } from './emergency.routes';

export { emergencyRecordReaders } from './record-readers';

/** Emergency act-first (R1.3): actions taken before approval, their written reports and the director's acknowledgement. */
export function registerEmergencyModule(app: FastifyInstance, ctx: AppContext) {
  registerEmergencyRoutes(app, ctx);
  ctx.dueItems?.register(emergencyReportDueKind);
  ctx.dueItems?.register(emergencyReportOverdueKind);
  workflowEvents.onOutcome('emergency-action', applyReportOutcome);
}
