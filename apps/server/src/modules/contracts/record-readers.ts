import type { RecordReader } from '../../platform/audit/record-readers';
import { findContract } from './contracts.repository';
import { canReadContract } from './contracts.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may read a contract's history: whoever may read the contract. */
export function contractRecordReaders(): Record<string, RecordReader> {
  return {
    contract: async (db, actor, id) => {
      if (!UUID.test(id)) return false;
      return !!(await findContract(db, id)) && canReadContract(actor);
    },
  };
}
