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
import { badRequest, conflict, notFound, versionConflict, type FieldError } from '../../../platform/errors/problem';
import { activeUsersWithDepartments } from '../../org';
import { vendorNames } from '../../vendors';
import {
  evaluationVendorsOf,
  insertEvaluation,
  lockEvaluation,
  replaceEvaluationVendors,
  updateEvaluationRow,
  type EvaluationRow,
} from '../evaluations.repository';
import { requireManage } from '../evaluations.policy';
import { templateVersionFor } from '../templates/template-versions';
import type { EvaluationCommandContext } from './context';

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

/** A new evaluation in draft on a template version (the current one unless given); its criteria are copied in. */
export async function createEvaluation(
  c: EvaluationCommandContext,
  input: CreateEvaluationRequest,
): Promise<EvaluationRow> {
  const errors: FieldError[] = [];
  const template = await templateVersionFor(c.db, input.templateId, input.templateVersion);
  if (!template) errors.push({ path: 'templateId', message: 'No such evaluation template version.' });
  await checkVendors(c, input.vendors, errors);
  await checkChair(c, input.chairId, errors);
  if (template && input.outlierThreshold !== undefined && input.outlierThreshold > scaleBounds(template.scale).max) {
    errors.push({ path: 'outlierThreshold', message: 'Must not exceed the full marks of the scale.' });
  }
  if (errors.length > 0 || !template) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

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
    const before = await lockEvaluation(tx, id);
    if (!before) throw notFound('No such evaluation.');
    requireManage(c.actor, before);
    if (before.version !== input.version) throw versionConflict();
    if (before.status !== 'draft') {
      throw conflict('Only a draft evaluation can be changed.', 'evaluation_not_draft', { status: before.status });
    }
    if (input.outlierThreshold !== undefined && input.outlierThreshold > scaleBounds(before.scale as '1-5').max) {
      throw badRequest('Some fields are not valid.', [
        { path: 'outlierThreshold', message: 'Must not exceed the full marks of the scale.' },
      ]);
    }
    const vendorsBefore = await evaluationVendorsOf(tx, id);
    if (input.vendors) await replaceEvaluationVendors(tx, id, vendorRows(input.vendors));
    const after = await updateEvaluationRow(tx, id, {
      title: input.title ?? before.title,
      description: input.description === undefined ? before.description : input.description || null,
      chairId: input.chairId ?? before.chairId,
      minPanelDepartments: input.minPanelDepartments ?? before.minPanelDepartments,
      outlierThreshold: input.outlierThreshold ?? before.outlierThreshold,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'evaluation.update',
      recordType: 'evaluation',
      recordId: id,
      before: { ...before, vendors: vendorsBefore.map((v) => ({ vendorId: v.vendorId, price: v.price })) },
      after: {
        ...after,
        vendors: input.vendors ?? vendorsBefore.map((v) => ({ vendorId: v.vendorId, price: v.price })),
      },
    });
    return after;
  });
}
