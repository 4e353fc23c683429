import type { SubmitEmergencyReportRequest } from '@thirdline/shared/emergency/emergency.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../platform/errors/problem';
import { startApproval } from '../../../platform/workflow';
import { lockEmergencyAction, updateEmergencyActionRow, type EmergencyActionRow } from '../emergency.repository';
import { canReadEmergencyAction, requireEmergencyPermission } from '../emergency.policy';
import type { EmergencyCommandContext } from './context';

export const EMERGENCY_REPORT_FLOW = 'emergency-report';

/**
 * The reporter files the written report; it goes to the director for acknowledgement through the
 * `emergency-report` flow. A late report is still accepted (and shown as late); only the reporter may file it.
 */
export async function submitEmergencyReport(
  c: EmergencyCommandContext,
  id: string,
  input: SubmitEmergencyReportRequest,
): Promise<EmergencyActionRow> {
  requireEmergencyPermission(c.actor, 'emergency:report');
  const now = c.audit.at;
  return c.db.transaction(async (tx) => {
    const before = await lockEmergencyAction(tx, id);
    if (!before || !canReadEmergencyAction(c.actor, before)) throw notFound();
    if (before.createdBy !== c.actor.userId) throw notFound();
    if (before.version !== input.version) throw versionConflict();
    if (before.status !== 'report-due') {
      throw conflict('The report for this emergency action has already been filed.', 'report_already_filed');
    }
    const { approvalId } = await startApproval(tx, c.audit, {
      flowCode: EMERGENCY_REPORT_FLOW,
      recordType: 'emergency-action',
      recordId: before.id,
      title: `紧急处置报告：${before.reference} ${before.title}`,
      link: `/emergency-actions/${before.id}`,
      submitterId: c.actor.userId as string,
      departmentId: before.departmentId,
      context: { department: before.departmentId },
    });
    const after = await updateEmergencyActionRow(tx, id, {
      status: 'reported',
      report: input.report,
      reportedAt: now,
      approvalId,
      updatedAt: now,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'emergency-action.report',
      recordType: 'emergency-action',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
