import type { CampaignCriterion, SaveSheetRequest } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import { saveSheetSchema } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import { isOnScale } from '@thirdline/shared/evaluations/scoring';
import { weightedTotal, type Scale } from '@thirdline/shared/vendor-performance/grades';
import { recordAudit } from '../../../platform/audit/audit';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  unprocessable,
  versionConflict,
  type FieldError,
} from '../../../platform/errors/problem';
import type { PerformanceContext } from '../context';
import { canManageCampaigns } from '../vendor-performance.policy';
import { findCampaign } from './campaigns.repository';
import { lockSheet, updateSheetRow, type SheetRow } from './sheets.repository';

/**
 * The evaluator saves their scores on one vendor, and may submit them: a submitted sheet is locked and counts
 * towards the vendor's score. Scores must be criteria of the campaign and within the template's scale.
 */
export async function saveSheet(
  c: PerformanceContext,
  campaignId: string,
  sheetId: string,
  body: SaveSheetRequest,
): Promise<SheetRow> {
  const input = saveSheetSchema.parse(body);
  const campaign = await findCampaign(c.db, campaignId);
  if (!campaign) throw notFound('No such score sheet.');
  const criteria = campaign.criteria as CampaignCriterion[];
  const scale = campaign.scale as Scale;
  const keys = new Set(criteria.map((k) => k.id));
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(input.scores)) {
    if (!keys.has(key)) errors.push({ path: `scores.${key}`, message: 'Not a criterion of this campaign.' });
    else if (!isOnScale(scale, value))
      errors.push({ path: `scores.${key}`, message: 'Outside the scale of the template.' });
  }
  for (const key of Object.keys(input.comments)) {
    if (!keys.has(key)) errors.push({ path: `comments.${key}`, message: 'Not a criterion of this campaign.' });
  }

  return c.db.transaction(async (tx) => {
    const before = await lockSheet(tx, campaignId, sheetId);
    if (!before) throw notFound('No such score sheet.');
    if (before.evaluatorId !== c.actor.userId) {
      if (canManageCampaigns(c.actor)) throw forbidden('Only the evaluator may score this sheet.');
      throw notFound('No such score sheet.');
    }
    if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
    if (campaign.status !== 'open') throw conflict('The campaign is closed.', 'campaign_closed');
    if (before.status !== 'pending') throw conflict('The sheet has been submitted.', 'sheet_submitted');
    if (before.version !== input.version) throw versionConflict();
    const missing = criteria.filter((k) => input.scores[k.id] === undefined).map((k) => k.id);
    if (input.submit && missing.length > 0) {
      throw unprocessable('Every criterion needs a score before submitting.', 'criteria_unscored', { missing });
    }
    const after = await updateSheetRow(tx, before.id, {
      scores: input.scores,
      comments: input.comments,
      status: input.submit ? 'submitted' : 'pending',
      total: input.submit ? weightedTotal(criteria, input.scores, scale).toFixed(2) : null,
      submittedAt: input.submit ? c.audit.at : null,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: input.submit ? 're-evaluation-sheet.submit' : 're-evaluation-sheet.save',
      recordType: 're-evaluation-campaign',
      recordId: campaignId,
      before,
      after,
      details: { sheetId: before.id, vendorId: before.vendorId },
    });
    return after;
  });
}
