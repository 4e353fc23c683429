import { CHAT_VENDORS, type ChatVendor } from '@thirdline/shared/notifications/notifications.schemas';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

export interface ChannelRow {
  vendor: ChatVendor;
  enabled: boolean;
  webhookUrl: string | null;
  secretEncrypted: string | null;
  updatedAt: string | null;
}

interface RawChannelRow {
  vendor: string;
  enabled: boolean;
  webhook_url: string | null;
  secret_encrypted: string | null;
  updated_at: string | null;
}

/** Every vendor, configured or not (an unconfigured one is disabled, without URL). */
export async function listChannels(db: Executor): Promise<ChannelRow[]> {
  const rows = await queryRows<RawChannelRow>(
    db,
    sql`select vendor, enabled, webhook_url, secret_encrypted, updated_at from notification_channels`,
  );
  const byVendor = new Map(rows.map((r) => [r.vendor, r]));
  return CHAT_VENDORS.map((vendor) => {
    const r = byVendor.get(vendor);
    return {
      vendor,
      enabled: r?.enabled ?? false,
      webhookUrl: r?.webhook_url ?? null,
      secretEncrypted: r?.secret_encrypted ?? null,
      updatedAt: r?.updated_at ? new Date(r.updated_at).toISOString() : null,
    };
  });
}

export async function findChannel(db: Executor, vendor: ChatVendor): Promise<ChannelRow | undefined> {
  return (await listChannels(db)).find((c) => c.vendor === vendor);
}

/** The robots messages go to now: enabled and with a webhook URL. */
export async function enabledChatVendors(db: Executor): Promise<ChatVendor[]> {
  const rows = await queryRows<{ vendor: string }>(
    db,
    sql`select vendor from notification_channels where enabled and webhook_url is not null order by vendor`,
  );
  return rows.map((r) => r.vendor).filter((v): v is ChatVendor => (CHAT_VENDORS as readonly string[]).includes(v));
}

export async function saveChannel(
  db: Executor,
  row: Omit<ChannelRow, 'updatedAt'>,
  by: string | null,
  at: Date,
): Promise<void> {
  await db.execute(sql`
    insert into notification_channels (vendor, enabled, webhook_url, secret_encrypted, updated_at, updated_by)
    values (${row.vendor}, ${row.enabled}, ${row.webhookUrl}, ${row.secretEncrypted}, ${at.toISOString()}::timestamptz, ${by})
    on conflict (vendor) do update set enabled = excluded.enabled, webhook_url = excluded.webhook_url,
      secret_encrypted = excluded.secret_encrypted, updated_at = excluded.updated_at, updated_by = excluded.updated_by`);
}
