import { gradeFor, type GradeBands } from '@thirdline/shared/vendor-performance/grades';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../platform/errors/problem';
import type { PerformanceContext } from '../context';
import { requirePerformancePermission } from '../vendor-performance.policy';
import { lockCampaign, updateCampaignRow, type CampaignRow } from './campaigns.repository';
import { setVendorGrades, submittedMeans } from './sheets.repository';

/**
 * Closes a campaign: every vendor with at least one submitted sheet gets its score (the mean of the submitted
 * sheets' weighted totals) and grade (the campaign's bands) fixed; pending sheets stay unscored. Audited with the
 * grade counts.
 */
export async function closeCampaign(c: PerformanceContext, id: string, version: number): Promise<CampaignRow> {
  requirePerformancePermission(c.actor, 're-evaluations:manage');
  return c.db.transaction(async (tx) => {
    const before = await lockCampaign(tx, id);
    if (!before) throw notFound('No such re-evaluation campaign.');
    if (before.version !== version) throw versionConflict();
    if (before.status !== 'open') {
      throw conflict('The campaign is closed already.', 'illegal_transition', {
        from: before.status,
        to: 'closed',
        allowedNext: [],
      });
    }
    const bands = before.bands as GradeBands;
    const counts: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
    const grades = [...(await submittedMeans(tx, id))].map(([vendorId, score]) => {
      const grade = gradeFor(score, bands);
      counts[grade] = (counts[grade] ?? 0) + 1;
      return { vendorId, score, grade };
    });
    await setVendorGrades(tx, id, grades);
    const after = await updateCampaignRow(tx, id, {
      status: 'closed',
      closedAt: c.audit.at,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 're-evaluation-campaign.close',
      recordType: 're-evaluation-campaign',
      recordId: id,
      before,
      after,
      details: { grades: counts },
    });
    return after;
  });
}
