import type { Stage } from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../db/client';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { dueAfterWorkingDays } from '../calendar/zoned-time';
import { workflowRuntime } from './runtime';

/**
 * When a task of this stage, created at `at`, becomes overdue: `hours` later, or at the end of the N-th working
 * day (holiday calendar with 调休, organisation time zone). Null when the stage has no due time.
 */
export async function stageDueAt(db: Executor, stage: Stage, at: Date): Promise<Date | null> {
  if (!stage.due) return null;
  if (stage.due.unit === 'hours') return new Date(at.getTime() + stage.due.amount * 3_600_000);
  const calendar = await loadWorkingCalendar(db);
  const timeZone = await workflowRuntime().timeZone(db);
  return dueAfterWorkingDays(at, stage.due.amount, calendar, timeZone).overdueAt;
}
