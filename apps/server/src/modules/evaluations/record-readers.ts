import type { RecordReader } from '../../platform/audit/record-readers';
import { canReadTemplates } from './templates/templates.presenter';
import { findTemplate } from './templates/templates.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may read the module's records' history and attached files. */
export function evaluationRecordReaders(): Record<string, RecordReader> {
  return {
    'evaluation-template': async (db, actor, id) =>
      UUID.test(id) && canReadTemplates(actor) && !!(await findTemplate(db, id)),
  };
}
