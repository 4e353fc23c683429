import type { Executor, Tx } from '../../db/client';

/** One dated obligation: a contract's end, a qualification's expiry, a report's due date … */
export interface DueItem {
  /** Unique within its kind. */
  id: string;
  /** The due date `YYYY-MM-DD` in the organisation's calendar. */
  dueDate: string;
  /** User ids to notify. */
  recipients: string[];
  /** Where the notification links to, e.g. `/contracts/…`. */
  link: string | null;
}

/** Which reminders a kind sends, relative to the due date. */
export interface ReminderOffsets {
  /** Days before the due date, e.g. [90, 60, 30, 7]. */
  daysBefore?: number[];
  /** A reminder on the due date itself. */
  onTheDay?: boolean;
  /** Once overdue, a reminder every N days (N, 2N, …) … */
  overdueEveryDays?: number;
  /** … for this many days after the due date (default 365). */
  overdueForDays?: number;
}

/** The reminder being sent: `offsetDays` is its place in the series, `daysLeft` the actual days to the due date. */
export interface Reminder {
  offsetDays: number;
  daysLeft: number;
}

export interface DueItemKind {
  /** Stable code, e.g. `contract-end`; part of the exactly-once key, never rename it. */
  code: string;
  offsets: ReminderOffsets;
  /** Items whose due date is in [from, to] (inclusive, `YYYY-MM-DD`). */
  listDue(db: Executor, range: { from: string; to: string }): Promise<DueItem[]>;
  /** The notification title in both languages. */
  title(item: DueItem, reminder: Reminder): { zh: string; en: string };
  /**
   * Optional action when a reminder is sent, in the transaction that claims it (so it happens exactly once too),
   * e.g. escalating an overdue approval task.
   */
  onSent?(tx: Tx, item: DueItem, reminder: Reminder, at: Date): Promise<void>;
}

/** The kinds of dated obligations modules register at start; the reminder scan walks them all. */
export class DueItemRegistry {
  private readonly byCode = new Map<string, DueItemKind>();

  register(kind: DueItemKind): void {
    if (this.byCode.has(kind.code)) throw new Error(`due-item kind "${kind.code}" is registered twice`);
    validateOffsets(kind);
    this.byCode.set(kind.code, kind);
  }

  kinds(): DueItemKind[] {
    return [...this.byCode.values()];
  }
}

function validateOffsets(kind: DueItemKind): void {
  const { daysBefore = [], overdueEveryDays, overdueForDays } = kind.offsets;
  const positive = (n: number) => Number.isInteger(n) && n > 0;
  if (!daysBefore.every(positive)) throw new Error(`${kind.code}: daysBefore must be positive whole days`);
  if (overdueEveryDays !== undefined && !positive(overdueEveryDays)) {
    throw new Error(`${kind.code}: overdueEveryDays must be a positive whole number`);
  }
  if (overdueForDays !== undefined && !positive(overdueForDays)) {
    throw new Error(`${kind.code}: overdueForDays must be a positive whole number`);
  }
}

/** Every offset of a kind's series, ascending (days relative to the due date). */
export function offsetSeries(offsets: ReminderOffsets): number[] {
  const series = new Set<number>((offsets.daysBefore ?? []).map((d) => -d));
  if (offsets.onTheDay) series.add(0);
  if (offsets.overdueEveryDays) {
    const until = offsets.overdueForDays ?? 365;
    for (let d = offsets.overdueEveryDays; d <= until; d += offsets.overdueEveryDays) series.add(d);
  }
  return [...series].sort((a, b) => a - b);
}

/**
 * The reminder an item is due for when it is `daysSinceDue` days past its due date (negative: before it): the
 * latest offset already reached. A day the scan did not run is caught up on the next run, but only the latest
 * reminder goes out (nobody needs "90 days left" and "60 days left" on the same morning). `undefined` before the
 * first offset.
 */
export function currentOffset(series: number[], daysSinceDue: number): number | undefined {
  let current: number | undefined;
  for (const offset of series) {
    if (offset > daysSinceDue) break;
    current = offset;
  }
  return current;
}
