import type { CreateVendorActionRequest } from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import { uuidv7 } from 'uuidv7';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, unprocessable, type FieldError } from '../../../platform/errors/problem';
import { startApproval } from '../../../platform/workflow';
import { vendorSummaries } from '../../vendors';
import { findCampaign } from '../campaigns/campaigns.repository';
import type { PerformanceContext } from '../context';
import { requirePerformancePermission } from '../vendor-performance.policy';
import { insertVendorAction, type VendorActionRow } from './vendor-actions.repository';

export const VENDOR_ACTION_FLOW = 'vendor-action';

const KIND_ZH: Record<string, string> = {
  commendation: '表彰',
  'more-business': '增加合作',
  rectification: '整改要求',
  'fee-deduction': '扣减费用',
  suspension: '暂停合作',
  'termination-recommendation': '建议终止合作',
};

/**
 * Raises a reward or penalty on a vendor (R4.5) and sends it to the director through the `vendor-action` flow.
 * A terminated vendor takes no action; only an approved vendor can be suspended (422 either way).
 */
export async function createVendorAction(
  c: PerformanceContext,
  input: CreateVendorActionRequest,
): Promise<VendorActionRow> {
  requirePerformancePermission(c.actor, 'vendor-actions:write');
  const errors: FieldError[] = [];
  const vendor = (await vendorSummaries(c.db, [input.vendorId])).get(input.vendorId);
  if (!vendor) errors.push({ path: 'vendorId', message: 'No such vendor.' });
  if (input.deadline && input.deadline < c.today)
    errors.push({ path: 'deadline', message: 'Must not be in the past.' });
  if (input.campaignId && !(await findCampaign(c.db, input.campaignId))) {
    errors.push({ path: 'campaignId', message: 'No such re-evaluation campaign.' });
  }
  if (errors.length > 0 || !vendor) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
  if (vendor.status === 'terminated') {
    throw unprocessable('A terminated vendor takes no further action.', 'vendor_terminated', {
      vendorStatus: vendor.status,
    });
  }
  if (input.kind === 'suspension' && vendor.status !== 'approved') {
    throw unprocessable('Only an approved vendor can be suspended.', 'vendor_not_suspendable', {
      vendorStatus: vendor.status,
    });
  }

  const now = c.audit.at;
  return c.db.transaction(async (tx) => {
    const id = uuidv7();
    const reference = await nextReference(tx, 'VA', Number(c.today.slice(0, 4)));
    const { approvalId } = await startApproval(tx, c.audit, {
      flowCode: VENDOR_ACTION_FLOW,
      recordType: 'vendor-action',
      recordId: id,
      title: `供应商奖惩：${reference} ${KIND_ZH[input.kind] ?? input.kind} · ${vendor.name}`,
      link: `/vendor-actions/${id}`,
      submitterId: c.actor.userId,
      departmentId: c.actor.departmentId,
      context: {
        amount: input.amount ? Number(input.amount) : 0,
        category: input.kind,
        department: c.actor.departmentId,
      },
      comment: input.reason,
    });
    const row = await insertVendorAction(tx, {
      id,
      reference,
      vendorId: vendor.id,
      kind: input.kind,
      reason: input.reason,
      deadline: input.deadline ?? null,
      amount: input.amount ?? null,
      currency: input.currency ?? 'CNY',
      campaignId: input.campaignId ?? null,
      grade: input.grade ?? null,
      departmentId: c.actor.departmentId,
      status: 'in-approval',
      approvalId,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'vendor-action.create',
      recordType: 'vendor-action',
      recordId: id,
      after: row,
    });
    return row;
  });
}
