import type { Executor } from '../../db/client';
import type { DueItem, DueItemKind, Reminder, ReminderOffsets } from '../../platform/jobs/due-items';
import { activeUserIdsWithRole, organisationTimeZone } from '../org';
import { reportsDueOnDates } from './emergency.repository';

const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

async function itemsDue(db: Executor, range: { from: string; to: string }, alsoNotify: string[]): Promise<DueItem[]> {
  const timeZone = await organisationTimeZone(db, FALLBACK_TIME_ZONE);
  const rows = await reportsDueOnDates(db, timeZone, range);
  return rows
    .filter((r): r is typeof r & { reporterId: string } => r.reporterId !== null)
    .map((r) => ({
      id: r.id,
      dueDate: r.dueDate,
      recipients: [...new Set([r.reporterId, ...alsoNotify])],
      link: `/emergency-actions/${r.id}`,
    }));
}

function dueTitle(_item: DueItem, reminder: Reminder) {
  return reminder.daysLeft > 0
    ? { zh: '紧急处置的书面报告明天截止', en: 'The written report on an emergency action is due tomorrow' }
    : { zh: '紧急处置的书面报告今天截止', en: 'The written report on an emergency action is due today' };
}

function overdueTitle(_item: DueItem, reminder: Reminder) {
  const days = -reminder.daysLeft;
  return {
    zh: `紧急处置的书面报告已逾期 ${days} 天`,
    en: `The written report on an emergency action is ${days} day${days === 1 ? '' : 's'} overdue`,
  };
}

const DUE_OFFSETS: ReminderOffsets = { daysBefore: [1], onTheDay: true };
const OVERDUE_OFFSETS: ReminderOffsets = { overdueEveryDays: 1, overdueForDays: 30 };

/** R1.3: the reporter hears the day before and on the day the report is due. */
export const emergencyReportDueKind: DueItemKind = {
  code: 'emergency-report-due',
  offsets: DUE_OFFSETS,
  listDue: (db, range) => itemsDue(db, range, []),
  title: dueTitle,
};

/** R1.3: once overdue, the reporter and every director hear it daily (for 30 days) until the report is filed. */
export const emergencyReportOverdueKind: DueItemKind = {
  code: 'emergency-report-overdue',
  offsets: OVERDUE_OFFSETS,
  listDue: async (db, range) => itemsDue(db, range, await activeUserIdsWithRole(db, 'director')),
  title: overdueTitle,
};
