import type { RecordReader } from '../../platform/audit/record-readers';
import { findEvaluation } from './evaluations.repository';
import { canReadEvaluation, canReadSheet } from './evaluations.policy';
import { findSheetById, sheetsOf } from './sheets.repository';
import { canReadTemplates } from './templates/templates.presenter';
import { findTemplate } from './templates/templates.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may read the module's records' history and attached files. A sheet's history holds its scores: it follows
 * the sheet's visibility (its evaluator; every evaluation reader once scoring is closed).
 */
export function evaluationRecordReaders(): Record<string, RecordReader> {
  return {
    'evaluation-template': async (db, actor, id) =>
      UUID.test(id) && canReadTemplates(actor) && !!(await findTemplate(db, id)),
    evaluation: async (db, actor, id) => {
      if (!UUID.test(id)) return false;
      const row = await findEvaluation(db, id);
      if (!row) return false;
      const mine = (await sheetsOf(db, id)).find((s) => s.evaluatorId === actor.userId);
      return canReadEvaluation(actor, row, mine);
    },
    'evaluation-sheet': async (db, actor, id) => {
      if (!UUID.test(id)) return false;
      const sheet = await findSheetById(db, id);
      const row = sheet ? await findEvaluation(db, sheet.evaluationId) : undefined;
      if (!sheet || !row) return false;
      const mine = (await sheetsOf(db, row.id)).find((s) => s.evaluatorId === actor.userId);
      return canReadEvaluation(actor, row, mine) && canReadSheet(actor, row, sheet);
    },
  };
}
