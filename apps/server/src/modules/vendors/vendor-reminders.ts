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

type DatedTable = typeof vendorQualifications | typeof vendorDueDiligence;

/** A kind over one dated vendor sub-record: its rows due in the range, for vendors not terminated and with a manager. */
function vendorExpiryKind(
  code: string,
  table: DatedTable,
  dueColumn: typeof vendorQualifications.validTo | typeof vendorDueDiligence.validUntil,
  what: { zh: string; en: string },
): DueItemKind {
  return {
    code,
    offsets: OFFSETS,
    async listDue(db: Executor, range) {
      const rows = await db
        .select({ id: table.id, dueDate: dueColumn, vendorId: vendors.id, managerId: vendors.relationshipManagerId })
        .from(table)
        .innerJoin(vendors, eq(vendors.id, table.vendorId))
        .where(
          and(
            between(dueColumn, range.from, range.to),
            ne(vendors.status, 'terminated'),
            isNotNull(vendors.relationshipManagerId),
          ),
        );
      return toItems(rows);
    },
    title: (_item, reminder) => {
      const left = whenLeft(reminder.daysLeft);
      return { zh: `${what.zh}${left.zh}`, en: `${what.en} ${left.en}` };
    },
  };
}

export const qualificationExpiryKind = vendorExpiryKind(
  'vendor-qualification-expiry',
  vendorQualifications,
  vendorQualifications.validTo,
  { zh: '供应商资质证书', en: 'A vendor qualification' },
);

export const dueDiligenceExpiryKind = vendorExpiryKind(
  'vendor-due-diligence-expiry',
  vendorDueDiligence,
  vendorDueDiligence.validUntil,
  { zh: '供应商尽职调查结论', en: 'A vendor due-diligence result' },
);
