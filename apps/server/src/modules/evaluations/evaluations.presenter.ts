import type { Evaluation, PanelMember, ScoreSheet } from '@thirdline/shared/evaluations/evaluations.schemas';
import type { EvaluationScale } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type { Executor } from '../../db/client';
import { departmentNames, userDisplayNames } from '../org';
import { vendorNames } from '../vendors';
import { sheetsOfEvaluator, vendorsOfEvaluations, type EvaluationRow } from './evaluations.repository';
import { evaluationPermissions, isChair, type EvaluationActor } from './evaluations.policy';
import { conflictsOf, scoreCounts, scoresOf, sheetsOf, type SheetRow } from './sheets.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Evaluations as the API shows them; names, vendors and the caller's own sheet are looked up once per page. */
export async function presentEvaluations(
  db: Executor,
  actor: EvaluationActor,
  rows: EvaluationRow[],
): Promise<Evaluation[]> {
  const ids = rows.map((r) => r.id);
  const [vendorRows, mySheets] = await Promise.all([
    vendorsOfEvaluations(db, ids),
    sheetsOfEvaluator(db, ids, actor.userId),
  ]);
  const [vendors, people] = await Promise.all([
    vendorNames(
      db,
      vendorRows.map((v) => v.vendorId),
    ),
    userDisplayNames(
      db,
      rows.map((r) => r.chairId),
    ),
  ]);
  return rows.map((r) => {
    const mine = mySheets.find((s) => s.evaluationId === r.id);
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      description: r.description,
      status: r.status as Evaluation['status'],
      sourcingRequestId: r.sourcingRequestId,
      template: { id: r.templateId, name: r.templateName, version: r.templateVersion },
      scale: r.scale as EvaluationScale,
      criteria: r.criteria,
      vendors: vendorRows
        .filter((v) => v.evaluationId === r.id)
        .map((v) => ({
          vendorId: v.vendorId,
          name: vendors.get(v.vendorId) ?? '—',
          price: v.price,
          currency: v.currency,
          strengths: v.strengths,
          weaknesses: v.weaknesses,
        })),
      chair: { id: r.chairId, displayName: people.get(r.chairId) ?? '—' },
      departmentId: r.departmentId,
      minPanelDepartments: r.minPanelDepartments,
      outlierThreshold: r.outlierThreshold,
      closedAt: iso(r.closedAt),
      recommendation:
        r.recommendedVendorId && r.recommendedAt
          ? {
              vendorId: r.recommendedVendorId,
              reason: r.recommendationReason ?? '',
              at: r.recommendedAt.toISOString(),
              approvalId: r.approvalId,
            }
          : null,
      approvedAt: iso(r.approvedAt),
      mySheetId: mine?.id ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
      permissions: evaluationPermissions(actor, r, mine),
    };
  });
}

/** The panel with each member's department, declaration and progress; never anybody's scores. */
export async function presentPanel(db: Executor, row: EvaluationRow) {
  const sheets = await sheetsOf(db, row.id);
  const [people, departments, conflicts, counts, vendorRows] = await Promise.all([
    userDisplayNames(
      db,
      sheets.map((s) => s.evaluatorId),
    ),
    departmentNames(
      db,
      sheets.map((s) => s.departmentId).filter((d): d is string => d !== null),
    ),
    conflictsOf(
      db,
      sheets.map((s) => s.id),
    ),
    scoreCounts(db, row.id),
    vendorsOfEvaluations(db, [row.id]),
  ]);
  const scoredCriteria = row.criteria.filter((c) => !c.priceCriterion).length;
  const members: PanelMember[] = sheets.map((s) => {
    const own = conflicts.filter((x) => x.sheetId === s.id);
    return {
      sheetId: s.id,
      evaluator: { id: s.evaluatorId, displayName: people.get(s.evaluatorId) ?? '—' },
      department: s.departmentId ? { id: s.departmentId, name: departments.get(s.departmentId) ?? '—' } : null,
      declaredAt: iso(s.declaredAt),
      conflicts: own.map((x) => ({ vendorId: x.vendorId, reason: x.reason })),
      sheetStatus: s.status as PanelMember['sheetStatus'],
      submittedAt: iso(s.submittedAt),
      scored: counts.get(s.id) ?? 0,
      required: (vendorRows.length - own.length) * scoredCriteria,
    };
  });
  const departmentCount = new Set(sheets.map((s) => s.departmentId).filter((d) => d !== null)).size;
  return { departments: departmentCount, members };
}

/** Score sheets with their scores (the caller may read each of them: checked by the routes). */
export async function presentSheets(
  db: Executor,
  actor: EvaluationActor,
  row: EvaluationRow,
  sheets: SheetRow[],
): Promise<ScoreSheet[]> {
  const ids = sheets.map((s) => s.id);
  const [people, conflicts, scores] = await Promise.all([
    userDisplayNames(
      db,
      sheets.map((s) => s.evaluatorId),
    ),
    conflictsOf(db, ids),
    scoresOf(db, ids),
  ]);
  return sheets.map((s) => {
    const own = s.evaluatorId === actor.userId;
    const open = row.status === 'scoring' && s.status === 'draft';
    const permissions: ScoreSheet['permissions'] = ['read'];
    if (own && open && s.declaredAt) permissions.push('score', 'submit');
    if (isChair(actor, row) && row.status === 'scoring' && s.status === 'submitted') permissions.push('reopen');
    return {
      id: s.id,
      evaluationId: row.id,
      evaluator: { id: s.evaluatorId, displayName: people.get(s.evaluatorId) ?? '—' },
      status: s.status as ScoreSheet['status'],
      declaredAt: iso(s.declaredAt),
      conflicts: conflicts.filter((x) => x.sheetId === s.id).map((x) => ({ vendorId: x.vendorId, reason: x.reason })),
      submittedAt: iso(s.submittedAt),
      reopenReason: s.reopenReason,
      scores: scores
        .filter((x) => x.sheetId === s.id)
        .map((x) => ({ vendorId: x.vendorId, criterionId: x.criterionId, score: x.score, comment: x.comment })),
      version: s.version,
      permissions,
    };
  });
}
