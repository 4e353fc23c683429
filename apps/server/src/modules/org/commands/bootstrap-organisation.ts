import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { systemAuditContext } from '../../../platform/audit/request-context';
import { hashPassword } from '../../../platform/auth/passwords';
import type { Clock } from '../../../platform/calendar/clock';
import { orgSettings, users } from '../org.table';
import { findUserByUsername } from '../users.repository';

export interface BootstrapResult {
  /** Set only when the admin user was created now with a generated password (shown once). */
  generatedAdminPassword?: string;
  adminCreated: boolean;
}

/**
 * First start: the organisation settings row and the user `admin` (password from ADMIN_PASSWORD, or a random one
 * returned once to be printed). Never a fixed default password. Safe to run on every start and on several instances.
 */
export async function bootstrapOrganisation(
  db: Db,
  clock: Clock,
  options: { adminPassword: string | undefined; timeZone: string },
): Promise<BootstrapResult> {
  const ctx = systemAuditContext(clock, 'bootstrap');
  const now = ctx.at;
  const inserted = await db
    .insert(orgSettings)
    .values({ id: 'org', name: 'Thirdline', timeZone: options.timeZone, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) {
    await db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'org-settings.create',
        recordType: 'org-settings',
        recordId: 'org',
        after: inserted[0],
      }),
    );
  }

  if (await findUserByUsername(db, 'admin')) return { adminCreated: false };
  const generated = options.adminPassword ? undefined : randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(options.adminPassword ?? (generated as string));
  return db.transaction(async (tx) => {
    const [admin] = await tx
      .insert(users)
      .values({
        id: uuidv7(),
        username: 'admin',
        displayName: '系统管理员',
        roles: ['admin'],
        passwordHash,
        mustChangePassword: false,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!admin) return { adminCreated: false };
    await recordAudit(tx, ctx, { action: 'user.create', recordType: 'user', recordId: admin.id, after: admin });
    return { adminCreated: true, ...(generated ? { generatedAdminPassword: generated } : {}) };
  });
}
