import type { RecordReader } from '../../platform/audit/record-readers';
import { campaignsScoredBy, findCampaign } from './campaigns/campaigns.repository';
import { findVendorAction } from './actions/vendor-actions.repository';
import { canReadCampaign, canReadVendorActions } from './vendor-performance.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may read the history of a vendor action or a campaign: whoever may read the record. */
export function vendorPerformanceRecordReaders(): Record<string, RecordReader> {
  return {
    'vendor-action': async (db, actor, id) =>
      UUID.test(id) && canReadVendorActions(actor) && !!(await findVendorAction(db, id)),
    're-evaluation-campaign': async (db, actor, id) => {
      if (!UUID.test(id) || !(await findCampaign(db, id))) return false;
      const isEvaluator = actor.userId !== null && (await campaignsScoredBy(db, [id], actor.userId)).has(id);
      return canReadCampaign(actor, isEvaluator);
    },
  };
}
