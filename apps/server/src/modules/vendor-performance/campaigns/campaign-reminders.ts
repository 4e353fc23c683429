import type { DueItem, DueItemKind } from '../../../platform/jobs/due-items';
import { pendingEvaluatorsDue } from './sheets.repository';

/**
 * R4.4: every evaluator who still has unsubmitted sheets in an open campaign hears 7 days and 1 day before its due
 * date and on the day, once each (one reminder per campaign and evaluator, whatever the number of sheets).
 */
export const campaignDueKind: DueItemKind = {
  code: 're-evaluation-due',
  offsets: { daysBefore: [7, 1], onTheDay: true },
  async listDue(db, range): Promise<DueItem[]> {
    const rows = await pendingEvaluatorsDue(db, range);
    return rows.map((r) => ({
      id: `${r.campaignId}:${r.evaluatorId}`,
      dueDate: r.dueDate,
      recipients: [r.evaluatorId],
      link: `/re-evaluation-campaigns/${r.campaignId}`,
    }));
  },
  title: (_item, reminder) =>
    reminder.daysLeft > 0
      ? {
          zh: `供应商年度评价还有 ${reminder.daysLeft} 天截止，请提交评分`,
          en: `The vendor re-evaluation is due in ${reminder.daysLeft} day${reminder.daysLeft === 1 ? '' : 's'}: please submit your scores`,
        }
      : {
          zh: '供应商年度评价今天截止，请提交评分',
          en: 'The vendor re-evaluation is due today: please submit your scores',
        },
};
