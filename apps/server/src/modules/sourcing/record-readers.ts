import type { RecordReader } from '../../platform/audit/record-readers';
import { findSourcingRequest } from './sourcing.repository';
import { canReadSourcing } from './sourcing.policy';

/** Who may read a sourcing request's history and attached files (proposal documents): whoever may read it. */
export function sourcingRecordReaders(): Record<string, RecordReader> {
  return {
    'sourcing-request': async (db, actor, id) => canReadSourcing(actor) && !!(await findSourcingRequest(db, id)),
  };
}
