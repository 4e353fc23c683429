import { permissionsForRoles, type Role } from '@thirdline/shared/rbac/permissions';
import type { Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Clock } from '../../../platform/calendar/clock';
import { localDate } from '../../../platform/calendar/zoned-time';
import { activeUserIdsWithRole, activeUsersWithDepartments, organisationTimeZone } from '../../org';
import { listVendorRows } from '../../vendors';
import { closeScoring } from '../commands/close-scoring';
import type { EvaluationCommandContext } from '../commands/context';
import { declareConflicts } from '../commands/declare-conflicts';
import { createEvaluation } from '../commands/save-evaluation';
import { saveScores } from '../commands/save-scores';
import { setPanel, startScoring } from '../commands/set-panel';
import { submitSheet } from '../commands/submit-sheet';
import { listEvaluations } from '../evaluations.repository';
import { sheetsOf } from '../sheets.repository';
import { templateVersionFor } from '../templates/template-versions';

const DEMO_TITLE = '核心系统运维服务商评审（演示）';
const PANEL_ROLES: Role[] = ['technical_reviewer', 'finance', 'specialist'];
/** Base score per vendor (in the order the vendors are listed) and a per-evaluator nudge, so results differ. */
const VENDOR_BASE = [88, 76, 69];
const EVALUATOR_NUDGE = [2, -3, 0];

/**
 * A finished panel evaluation (R4.2) made through the same commands as the API: the director chairs three approved
 * vendors on the sourcing template; a technical reviewer, a finance officer and a specialist declare no conflicts,
 * score and submit; the chair closes scoring, so results and the report are ready. Idempotent by title.
 */
export async function seedDemoEvaluation(db: Db, clock: Clock, fallbackTimeZone: string): Promise<{ created: number }> {
  const [chairId] = await activeUserIdsWithRole(db, 'director');
  const panelIds = (await Promise.all(PANEL_ROLES.map((r) => activeUserIdsWithRole(db, r)))).map((ids) => ids[0]);
  const template = await templateVersionFor(db, 'sourcing-default');
  if (!chairId || !template || panelIds.some((id) => !id)) return { created: 0 };
  if ((await listEvaluations(db, { page: 1, pageSize: 1, q: DEMO_TITLE }, { memberId: null })).total > 0)
    return { created: 0 };
  const timeZone = await organisationTimeZone(db, fallbackTimeZone);
  const today = localDate(clock.now(), timeZone);
  const { rows: vendors } = await listVendorRows(db, { status: 'approved' }, today, VENDOR_BASE.length);
  if (vendors.length < 2) return { created: 0 };
  const people = await activeUsersWithDepartments(db, [chairId, ...(panelIds as string[])]);
  const as = (userId: string, role: Role): EvaluationCommandContext => ({
    db,
    actor: {
      userId,
      departmentId: people.get(userId)?.departmentId ?? null,
      permissions: new Set(permissionsForRoles([role])),
    },
    audit: { ...systemAuditContext(clock, 'seed-demo'), actorId: userId },
    today,
  });
  const chair = as(chairId, 'director');
  const departments = new Set((panelIds as string[]).map((id) => people.get(id)?.departmentId ?? null));

  let evaluation = await createEvaluation(chair, {
    title: DEMO_TITLE,
    templateId: template.templateId,
    vendors: vendors.map((v, i) => ({ vendorId: v.id, price: String(300000 + i * 25000) + '.00', currency: 'CNY' })),
    chairId,
    minPanelDepartments: Math.min(2, departments.size),
  });
  evaluation = await setPanel(chair, evaluation.id, {
    version: evaluation.version,
    evaluatorIds: panelIds as string[],
  });
  evaluation = await startScoring(chair, evaluation.id, { version: evaluation.version });
  const sheets = await sheetsOf(db, evaluation.id);
  const scored = template.criteria.filter((k) => !k.priceCriterion);
  for (const [e, userId] of (panelIds as string[]).entries()) {
    const sheet = sheets.find((s) => s.evaluatorId === userId);
    if (!sheet) continue;
    const c = as(userId, PANEL_ROLES[e] as Role);
    const declared = await declareConflicts(c, evaluation.id, sheet.id, { version: sheet.version, conflicts: [] });
    const scoresBody = vendors.flatMap((v, i) =>
      scored.map((k) => ({
        vendorId: v.id,
        criterionId: k.id,
        score: Math.min(100, (VENDOR_BASE[i] ?? 70) + (EVALUATOR_NUDGE[e] ?? 0)),
        comment: i === 0 ? '方案完整，驻场团队经验丰富' : undefined,
      })),
    );
    const saved = await saveScores(c, evaluation.id, sheet.id, { version: declared.version, scores: scoresBody });
    await submitSheet(c, evaluation.id, sheet.id, { version: saved.version });
  }
  const current = (await listEvaluations(db, { page: 1, pageSize: 1, q: DEMO_TITLE }, { memberId: null })).rows[0];
  if (current) await closeScoring(chair, current.id, { version: current.version });
  return { created: 1 };
}
