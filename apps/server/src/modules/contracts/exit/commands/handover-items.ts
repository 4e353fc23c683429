import type { UpdateHandoverItemRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, conflict, notFound, unprocessable, versionConflict } from '../../../../platform/errors/problem';
import { findFile } from '../../../../platform/storage/files.repository';
import type { Executor } from '../../../../db/client';
import { lockContract, type ContractRow } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import {
  insertHandoverItems,
  lockHandoverItem,
  nextHandoverPosition,
  updateHandoverItem,
  type HandoverItemRow,
} from '../exit.repository';
import { ensureHandoverItems, evidenceRequired } from '../handover';
import type { ExitCommandContext } from './context';

/** The checklist of a contract the caller may read, started from the defaults on first read. */
export async function handoverChecklist(c: ExitCommandContext, contractId: string): Promise<HandoverItemRow[]> {
  return c.db.transaction(async (tx) => {
    readableContract(c.actor, await lockContract(tx, contractId));
    return ensureHandoverItems(tx, c, contractId);
  });
}

async function editableContract(tx: Executor, c: ExitCommandContext, contractId: string): Promise<ContractRow> {
  requireContractPermission(c.actor, 'contracts:write');
  const contract = readableContract(c.actor, await lockContract(tx, contractId));
  if (contract.status === 'archived') {
    throw conflict('The contract is archived; its handover checklist is closed.', 'contract_archived');
  }
  return contract;
}

/** Adds an item of this contract's own to its checklist (e.g. a service-specific transition step). */
export async function addHandoverItem(
  c: ExitCommandContext,
  contractId: string,
  title: string,
): Promise<HandoverItemRow> {
  return c.db.transaction(async (tx) => {
    await editableContract(tx, c, contractId);
    await ensureHandoverItems(tx, c, contractId);
    const [row] = await insertHandoverItems(tx, [
      {
        id: uuidv7(),
        contractId,
        code: null,
        title,
        position: await nextHandoverPosition(tx, contractId),
        createdAt: c.audit.at,
        createdBy: c.actor.userId,
        updatedAt: c.audit.at,
        updatedBy: c.actor.userId,
      },
    ]);
    if (!row) throw new Error('handover item insert returned nothing');
    await recordAudit(tx, c.audit, {
      action: 'contract.handover-item-add',
      recordType: 'contract',
      recordId: contractId,
      after: { title: row.title },
      details: { itemId: row.id },
    });
    return row;
  });
}

/**
 * Marks an item done or not done, with its evidence file (e.g. the data destruction certificate, which the
 * "data returned or destroyed" item cannot be done without: 422).
 */
export async function updateHandoverItemState(
  c: ExitCommandContext,
  contractId: string,
  itemId: string,
  input: UpdateHandoverItemRequest,
): Promise<HandoverItemRow> {
  return c.db.transaction(async (tx) => {
    await editableContract(tx, c, contractId);
    const before = await lockHandoverItem(tx, contractId, itemId);
    if (!before) throw notFound('No such handover item.');
    if (before.version !== input.version) throw versionConflict();
    const evidenceFileId = input.evidenceFileId === undefined ? before.evidenceFileId : input.evidenceFileId;
    if (input.evidenceFileId && !(await findFile(tx, input.evidenceFileId))) {
      throw badRequest(
        'The evidence file does not exist.',
        [{ path: 'evidenceFileId', message: 'No such uploaded file.' }],
        'validation_failed',
      );
    }
    if (input.done && evidenceRequired(before) && !evidenceFileId) {
      throw unprocessable('This item needs its certificate or other evidence before it is done.', 'evidence_required');
    }
    const after = await updateHandoverItem(tx, before.id, {
      done: input.done,
      evidenceFileId,
      note: input.note === undefined ? before.note : input.note,
      doneAt: input.done ? (before.done ? before.doneAt : c.audit.at) : null,
      doneBy: input.done ? (before.done ? before.doneBy : c.actor.userId) : null,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.handover-item-update',
      recordType: 'contract',
      recordId: contractId,
      before: { done: before.done, evidenceFileId: before.evidenceFileId, note: before.note },
      after: { done: after.done, evidenceFileId: after.evidenceFileId, note: after.note },
      details: { itemId: before.id, title: before.title },
    });
    return after;
  });
}
