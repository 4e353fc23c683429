import type { Executor } from '../../../db/client';
import { addDays } from '../../../platform/calendar/iso-date';
import type { DueItem, DueItemKind, Reminder, ReminderOffsets } from '../../../platform/jobs/due-items';
import { departmentHeadIds } from '../../org';
import { finalReportsDueBetween } from './exit.repository';
import { contractsEndingBetween, noticeDeadlinesBetween } from './reminders.repository';

/** Issue 6: 90, 60, 30 and 7 days before the end date and before the notice deadline, once each. */
const RENEWAL_OFFSETS: ReminderOffsets = { daysBefore: [90, 60, 30, 7] };
/** The final report: a week and a day before it is due, on the day, and flagged late the day after … */
const REPORT_DUE_OFFSETS: ReminderOffsets = {
  daysBefore: [7, 1],
  onTheDay: true,
  overdueEveryDays: 1,
  overdueForDays: 1,
};
/** … then weekly for four weeks while it is still missing. */
const REPORT_LATE_OFFSETS: ReminderOffsets = { overdueEveryDays: 7, overdueForDays: 28 };

interface ContractDueItem extends DueItem {
  reference: string;
  autoRenewal: boolean;
}

interface People {
  departmentId: string;
  projectManagerId: string | null;
}

/** Due items with the PM and the owning department's head (one look-up of the heads for the whole batch). */
async function withRecipients<R extends People>(
  db: Executor,
  rows: R[],
  toItem: (row: R, recipients: string[]) => ContractDueItem,
  more: (row: R) => (string | null)[] = () => [],
): Promise<ContractDueItem[]> {
  const heads = await departmentHeadIds(
    db,
    rows.map((r) => r.departmentId),
  );
  return rows.map((r) => {
    const all = [r.projectManagerId, heads.get(r.departmentId) ?? null, ...more(r)];
    return toItem(r, [...new Set(all.filter((id): id is string => id !== null))]);
  });
}

const asContract = (item: DueItem) => item as ContractDueItem;

export const contractEndKind: DueItemKind = {
  code: 'contract-end',
  offsets: RENEWAL_OFFSETS,
  async listDue(db, range) {
    return withRecipients(db, await contractsEndingBetween(db, range), (r, recipients) => ({
      id: r.id,
      dueDate: r.endDate,
      recipients,
      link: `/contracts/${r.id}`,
      reference: r.reference,
      autoRenewal: r.autoRenewal,
    }));
  },
  title(item: DueItem, reminder: Reminder) {
    const { reference, autoRenewal } = asContract(item);
    const days = reminder.daysLeft;
    return autoRenewal
      ? {
          zh: `合同 ${reference} 将于 ${days} 天后自动续期`,
          en: `Contract ${reference} renews automatically in ${days} days`,
        }
      : { zh: `合同 ${reference} 将于 ${days} 天后到期`, en: `Contract ${reference} ends in ${days} days` };
  },
};

export const contractNoticeDeadlineKind: DueItemKind = {
  code: 'contract-notice-deadline',
  offsets: RENEWAL_OFFSETS,
  async listDue(db, range) {
    return withRecipients(db, await noticeDeadlinesBetween(db, range), (r, recipients) => ({
      id: r.id,
      dueDate: addDays(r.endDate, -r.noticePeriodDays),
      recipients,
      link: `/contracts/${r.id}`,
      reference: r.reference,
      autoRenewal: r.autoRenewal,
    }));
  },
  title(item: DueItem, reminder: Reminder) {
    const { reference, autoRenewal } = asContract(item);
    const days = reminder.daysLeft;
    return autoRenewal
      ? {
          zh: `合同 ${reference} 为自动续期合同：如不续约，须在 ${days} 天内（${item.dueDate} 前）发出通知`,
          en: `Contract ${reference} renews automatically unless notice is given within ${days} days (by ${item.dueDate})`,
        }
      : {
          zh: `合同 ${reference} 的续约通知期限还剩 ${days} 天（${item.dueDate}）`,
          en: `The notice deadline of contract ${reference} is in ${days} days (${item.dueDate})`,
        };
  },
};

async function finalReportItems(db: Executor, range: { from: string; to: string }): Promise<ContractDueItem[]> {
  return withRecipients(
    db,
    await finalReportsDueBetween(db, range),
    (r, recipients) => ({
      id: r.id,
      dueDate: r.dueDate,
      recipients,
      link: `/contracts/${r.contractId}`,
      reference: r.reference,
      autoRenewal: false,
    }),
    (r) => [r.terminatedBy],
  );
}

function overdueTitle(reference: string, days: number) {
  return {
    zh: `合同 ${reference} 的终止总结报告已逾期 ${days} 天`,
    en: `The final report on contract ${reference} is ${days} day${days === 1 ? '' : 's'} late`,
  };
}

function finalReportTitle(item: DueItem, reminder: Reminder) {
  const { reference } = asContract(item);
  const days = reminder.daysLeft;
  if (days < 0) return overdueTitle(reference, -days);
  return days > 0
    ? {
        zh: `合同 ${reference} 的终止总结报告 ${days} 天后截止`,
        en: `The final report on contract ${reference} is due in ${days} days`,
      }
    : { zh: `合同 ${reference} 的终止总结报告今天截止`, en: `The final report on contract ${reference} is due today` };
}

/** R5.6: the final report is due N days after termination; reminded before, on the day, and the day after. */
export const finalReportDueKind: DueItemKind = {
  code: 'contract-final-report-due',
  offsets: REPORT_DUE_OFFSETS,
  listDue: finalReportItems,
  title: finalReportTitle,
};

/** A final report still missing a week after its due date is flagged weekly for four weeks. */
export const finalReportLateKind: DueItemKind = {
  code: 'contract-final-report-late',
  offsets: REPORT_LATE_OFFSETS,
  listDue: finalReportItems,
  title: finalReportTitle,
};

export const exitDueItemKinds = [contractEndKind, contractNoticeDeadlineKind, finalReportDueKind, finalReportLateKind];
