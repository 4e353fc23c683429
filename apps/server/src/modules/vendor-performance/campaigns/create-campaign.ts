import type { CampaignSelection, CreateCampaignRequest } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import { createCampaignSchema } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import { DEFAULT_GRADE_BANDS } from '@thirdline/shared/vendor-performance/grades';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../../db/client';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, unprocessable, type FieldError } from '../../../platform/errors/problem';
import { activeUserExists } from '../../org';
import { approvedVendorsMatching, vendorSummaries, type VendorSummary } from '../../vendors';
import type { PerformanceContext } from '../context';
import { requirePerformancePermission } from '../vendor-performance.policy';
import { resolveCampaignTemplate } from './campaign-template';
import {
  insertCampaign,
  insertCampaignVendorsAndSheets,
  type CampaignRow,
  type NewSheet,
} from './campaigns.repository';

/** Hand-picked vendors may be approved or suspended (a suspended vendor is reviewed too); the others are filtered. */
const REVIEWABLE = new Set(['approved', 'suspended']);

async function selectedVendors(db: Executor, selection: CampaignSelection): Promise<VendorSummary[]> {
  if (selection.mode === 'all-approved') return approvedVendorsMatching(db, {});
  if (selection.mode === 'tier') return approvedVendorsMatching(db, { tiers: selection.tiers });
  if (selection.mode === 'category') return approvedVendorsMatching(db, { categories: selection.categories });
  const found = await vendorSummaries(db, selection.vendorIds);
  const errors: FieldError[] = selection.vendorIds.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `selection.vendorIds.${i}`, message: 'No such vendor.' }],
  );
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
  const vendors = [...found.values()];
  const ineligible = vendors.filter((v) => !REVIEWABLE.has(v.status));
  if (ineligible.length > 0) {
    throw unprocessable('Only approved or suspended vendors can be re-evaluated.', 'vendors_not_eligible', {
      vendors: ineligible.map((v) => ({ id: v.id, name: v.name, status: v.status })),
    });
  }
  return vendors.sort((a, b) => a.reference.localeCompare(b.reference));
}

/**
 * Starts a re-evaluation campaign (R4.4): copies the template's criteria and the grade bands in, and creates one
 * pending score sheet per vendor and evaluator (the vendor's relationship manager plus the chosen users).
 */
export async function createCampaign(c: PerformanceContext, body: CreateCampaignRequest): Promise<CampaignRow> {
  requirePerformancePermission(c.actor, 're-evaluations:manage');
  const input = createCampaignSchema.parse(body);
  const errors: FieldError[] = [];
  if (input.dueDate < c.today) errors.push({ path: 'dueDate', message: 'Must not be in the past.' });
  const template = await resolveCampaignTemplate(c.db, input.templateId);
  if (!template) errors.push({ path: 'templateId', message: 'No such evaluation template.' });
  const evaluatorIds = [...new Set(input.evaluatorIds)];
  for (const [i, id] of evaluatorIds.entries()) {
    if (!(await activeUserExists(c.db, id)))
      errors.push({ path: `evaluatorIds.${i}`, message: 'No such active user.' });
  }
  if (errors.length > 0 || !template) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

  const vendors = await selectedVendors(c.db, input.selection);
  if (vendors.length === 0) throw unprocessable('No vendor matches the selection.', 'no_vendors_selected');
  const evaluatorsOf = (v: VendorSummary) =>
    [...new Set([v.relationshipManagerId, ...evaluatorIds])].filter((id): id is string => id !== null);
  const unscored = vendors.filter((v) => evaluatorsOf(v).length === 0);
  if (unscored.length > 0) {
    throw unprocessable(
      'Some vendors have no relationship manager and no evaluator was chosen.',
      'vendors_without_evaluator',
      { vendors: unscored.slice(0, 50).map((v) => ({ id: v.id, name: v.name })), count: unscored.length },
    );
  }

  const now = c.audit.at;
  const stamp = { createdAt: now, createdBy: c.actor.userId, updatedAt: now, updatedBy: c.actor.userId };
  return c.db.transaction(async (tx) => {
    const campaign = await insertCampaign(tx, {
      id: uuidv7(),
      reference: await nextReference(tx, 'RE', Number(c.today.slice(0, 4))),
      name: input.name,
      year: input.year,
      status: 'open',
      selection: input.selection,
      templateId: template.id,
      templateName: template.name,
      templateVersion: template.version,
      scale: template.scale,
      criteria: template.criteria,
      bands: input.bands ?? DEFAULT_GRADE_BANDS,
      evaluatorIds,
      dueDate: input.dueDate,
      ...stamp,
    });
    const sheets: NewSheet[] = vendors.flatMap((v) =>
      evaluatorsOf(v).map((evaluatorId) => ({ id: uuidv7(), vendorId: v.id, evaluatorId })),
    );
    await insertCampaignVendorsAndSheets(
      tx,
      { id: campaign.id, at: now, by: c.actor.userId },
      vendors.map((v) => ({ id: uuidv7(), vendorId: v.id, name: v.name, reference: v.reference, tier: v.tier })),
      sheets,
    );
    await recordAudit(tx, c.audit, {
      action: 're-evaluation-campaign.create',
      recordType: 're-evaluation-campaign',
      recordId: campaign.id,
      after: campaign,
      details: { vendors: vendors.length, sheets: sheets.length },
    });
    return campaign;
  });
}
