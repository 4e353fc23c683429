import type {
  Campaign,
  CampaignCriterion,
  CampaignSelection,
  Sheet,
} from '@thirdline/shared/vendor-performance/campaigns.schemas';
import {
  gradeFor,
  suggestedActionsFor,
  type Grade,
  type GradeBands,
  type Scale,
} from '@thirdline/shared/vendor-performance/grades';
import type { Executor } from '../../../db/client';
import { userDisplayNames } from '../../org';
import { campaignPermissions, sheetPermissions, type PerformanceActor } from '../vendor-performance.policy';
import { campaignProgress, campaignsScoredBy, type CampaignRow, type CampaignVendorRow } from './campaigns.repository';
import type { SheetRow } from './sheets.repository';

const NO_ONE = '00000000-0000-0000-0000-000000000000';

/** Campaigns as the API shows them, with progress (sheets submitted / total) and the caller's permissions. */
export async function presentCampaigns(
  db: Executor,
  actor: PerformanceActor,
  rows: CampaignRow[],
  today: string,
): Promise<Campaign[]> {
  const ids = rows.map((r) => r.id);
  const [progress, scoring, people] = await Promise.all([
    campaignProgress(db, ids),
    actor.userId ? campaignsScoredBy(db, ids, actor.userId) : Promise.resolve(new Set<string>()),
    userDisplayNames(
      db,
      rows.flatMap((r) => [...r.evaluatorIds, r.createdBy]).filter((id): id is string => id !== null),
    ),
  ]);
  const person = (id: string | null) => ({ id: id ?? NO_ONE, displayName: (id && people.get(id)) || '—' });
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    name: r.name,
    year: r.year,
    status: r.status as Campaign['status'],
    selection: r.selection as CampaignSelection,
    template: { id: r.templateId, name: r.templateName, version: r.templateVersion },
    scale: r.scale as Scale,
    criteria: r.criteria as CampaignCriterion[],
    bands: r.bands as GradeBands,
    evaluators: r.evaluatorIds.map(person),
    dueDate: r.dueDate,
    overdue: r.status === 'open' && r.dueDate < today,
    progress: progress.get(r.id) ?? { vendors: 0, sheetsSubmitted: 0, sheetsTotal: 0 },
    closedAt: r.closedAt ? r.closedAt.toISOString() : null,
    createdBy: person(r.createdBy),
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    permissions: campaignPermissions(actor, r, scoring.has(r.id)),
  }));
}

/** A vendor's row in the progress view: counts, score (live until closed), grade and the actions it suggests. */
export function presentCampaignVendor(
  r: { row: CampaignVendorRow; sheetsTotal: number; sheetsSubmitted: number; liveScore: string | null },
  bands: GradeBands,
) {
  const score = r.liveScore === null ? null : Number(r.liveScore);
  const grade = (r.row.grade as Grade | null) ?? (score === null ? null : gradeFor(score, bands));
  return {
    vendor: { id: r.row.vendorId, name: r.row.vendorName, reference: r.row.vendorReference, tier: r.row.vendorTier },
    sheetsSubmitted: Number(r.sheetsSubmitted),
    sheetsTotal: Number(r.sheetsTotal),
    score,
    grade,
    suggestedActions: suggestedActionsFor(grade),
  };
}

export async function presentSheets(
  db: Executor,
  actor: PerformanceActor,
  campaign: CampaignRow,
  rows: { sheet: SheetRow; vendorName: string }[],
): Promise<Sheet[]> {
  const people = await userDisplayNames(
    db,
    rows.map((r) => r.sheet.evaluatorId),
  );
  return rows.map(({ sheet: s, vendorName }) => ({
    id: s.id,
    campaignId: s.campaignId,
    vendor: { id: s.vendorId, name: vendorName },
    evaluator: { id: s.evaluatorId, displayName: people.get(s.evaluatorId) ?? '—' },
    status: s.status as Sheet['status'],
    scores: s.scores as Record<string, number>,
    comments: s.comments as Record<string, string>,
    total: s.total === null ? null : Number(s.total),
    submittedAt: s.submittedAt ? s.submittedAt.toISOString() : null,
    version: s.version,
    permissions: sheetPermissions(actor, s, campaign.status === 'open'),
  }));
}
