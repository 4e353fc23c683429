// The vendor-performance module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { workflowEvents } from '../../platform/workflow';
import { rectificationDeadlineKind } from './actions/rectification-reminders';
import { onVendorActionOutcome } from './actions/vendor-action-outcome';
import { registerVendorActionRoutes } from './actions/vendor-actions.routes';
import { campaignDueKind } from './campaigns/campaign-reminders';
import { registerCampaignRoutes } from './campaigns/campaigns.routes';

export { vendorPerformanceRecordReaders } from './record-readers';
export { seedDemoCampaign } from './seed/demo-campaign';

/** Annual re-evaluation (R4.4) and rewards and penalties (R4.5). */
export function registerVendorPerformanceModule(app: FastifyInstance, ctx: AppContext) {
  registerVendorActionRoutes(app, ctx);
  registerCampaignRoutes(app, ctx);
  ctx.dueItems?.register(rectificationDeadlineKind);
  ctx.dueItems?.register(campaignDueKind);
  workflowEvents.onOutcome('vendor-action', onVendorActionOutcome);
}
