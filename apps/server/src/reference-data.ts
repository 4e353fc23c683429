// The reference data every database needs before the app serves it: holidays, approval flows, vendor lists,
// the clause library, the evaluation templates and the exchange rates to CNY. Each seed inserts only what is
// missing, never overwriting edits.
import type { Executor } from './db/client';
import { seedClauseLibrary } from './modules/contracts';
import { seedEvaluationTemplates } from './modules/evaluations';
import { seedVendorLists } from './modules/vendors';
import type { Clock } from './platform/calendar/clock';
import { seedHolidayCalendar } from './platform/calendar/seed-holidays';
import { seedExchangeRates } from './platform/exchange-rates';
import { seedWorkflowDefinitions } from './platform/workflow';

export async function seedReferenceData(db: Executor, clock: Clock): Promise<void> {
  await seedHolidayCalendar(db, clock);
  await seedWorkflowDefinitions(db, clock);
  await seedVendorLists(db, clock);
  await seedClauseLibrary(db, clock);
  await seedEvaluationTemplates(db, clock);
  await seedExchangeRates(db, clock);
}
