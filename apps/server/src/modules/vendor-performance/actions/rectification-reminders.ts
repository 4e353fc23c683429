import type { DueItem, DueItemKind } from '../../../platform/jobs/due-items';
import { vendorSummaries } from '../../vendors';
import { rectificationsDue } from './vendor-actions.repository';

/**
 * R4.5: an approved rectification request's deadline is reminded 7 days and 1 day before and on the day, once
 * each, to whoever raised it and the vendor's relationship manager, until it is closed.
 */
export const rectificationDeadlineKind: DueItemKind = {
  code: 'vendor-rectification-deadline',
  offsets: { daysBefore: [7, 1], onTheDay: true },
  async listDue(db, range): Promise<DueItem[]> {
    const rows = await rectificationsDue(db, range);
    const vendors = await vendorSummaries(
      db,
      rows.map((r) => r.vendorId),
    );
    return rows.flatMap((r) => {
      const recipients = [r.requesterId, vendors.get(r.vendorId)?.relationshipManagerId ?? null].filter(
        (id): id is string => id !== null,
      );
      if (!r.deadline || recipients.length === 0) return [];
      return [{ id: r.id, dueDate: r.deadline, recipients: [...new Set(recipients)], link: `/vendor-actions/${r.id}` }];
    });
  },
  title: (_item, reminder) =>
    reminder.daysLeft > 0
      ? {
          zh: `供应商整改期限还有 ${reminder.daysLeft} 天`,
          en: `A vendor's rectification is due in ${reminder.daysLeft} day${reminder.daysLeft === 1 ? '' : 's'}`,
        }
      : { zh: '供应商整改期限今天到期', en: "A vendor's rectification is due today" },
};
