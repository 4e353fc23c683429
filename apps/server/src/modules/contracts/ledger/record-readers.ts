import { eq } from 'drizzle-orm';
import type { RecordReader } from '../../../platform/audit/record-readers';
import { canReadContract } from '../contracts.policy';
import { contractChecks, contractMilestones, contractPayments } from './ledger.table';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type PartTable = typeof contractMilestones | typeof contractPayments | typeof contractChecks;

/** Whoever may read the contract may read the history of its milestones, payments and checks. */
function partReader(table: PartTable): RecordReader {
  return async (db, actor, id) => {
    if (!UUID.test(id) || !canReadContract(actor)) return false;
    const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
    return !!row;
  };
}

export function ledgerRecordReaders(): Record<string, RecordReader> {
  return {
    'contract-milestone': partReader(contractMilestones),
    'contract-payment': partReader(contractPayments),
    'contract-check': partReader(contractChecks),
  };
}
