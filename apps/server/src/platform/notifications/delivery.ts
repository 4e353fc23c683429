import type { ChatVendor } from '@thirdline/shared/notifications/notifications.schemas';
import type { Db } from '../../db/client';
import type { Clock } from '../calendar/clock';
import { listChannels } from './channels.repository';
import { chatText, postChat, type ChatRobot } from './chat';
import type { NotificationDirectory } from './directory';
import { renderEmail, type Mailer } from './email';
import { claimDueOutbox, markOutboxFailed, markOutboxSent, type OutboxRow } from './outbox.repository';
import { openSecret } from './secret-box';

export interface OutboxDeliveryDeps {
  db: Db;
  clock: Clock;
  /** The SMTP mailer; absent when `SMTP_URL` is not set. */
  mailer?: Mailer | undefined;
  directory?: NotificationDirectory | undefined;
  publicUrl?: string | undefined;
  /** The key chat-robot secrets are sealed with (the file encryption key). */
  secretKey: () => Promise<Buffer>;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  dead: number;
}

/** Attempts before a message is given up (`dead`); an admin can put it back in line. */
export const MAX_ATTEMPTS = 10;
const BATCH = 50;
const MAX_BATCHES = 20;
/** How long a claimed row is reserved for the instance sending it. */
const LEASE_MS = 5 * 60_000;

/** Wait before attempt n + 1 after n failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** Sends every outbox row due now, batch by batch. Safe to run on several instances at once. */
export async function deliverOutbox(deps: OutboxDeliveryDeps): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, dead: 0 };
  let robots: Map<ChatVendor, ChatRobot> | undefined;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const rows = await claimDueOutbox(deps.db, deps.clock.now(), BATCH, LEASE_MS);
    for (const row of rows) {
      try {
        if (row.channel === 'email') await sendEmail(deps, row);
        else await sendChat((robots ??= await loadRobots(deps)), row, deps.clock.now());
        await markOutboxSent(deps.db, row.id, deps.clock.now());
        result.sent++;
      } catch (err) {
        const retryAt =
          row.attempts >= MAX_ATTEMPTS ? null : new Date(deps.clock.now().getTime() + backoffMs(row.attempts));
        await markOutboxFailed(deps.db, row.id, errorText(err), retryAt);
        if (retryAt) result.failed++;
        else result.dead++;
      }
    }
    if (rows.length < BATCH) break;
  }
  return result;
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
}

async function sendEmail(deps: OutboxDeliveryDeps, row: OutboxRow): Promise<void> {
  if (!deps.mailer) throw new Error('SMTP_URL is not configured');
  if (!row.recipient_id || !deps.directory) throw new Error('no recipient');
  const person = (await deps.directory.recipients(deps.db, [row.recipient_id])).get(row.recipient_id);
  if (!person?.active || !person.email) throw new Error('the recipient has no e-mail address or is deactivated');
  await deps.mailer.send(
    renderEmail(
      row.payload,
      { displayName: person.displayName, email: person.email, locale: person.locale },
      deps.publicUrl,
    ),
  );
}

async function sendChat(robots: Map<ChatVendor, ChatRobot>, row: OutboxRow, now: Date): Promise<void> {
  const robot = robots.get(row.channel as ChatVendor);
  if (!robot) throw new Error(`the ${row.channel} robot is not configured or disabled`);
  await postChat(robot, chatText(row.payload.title, row.payload.link), now);
}

export async function loadRobots(
  deps: Pick<OutboxDeliveryDeps, 'db' | 'secretKey'>,
): Promise<Map<ChatVendor, ChatRobot>> {
  const robots = new Map<ChatVendor, ChatRobot>();
  for (const c of await listChannels(deps.db)) {
    if (!c.enabled || !c.webhookUrl) continue;
    const secret = c.secretEncrypted ? openSecret(await deps.secretKey(), c.vendor, c.secretEncrypted) : null;
    robots.set(c.vendor, { vendor: c.vendor, webhookUrl: c.webhookUrl, secret });
  }
  return robots;
}
