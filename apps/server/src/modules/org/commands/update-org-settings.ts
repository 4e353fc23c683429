import type { UpdateOrgSettingsRequest } from '@thirdline/shared/org/org.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { notFound, versionConflict } from '../../../platform/errors/problem';
import {
  lockOrgSettings,
  ORG_SETTINGS_ID,
  updateOrgSettingsRow,
  type OrgSettingsRow,
} from '../org-settings.repository';
import { requirePermission } from '../org.policy';
import type { OrgCommandContext } from './context';

/** Organisation name, time zone (it decides what "today" is for every deadline) and the emergency report hours. */
export async function updateOrgSettings(
  c: OrgCommandContext,
  input: UpdateOrgSettingsRequest,
): Promise<OrgSettingsRow> {
  requirePermission(c.actor, 'settings:write');
  return c.db.transaction(async (tx) => {
    const before = await lockOrgSettings(tx);
    if (!before) throw notFound('The organisation settings are missing.');
    if (before.version !== input.version) throw versionConflict();
    const changes: Partial<OrgSettingsRow> = {};
    if (input.name !== undefined && input.name !== before.name) changes.name = input.name;
    if (input.timeZone !== undefined) {
      // Store the canonical spelling (`asia/shanghai` → `Asia/Shanghai`).
      const zone = new Intl.DateTimeFormat('en-US', { timeZone: input.timeZone }).resolvedOptions().timeZone;
      if (zone !== before.timeZone) changes.timeZone = zone;
    }
    if (input.emergencyReportHours !== undefined && input.emergencyReportHours !== before.emergencyReportHours) {
      changes.emergencyReportHours = input.emergencyReportHours;
    }
    if (Object.keys(changes).length === 0) return before;
    const after = await updateOrgSettingsRow(tx, {
      ...changes,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'org-settings.update',
      recordType: 'org-settings',
      recordId: ORG_SETTINGS_ID,
      before,
      after,
    });
    return after;
  });
}
