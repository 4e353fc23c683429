import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgSettings } from './org.table';

export type OrgSettingsRow = typeof orgSettings.$inferSelect;

/** The organisation settings live in one row with id 'org' (created at bootstrap). */
export const ORG_SETTINGS_ID = 'org';

export async function findOrgSettings(db: Executor): Promise<OrgSettingsRow | undefined> {
  const [row] = await db.select().from(orgSettings).where(eq(orgSettings.id, ORG_SETTINGS_ID));
  return row;
}

export async function lockOrgSettings(tx: Executor): Promise<OrgSettingsRow | undefined> {
  const [row] = await tx.select().from(orgSettings).where(eq(orgSettings.id, ORG_SETTINGS_ID)).for('update');
  return row;
}

export async function updateOrgSettingsRow(
  tx: Executor,
  set: Partial<typeof orgSettings.$inferInsert>,
): Promise<OrgSettingsRow> {
  const [row] = await tx.update(orgSettings).set(set).where(eq(orgSettings.id, ORG_SETTINGS_ID)).returning();
  if (!row) throw new Error('org settings update returned nothing');
  return row;
}
