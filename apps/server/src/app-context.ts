import type { Env } from './config/env';
import type { Database, Db } from './db/client';
import type { Clock } from './platform/calendar/clock';

/** What every module's routes and commands are given: configuration, the database and the clock. */
export interface AppContext {
  env: Env;
  database: Database;
  db: Db;
  clock: Clock;
}
