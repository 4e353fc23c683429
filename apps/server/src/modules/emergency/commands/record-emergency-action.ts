import type { CreateEmergencyActionRequest } from '@thirdline/shared/emergency/emergency.schemas';
import { uuidv7 } from 'uuidv7';
import { nextReference } from '../../../db/references';
import { recordAudit } from '../../../platform/audit/audit';
import { deadlineAfterHours } from '../../../platform/calendar/zoned-time';
import { badRequest, type FieldError } from '../../../platform/errors/problem';
import { emergencyReportHours } from '../../org';
import { vendorNames } from '../../vendors';
import { insertEmergencyAction, type EmergencyActionRow } from '../emergency.repository';
import { requireEmergencyPermission } from '../emergency.policy';
import type { EmergencyCommandContext } from './context';

/**
 * Records an action a project manager took before approval (R1.3). The written report is due the organisation's
 * report hours after the action; the deadline is fixed now, so a later settings change does not move it.
 */
export async function recordEmergencyAction(
  c: EmergencyCommandContext,
  input: CreateEmergencyActionRequest,
): Promise<EmergencyActionRow> {
  requireEmergencyPermission(c.actor, 'emergency:report');
  const actedAt = new Date(input.actedAt);
  const errors: FieldError[] = [];
  if (actedAt > c.audit.at) errors.push({ path: 'actedAt', message: 'Must not be in the future.' });
  if (input.vendorId && !(await vendorNames(c.db, [input.vendorId])).has(input.vendorId)) {
    errors.push({ path: 'vendorId', message: 'No such vendor.' });
  }
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

  const hours = await emergencyReportHours(c.db);
  const now = c.audit.at;
  return c.db.transaction(async (tx) => {
    const reference = await nextReference(tx, 'EA', Number(c.today.slice(0, 4)));
    const row = await insertEmergencyAction(tx, {
      id: uuidv7(),
      reference,
      title: input.title,
      description: input.description,
      reason: input.reason,
      actedAt,
      reportDueAt: deadlineAfterHours(actedAt, hours),
      status: 'report-due',
      vendorId: input.vendorId ?? null,
      contractRef: input.contractRef || null,
      projectRef: input.projectRef || null,
      departmentId: c.actor.departmentId,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'emergency-action.create',
      recordType: 'emergency-action',
      recordId: row.id,
      after: row,
    });
    return row;
  });
}
