import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import { nextReference } from '../../db/references';
import { insertContractRow, type ContractRow, type NewContractRow } from './contracts.repository';

/**
 * Inserts a contract row directly, for tests of the parts around a contract (ledger, archive, exit) that need one
 * in a given state without walking it through review, approval and signing. `vendorId` and `departmentId` must
 * name existing rows when the code under test checks them.
 */
export async function insertTestContract(
  db: Executor,
  values: Pick<NewContractRow, 'vendorId' | 'departmentId'> & Partial<NewContractRow>,
): Promise<ContractRow> {
  const at = values.createdAt ?? new Date('2026-01-05T02:00:00Z');
  return insertContractRow(db, {
    id: uuidv7(),
    reference: await nextReference(db, 'CT', at.getUTCFullYear()),
    title: '测试合同',
    type: 'outsourcing',
    amount: '100000.00',
    currency: 'CNY',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    ...values,
  });
}
