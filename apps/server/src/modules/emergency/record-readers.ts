import { isUuid } from '../../db/record-rows';
import type { RecordReader } from '../../platform/audit/record-readers';
import { findEmergencyAction } from './emergency.repository';
import { canReadEmergencyAction } from './emergency.policy';

/** Who may read an emergency action's history and attached files: whoever may read the action. */
export function emergencyRecordReaders(): Record<string, RecordReader> {
  return {
    'emergency-action': async (db, actor, id) => {
      if (!isUuid(id)) return false;
      const row = await findEmergencyAction(db, id);
      return !!row && canReadEmergencyAction(actor, row);
    },
  };
}
