import { DEFAULT_CHECK_INTERVAL_MONTHS } from '@thirdline/shared/contracts/ledger.schemas';
import type { DueItemKind, ReminderOffsets } from '../../../platform/jobs/due-items';
import { checksDueBetween } from './execution.repository';

/** 3 days before a periodic check is due and on the day; then weekly for four weeks while none is recorded. */
const OFFSETS: ReminderOffsets = { daysBefore: [3], onTheDay: true, overdueEveryDays: 7, overdueForDays: 28 };

/**
 * R5.4: the project manager of an active contract hears when its execution check (monthly by default) is due.
 * The item is the contract; its due date moves on with every recorded check, and the exactly-once key includes the
 * due date, so each period is reminded once per offset.
 */
export const executionCheckDueKind: DueItemKind = {
  code: 'contract-execution-check-due',
  offsets: OFFSETS,
  async listDue(db, range) {
    const rows = await checksDueBetween(db, range, DEFAULT_CHECK_INTERVAL_MONTHS);
    return rows.map((r) => ({
      id: r.contract_id,
      dueDate: r.due,
      recipients: [r.project_manager_id],
      link: `/contracts/${r.contract_id}?tab=checks`,
    }));
  },
  title: (_item, reminder) => {
    if (reminder.daysLeft > 0) {
      return {
        zh: `合同履约检查 ${reminder.daysLeft} 天后到期`,
        en: `A contract execution check is due in ${reminder.daysLeft} days`,
      };
    }
    if (reminder.daysLeft === 0) return { zh: '合同履约检查今天到期', en: 'A contract execution check is due today' };
    return {
      zh: `合同履约检查已逾期 ${-reminder.daysLeft} 天`,
      en: `A contract execution check is ${-reminder.daysLeft} days overdue`,
    };
  },
};
