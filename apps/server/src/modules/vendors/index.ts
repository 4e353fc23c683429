// The vendors module's public surface: the only file other modules (and app wiring) may import.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { workflowEvents } from '../../platform/workflow';
import { onVendorApprovalOutcome } from './vendor-approval-outcome';
import { dueDiligenceExpiryKind, qualificationExpiryKind } from './vendor-reminders';
import { registerVendorImportRoutes } from './import/vendor-imports.routes';
import { registerVendorListRoutes } from './lists/vendor-lists.routes';
import { registerVendorRecordRoutes } from './vendor-records.routes';
import { registerVendorRoutes } from './vendors.routes';

export { vendorRecordReaders } from './record-readers';
export { findVendorById, vendorNames, vendorStates } from './vendors.repository';
export { unmetApprovalConditions, type UnmetCondition } from './commands/approval-gate';
export { suspendVendorFromAction } from './vendor-suspension';
export { approvedVendorsMatching, vendorSummaries, type VendorSummary } from './vendor-selection';

/** The vendor registry (R3): vendors, the records around them, lifecycle and approval gate. */
export function registerVendorsModule(app: FastifyInstance, ctx: AppContext) {
  registerVendorRoutes(app, ctx);
  registerVendorRecordRoutes(app, ctx);
  registerVendorListRoutes(app, ctx);
  // Loaded with the app (`ready()`); its own scope keeps multipart parsing to the import routes.
  void app.register(async (scope) => registerVendorImportRoutes(scope, ctx));
  ctx.dueItems?.register(qualificationExpiryKind);
  ctx.dueItems?.register(dueDiligenceExpiryKind);
  workflowEvents.onOutcome('vendor', onVendorApprovalOutcome);
}
export { demoVendorIds, seedDemoVendors } from './seed/demo-vendors';
export { seedVendorLists } from './lists/seed-vendor-lists';
export { listVendors as listVendorRows } from './vendors.repository';
