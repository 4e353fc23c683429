import type { RecordReader } from '../../platform/audit/record-readers';
import { findEmergencyAction } from './emergency.repository';
import { canReadEmergencyAction } from './emergency.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may read an emergency action's history and attached files: whoever may read the action. */
export function emergencyRecordReaders(): Record<string, RecordReader> {
  return {
    'emergency-action': async (db, actor, id) => {
      if (!UUID.test(id)) return false;
      const row = await findEmergencyAction(db, id);
      return !!row && canReadEmergencyAction(actor, row);
    },
  };
}
