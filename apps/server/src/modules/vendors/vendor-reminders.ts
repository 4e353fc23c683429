import { and, between, eq, isNotNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { DueItem, DueItemKind, ReminderOffsets } from '../../platform/jobs/due-items';
import { vendorDueDiligence, vendorQualifications, vendors } from './vendors.table';

/** Issue 4: the relationship manager hears 60, 30 and 7 days before an expiry and on the day, once each. */
const OFFSETS: ReminderOffsets = { daysBefore: [60, 30, 7], onTheDay: true };

interface Row {
  id: string;
  dueDate: string | null;
  vendorId: string;
  managerId: string | null;
}

function toItems(rows: Row[]): DueItem[] {
  return rows
    .filter((r): r is Row & { dueDate: string; managerId: string } => r.dueDate !== null && r.managerId !== null)
    .map((r) => ({ id: r.id, dueDate: r.dueDate, recipients: [r.managerId], link: `/vendors/${r.vendorId}` }));
}

const whenLeft = (daysLeft: number) =>
  daysLeft > 0
    ? { zh: `${daysLeft} 天后到期`, en: `expires in ${daysLeft} days` }
    : { zh: '今天到期', en: 'expires today' };

/** Qualification expiries of vendors still in play (not terminated). */
export const qualificationExpiryKind: DueItemKind = {
  code: 'vendor-qualification-expiry',
  offsets: OFFSETS,
  async listDue(db: Executor, range) {
    const rows = await db
      .select({
        id: vendorQualifications.id,
        dueDate: vendorQualifications.validTo,
        vendorId: vendors.id,
        managerId: vendors.relationshipManagerId,
      })
      .from(vendorQualifications)
      .innerJoin(vendors, eq(vendors.id, vendorQualifications.vendorId))
      .where(
        and(
          between(vendorQualifications.validTo, range.from, range.to),
          ne(vendors.status, 'terminated'),
          isNotNull(vendors.relationshipManagerId),
        ),
      );
    return toItems(rows);
  },
  title: (_item, reminder) => {
    const left = whenLeft(reminder.daysLeft);
    return { zh: `供应商资质证书${left.zh}`, en: `A vendor qualification ${left.en}` };
  },
};

/** Due-diligence validity of vendors still in play (not terminated). */
export const dueDiligenceExpiryKind: DueItemKind = {
  code: 'vendor-due-diligence-expiry',
  offsets: OFFSETS,
  async listDue(db: Executor, range) {
    const rows = await db
      .select({
        id: vendorDueDiligence.id,
        dueDate: vendorDueDiligence.validUntil,
        vendorId: vendors.id,
        managerId: vendors.relationshipManagerId,
      })
      .from(vendorDueDiligence)
      .innerJoin(vendors, eq(vendors.id, vendorDueDiligence.vendorId))
      .where(
        and(
          between(vendorDueDiligence.validUntil, range.from, range.to),
          ne(vendors.status, 'terminated'),
          isNotNull(vendors.relationshipManagerId),
        ),
      );
    return toItems(rows);
  },
  title: (_item, reminder) => {
    const left = whenLeft(reminder.daysLeft);
    return { zh: `供应商尽职调查结论${left.zh}`, en: `A vendor due-diligence result ${left.en}` };
  },
};
