import type {
  CreateEvaluationRequest,
  UpdateEvaluationRequest,
} from '@thirdline/shared/evaluations/evaluations.schemas';
import { DEFAULT_MIN_PANEL_DEPARTMENTS } from '@thirdline/shared/evaluations/evaluations.schemas';
import { defaultOutlierThreshold } from '@thirdline/shared/evaluations/evaluation-results';
import { scaleBounds } from '@thirdline/shared/evaluations/scoring';
import { uuidv7 } from 'uuidv7';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, type FieldError } from '../../../platform/errors/problem';
import { activeUsersWithDepartments } from '../../org';
import { vendorNames } from '../../vendors';
import {
  evaluationVendorsOf,
  insertEvaluation,
  replaceEvaluationVendors,
  type EvaluationRow,
} from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import { templateVersionFor } from '../templates/template-versions';
import type { EvaluationCommandContext } from './context';
import { applyChange, lockForChange, requireDraft } from './evaluation-change';
import { linkedSourcingRequest, requireSourcingCandidates } from './sourcing-link';

type VendorInput = CreateEvaluationRequest['vendors'][number];

async function checkVendors(c: EvaluationCommandContext, vendors: readonly VendorInput[], errors: FieldError[]) {
  const known = await vendorNames(
    c.db,
    vendors.map((v) => v.vendorId),
  );
  const seen = new Set<string>();
  vendors.forEach((v, i) => {
    if (!known.has(v.vendorId)) errors.push({ path: `vendors.${i}.vendorId`, message: 'No such vendor.' });
    else if (seen.has(v.vendorId))
      errors.push({ path: `vendors.${i}.vendorId`, message: 'This vendor appears more than once.' });
    seen.add(v.vendorId);
  });
}

async function checkChair(c: EvaluationCommandContext, chairId: string | undefined, errors: FieldError[]) {
  if (chairId && !(await activeUsersWithDepartments(c.db, [chairId])).has(chairId)) {
    errors.push({ path: 'chairId', message: 'No such active user.' });
  }
}

const vendorRows = (vendors: readonly VendorInput[]) =>
  vendors.map((v) => ({ vendorId: v.vendorId, price: v.price ?? null, currency: v.currency ?? 'CNY' }));

/**
 * A new evaluation in draft on a template version (the current one unless given); its criteria are copied in.
 * Started from a sourcing request, it compares that request's candidates (see requireSourcingCandidates).
 */
export async function createEvaluation(
  c: EvaluationCommandContext,
  input: CreateEvaluationRequest,
): Promise<EvaluationRow> {
  const errors: FieldError[] = [];
  const template = await templateVersionFor(c.db, input.templateId, input.templateVersion);
  if (!template) errors.push({ path: 'templateId', message: 'No such evaluation template version.' });
  await checkVendors(c, input.vendors, errors);
  await checkChair(c, input.chairId, errors);
  const request = await linkedSourcingRequest(c.db, c, input.sourcingRequestId, errors);
  if (template && input.outlierThreshold !== undefined && input.outlierThreshold > scaleBounds(template.scale).max) {
    errors.push({ path: 'outlierThreshold', message: 'Must not exceed the full marks of the scale.' });
  }
  if (errors.length > 0 || !template) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
  if (request) {
    requireSourcingCandidates(
      request,
      input.vendors.map((v) => v.vendorId),
    );
  }

  const now = c.audit.at;
  return c.db.transaction(async (tx) => {
    const row = await insertEvaluation(tx, {
      id: uuidv7(),
      reference: await nextReference(tx, 'EV', Number(c.today.slice(0, 4))),
      title: input.title,
      description: input.description || null,
      status: 'draft',
      sourcingRequestId: input.sourcingRequestId ?? null,
      templateId: template.templateId,
      templateVersion: template.version,
      templateName: template.name,
      scale: template.scale,
      criteria: template.criteria,
      chairId: input.chairId ?? c.actor.userId,
      departmentId: c.actor.departmentId,
      minPanelDepartments: input.minPanelDepartments ?? DEFAULT_MIN_PANEL_DEPARTMENTS,
      outlierThreshold: input.outlierThreshold ?? defaultOutlierThreshold(template.scale),
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await replaceEvaluationVendors(tx, row.id, vendorRows(input.vendors));
    await recordAudit(tx, c.audit, {
      action: 'evaluation.create',
      recordType: 'evaluation',
      recordId: row.id,
      after: { ...row, vendors: input.vendors },
    });
    return row;
  });
}

/** Changes a draft's settings (title, vendors and prices, chair, panel minimum, outlier threshold). */
export async function updateEvaluation(
  c: EvaluationCommandContext,
  id: string,
  input: UpdateEvaluationRequest,
): Promise<EvaluationRow> {
  const errors: FieldError[] = [];
  if (input.vendors) await checkVendors(c, input.vendors, errors);
  await checkChair(c, input.chairId, errors);
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
  return c.db.transaction(async (tx) => {
    const before = await lockForChange(tx, id, input.version, (row) => requireManage(c.actor, row));
    requireDraft(before);
    if (input.vendors && before.sourcingRequestId) {
      const request = await linkedSourcingRequest(tx, c, before.sourcingRequestId, []);
      if (request) {
        requireSourcingCandidates(
          request,
          input.vendors.map((v) => v.vendorId),
          false,
        );
      }
    }
    if (input.outlierThreshold !== undefined && input.outlierThreshold > scaleBounds(before.scale as '1-5').max) {
      throw badRequest('Some fields are not valid.', [
        { path: 'outlierThreshold', message: 'Must not exceed the full marks of the scale.' },
      ]);
    }
    const vendorsBefore = await evaluationVendorsOf(tx, id);
    if (input.vendors) await replaceEvaluationVendors(tx, id, vendorRows(input.vendors));
    const set = {
      title: input.title ?? before.title,
      description: input.description === undefined ? before.description : input.description || null,
      chairId: input.chairId ?? before.chairId,
      minPanelDepartments: input.minPanelDepartments ?? before.minPanelDepartments,
      outlierThreshold: input.outlierThreshold ?? before.outlierThreshold,
    };
    const priced = vendorsBefore.map((v) => ({ vendorId: v.vendorId, price: v.price }));
    return applyChange(tx, c, before, 'evaluation.update', set, {
      before: { ...before, vendors: priced },
      after: { ...before, ...set, vendors: input.vendors ?? priced },
    });
  });
}
