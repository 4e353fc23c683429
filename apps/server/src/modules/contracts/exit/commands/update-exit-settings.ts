import type { UpdateExitSettingsRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { recordAudit } from '../../../../platform/audit/audit';
import { versionConflict } from '../../../../platform/errors/problem';
import { lockExitSettings, updateExitSettings, type ExitSettingsRow } from '../exit.repository';
import type { ExitCommandContext } from './context';

/** Changes the final report deadline and the default handover items (new terminations and checklists only). */
export async function changeExitSettings(
  c: ExitCommandContext,
  input: UpdateExitSettingsRequest,
): Promise<ExitSettingsRow> {
  return c.db.transaction(async (tx) => {
    const before = await lockExitSettings(tx, c.audit.at);
    if (before.version !== input.version) throw versionConflict();
    const after = await updateExitSettings(tx, {
      finalReportDays: input.finalReportDays,
      handoverItems: input.handoverItems,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-exit-settings.update',
      recordType: 'contract-exit-settings',
      recordId: before.id,
      before,
      after,
    });
    return after;
  });
}
