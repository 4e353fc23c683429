import type { Executor } from '../../db/client';
import type { AuditContext } from '../../platform/audit/audit';
import { recordAudit } from '../../platform/audit/audit';
import { lockEmergencyAction, updateEmergencyActionRow } from './emergency.repository';

export interface ReportOutcome {
  approvalId: string;
  recordId: string;
  outcome: 'approved' | 'rejected' | 'withdrawn';
}

/**
 * The director's decision on a filed report, in the deciding transaction: approved acknowledges it; a rejected or
 * withdrawn report is due again (the reporter revises and files it anew; the original deadline still stands).
 */
export async function applyReportOutcome(tx: Executor, ctx: AuditContext, event: ReportOutcome): Promise<void> {
  const before = await lockEmergencyAction(tx, event.recordId);
  if (!before || before.approvalId !== event.approvalId || before.status !== 'reported') return;
  const acknowledged = event.outcome === 'approved';
  const after = await updateEmergencyActionRow(tx, before.id, {
    status: acknowledged ? 'acknowledged' : 'report-due',
    acknowledgedAt: acknowledged ? ctx.at : null,
    acknowledgedBy: acknowledged ? ctx.actorId : null,
    approvalId: acknowledged ? before.approvalId : null,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: acknowledged ? 'emergency-action.acknowledge' : 'emergency-action.report-returned',
    recordType: 'emergency-action',
    recordId: before.id,
    before,
    after,
  });
}
