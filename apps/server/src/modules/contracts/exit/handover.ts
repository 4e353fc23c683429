import { HANDOVER_ITEMS_NEEDING_EVIDENCE } from '@thirdline/shared/contracts/contract-exit.schemas';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../../db/client';
import type { AuditContext } from '../../../platform/audit/audit';
import { exitSettings, insertHandoverItems, listHandoverItems, type HandoverItemRow } from './exit.repository';

/** The contract's handover checklist, started from the configured default items the first time it is needed. */
export async function ensureHandoverItems(
  tx: Executor,
  c: { audit: AuditContext; actor: { userId: string } | null },
  contractId: string,
): Promise<HandoverItemRow[]> {
  const existing = await listHandoverItems(tx, contractId);
  if (existing.length > 0) return existing;
  const settings = await exitSettings(tx, c.audit.at);
  const userId = c.actor?.userId ?? null;
  return insertHandoverItems(
    tx,
    settings.handoverItems.map((item, i) => ({
      id: uuidv7(),
      contractId,
      code: item.code,
      title: item.title,
      position: i + 1,
      createdAt: c.audit.at,
      createdBy: userId,
      updatedAt: c.audit.at,
      updatedBy: userId,
    })),
  );
}

export function evidenceRequired(item: Pick<HandoverItemRow, 'code'>): boolean {
  return item.code !== null && HANDOVER_ITEMS_NEEDING_EVIDENCE.includes(item.code);
}
