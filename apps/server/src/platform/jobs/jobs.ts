import type PgBoss from 'pg-boss';
import type { Database } from '../../db/client';
import type { Clock } from '../calendar/clock';
import { createBoss } from './boss';
import type { DueItemRegistry } from './due-items';
import { runReminderScan, type ReminderScanResult } from './reminder-scan';
import { deliverOutbox, type DeliveryResult, type OutboxDeliveryDeps } from '../notifications/delivery';

export const REMINDER_SCAN_QUEUE = 'reminder-scan';
/** Every morning at 07:00 in the organisation's time zone, and hourly after that to catch up on downtime. */
export const REMINDER_SCAN_CRON = '0 7-20 * * *';
/** Sends the e-mails and chat messages waiting in the notification outbox. */
export const NOTIFICATION_OUTBOX_QUEUE = 'notification-outbox';
export const NOTIFICATION_OUTBOX_CRON = '* * * * *';

export interface JobsDeps {
  database: Database;
  databaseUrl?: string | undefined;
  clock: Clock;
  registry: DueItemRegistry;
  /** The organisation's time zone, read when a job runs (and when schedules are written, at start). */
  timeZone: () => Promise<string>;
  /** E-mail and chat-robot delivery (mailer, directory, secret key …). */
  outbox?: Omit<OutboxDeliveryDeps, 'db' | 'clock'>;
  log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

export interface Jobs {
  boss: PgBoss;
  /** Runs the reminder scan now, in this process (what the scheduled job does). */
  scanReminders(): Promise<ReminderScanResult>;
  /** Delivers the due outbox rows now, in this process (what the scheduled job does). */
  deliverOutbox(): Promise<DeliveryResult>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss with the application: creates the queues, (re)writes the cron schedules in the organisation's time
 * zone and works the queues. Every job is idempotent by its own key in the database, so the several instances
 * pg-boss may run a job on, and retries, are harmless.
 */
export async function startJobs(deps: JobsDeps): Promise<Jobs> {
  const boss = createBoss(deps.database, { databaseUrl: deps.databaseUrl });
  boss.on('error', (error) => deps.log?.error({ err: error }, 'job queue error'));
  await boss.start();

  const scanReminders = async () =>
    runReminderScan(
      { db: deps.database.db, registry: deps.registry, timeZone: await deps.timeZone() },
      deps.clock.now(),
    );

  await boss.createQueue(REMINDER_SCAN_QUEUE, { name: REMINDER_SCAN_QUEUE, policy: 'singleton', retryLimit: 3 });
  await boss.schedule(REMINDER_SCAN_QUEUE, REMINDER_SCAN_CRON, undefined, { tz: await deps.timeZone() });
  await boss.work(REMINDER_SCAN_QUEUE, async () => {
    const result = await scanReminders();
    deps.log?.info({ ...result }, 'reminder scan');
    return result;
  });

  const outbox = deps.outbox ?? { secretKey: () => Promise.reject(new Error('no secret key configured')) };
  const deliver = () => deliverOutbox({ ...outbox, db: deps.database.db, clock: deps.clock });
  await boss.createQueue(NOTIFICATION_OUTBOX_QUEUE, {
    name: NOTIFICATION_OUTBOX_QUEUE,
    policy: 'singleton',
    retryLimit: 1,
  });
  await boss.schedule(NOTIFICATION_OUTBOX_QUEUE, NOTIFICATION_OUTBOX_CRON, undefined, { tz: await deps.timeZone() });
  await boss.work(NOTIFICATION_OUTBOX_QUEUE, async () => {
    const result = await deliver();
    if (result.sent + result.failed + result.dead > 0) deps.log?.info({ ...result }, 'notification outbox');
    return result;
  });

  return {
    boss,
    scanReminders,
    deliverOutbox: deliver,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
