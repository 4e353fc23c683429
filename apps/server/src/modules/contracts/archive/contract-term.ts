import { and, between, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit';
import { addDays, toDayNumber } from '../../../platform/calendar/iso-date';
import type { DueItem, DueItemKind } from '../../../platform/jobs/due-items';
import { lockContract, updateContractRow } from '../contracts.repository';
import { contracts } from '../contracts.table';

/** A signed contract becomes active on its start date, or on the signing date if that is later (issue 6). */
export function activationDate(startDate: string, signedOn: string): string {
  return signedOn > startDate ? signedOn : startDate;
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * The next term of an auto-renewing contract: it starts the day after the end date and lasts as long as the last
 * one — in whole months when the term was whole months (1 Jan–31 Dec → the next calendar year), else in days.
 */
export function nextTerm(startDate: string, endDate: string): { startDate: string; endDate: string } {
  const nextStart = addDays(endDate, 1);
  for (let months = 1; months <= 1200; months++) {
    const end = addDays(addMonths(startDate, months), -1);
    if (end === endDate) return { startDate: nextStart, endDate: addDays(addMonths(nextStart, months), -1) };
    if (end > endDate) break;
  }
  const days = toDayNumber(endDate) - toDayNumber(startDate);
  return { startDate: nextStart, endDate: addDays(nextStart, days) };
}

interface TermItem extends DueItem {
  reference: string;
  autoRenewal: boolean;
}

const systemAudit = (at: Date, what: string): AuditContext => ({
  actorId: null,
  actorName: `system:${what}`,
  requestId: null,
  ip: null,
  at,
});

/** Catch up on days the scan did not run: the action is taken on the first scan on or after the due day. */
const DAILY_UNTIL_DONE = { onTheDay: true, overdueEveryDays: 1, overdueForDays: 366 };

/** Activates signed contracts on their activation day (the scan's exactly-once claim makes it happen once). */
export const contractActivationKind: DueItemKind = {
  code: 'contract-activation',
  offsets: DAILY_UNTIL_DONE,
  async listDue(db: Executor, range) {
    const due = sql<string>`to_char(greatest(${contracts.startDate}, ${contracts.signedOn}), 'YYYY-MM-DD')`;
    const rows = await db
      .select({ id: contracts.id, dueDate: due, reference: contracts.reference, pm: contracts.projectManagerId })
      .from(contracts)
      .where(
        and(
          eq(contracts.status, 'approved'),
          isNotNull(contracts.signedOn),
          between(sql`greatest(${contracts.startDate}, ${contracts.signedOn})`, range.from, range.to),
        ),
      );
    return rows.map((r): TermItem => ({ ...termItem(r), autoRenewal: false }));
  },
  title: (item) => {
    const ref = (item as TermItem).reference;
    return { zh: `合同 ${ref} 已生效`, en: `Contract ${ref} is now active` };
  },
  async onSent(tx: Tx, item: DueItem, _reminder, at: Date) {
    const before = await lockContract(tx, item.id);
    if (!before || before.status !== 'approved' || !before.signedOn) return;
    const after = await updateContractRow(tx, item.id, {
      status: 'active',
      activatedAt: at,
      updatedAt: at,
      version: before.version + 1,
    });
    await recordAudit(tx, systemAudit(at, 'contract-term'), {
      action: 'contract.activate',
      recordType: 'contract',
      recordId: item.id,
      before,
      after,
    });
  },
};

/**
 * The day after an active contract's end date: it expires (endedOn = end date), or — auto-renewing — its term
 * rolls over by its own length. Either is audited; the project manager is told.
 */
export const contractExpiryKind: DueItemKind = {
  code: 'contract-term-end',
  offsets: DAILY_UNTIL_DONE,
  async listDue(db: Executor, range) {
    const rows = await db
      .select({
        id: contracts.id,
        endDate: contracts.endDate,
        reference: contracts.reference,
        pm: contracts.projectManagerId,
        autoRenewal: contracts.autoRenewal,
      })
      .from(contracts)
      .where(
        and(eq(contracts.status, 'active'), between(contracts.endDate, addDays(range.from, -1), addDays(range.to, -1))),
      );
    return rows.map((r): TermItem => ({
      ...termItem({ ...r, dueDate: addDays(r.endDate, 1) }),
      autoRenewal: r.autoRenewal,
    }));
  },
  title: (item) => {
    const { reference, autoRenewal } = item as TermItem;
    return autoRenewal
      ? { zh: `合同 ${reference} 已自动续期`, en: `Contract ${reference} renewed automatically` }
      : { zh: `合同 ${reference} 已到期`, en: `Contract ${reference} has expired` };
  },
  async onSent(tx: Tx, item: DueItem, _reminder, at: Date) {
    const before = await lockContract(tx, item.id);
    // A variation or renewal may have moved the end date since the scan listed it: then this day is not the end.
    if (!before || before.status !== 'active' || addDays(before.endDate, 1) !== item.dueDate) return;
    const renew = before.autoRenewal;
    const after = await updateContractRow(tx, item.id, {
      ...(renew ? nextTerm(before.startDate, before.endDate) : { status: 'expired', endedOn: before.endDate }),
      updatedAt: at,
      version: before.version + 1,
    });
    await recordAudit(tx, systemAudit(at, 'contract-term'), {
      action: renew ? 'contract.auto-renew' : 'contract.expire',
      recordType: 'contract',
      recordId: item.id,
      before,
      after,
    });
  },
};

function termItem(r: { id: string; dueDate: string; reference: string; pm: string | null }) {
  return {
    id: r.id,
    dueDate: r.dueDate,
    reference: r.reference,
    recipients: r.pm ? [r.pm] : [],
    link: `/contracts/${r.id}`,
  };
}
