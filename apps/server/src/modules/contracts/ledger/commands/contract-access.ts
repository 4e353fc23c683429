import type { Executor } from '../../../../db/client';
import type { FieldError } from '../../../../platform/errors/problem';
import { badRequest } from '../../../../platform/errors/problem';
import { findFile } from '../../../../platform/storage/files.repository';
import { activeUserExists } from '../../../org';
import { findContract, lockContract, type ContractRow } from '../../contracts.repository';
import { readableContract } from '../../contracts.policy';
import type { LedgerCommandContext } from './context';

/** The contract if the caller may read it (404 otherwise). */
export async function readContract(c: LedgerCommandContext, id: string): Promise<ContractRow> {
  return readableContract(c.actor, await findContract(c.db, id));
}

/** The contract locked for the rest of the transaction: every change to its ledger takes this lock first. */
export async function lockReadableContract(tx: Executor, c: LedgerCommandContext, id: string): Promise<ContractRow> {
  return readableContract(c.actor, await lockContract(tx, id));
}

/** A business date that must not be after today. */
export function notInFuture(c: LedgerCommandContext, path: string, date: string | null | undefined): FieldError[] {
  return date && date > c.today ? [{ path, message: 'Must not be in the future.' }] : [];
}

export async function activeUser(db: Executor, path: string, id: string): Promise<FieldError[]> {
  return (await activeUserExists(db, id)) ? [] : [{ path, message: 'No such active user.' }];
}

/** Files attached to this contract (or not attached to anything yet). */
export async function contractFiles(db: Executor, contractId: string, ids: readonly string[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [i, id] of ids.entries()) {
    const file = await findFile(db, id);
    const attached =
      file && (file.recordType === null || (file.recordType === 'contract' && file.recordId === contractId));
    if (!attached) errors.push({ path: `documentFileIds.${i}`, message: 'No such file on this contract.' });
  }
  return errors;
}

export function failIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
}
