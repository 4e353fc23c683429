import { PERMISSIONS, type Role } from '@thirdline/shared/rbac/permissions';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Actor } from '../../../platform/auth/actor';
import { addDays } from '../../../platform/calendar/iso-date';
import type { Clock } from '../../../platform/calendar/clock';
import { localDate } from '../../../platform/calendar/zoned-time';
import { activeUserIdsWithRole, organisationTimeZone } from '../../org';
import { contracts } from '../contracts.table';
import { acceptMilestone } from './commands/accept-milestone';
import type { LedgerCommandContext } from './commands/context';
import { createMilestone } from './commands/create-milestone';
import { recordCheck } from './commands/record-check';
import { recordPayment } from './commands/record-payment';
import { contractMilestones } from './ledger.table';
import { fromCents, toCents } from './money';

/** Contracts of the demo that get a ledger: in force or ended, and without milestones yet (so a rerun adds none). */
async function contractsWithoutLedger(db: Db) {
  return queryRows<{ id: string; amount: string; start_date: string; end_date: string; status: string }>(
    db,
    sql`select c.id, c.amount::text as amount, c.start_date::text as start_date, c.end_date::text as end_date, c.status
      from ${contracts} c where c.status in ('active', 'expired', 'terminated')
        and not exists (select 1 from ${contractMilestones} m where m.contract_id = c.id)
      order by c.reference limit 60`,
  );
}

/** The first active demo user with `role`, as an actor holding every permission (the seed acts in their name). */
export async function demoActor(db: Db, role: Role): Promise<Actor | undefined> {
  const [userId] = await activeUserIdsWithRole(db, role);
  if (!userId) return undefined;
  return {
    userId,
    username: role,
    displayName: role,
    departmentId: null,
    roles: [role],
    permissions: new Set(PERMISSIONS),
    locale: 'zh-CN',
    mustChangePassword: false,
    via: 'session',
  };
}

/**
 * Gives the demo's running and ended contracts a ledger through the same commands as the API (audited): three
 * milestones (kick-off accepted and 30 % paid, delivery accepted and paid when its date has passed, final acceptance
 * planned) and, for active contracts, last month's execution check. Needs the demo contracts and a director and a
 * finance user; idempotent (contracts with milestones are left alone).
 */
export async function seedDemoLedger(db: Db, clock: Clock, fallbackTimeZone: string): Promise<{ contracts: number }> {
  const director = await demoActor(db, 'director');
  const finance = await demoActor(db, 'finance');
  if (!director || !finance) return { contracts: 0 };
  const audit = systemAuditContext(clock, 'seed-demo');
  const today = localDate(audit.at, await organisationTimeZone(db, fallbackTimeZone));
  const c: LedgerCommandContext = { db, actor: director, audit, today };
  const rows = await contractsWithoutLedger(db);
  for (const [i, k] of rows.entries()) {
    const plan = [
      { name: '项目启动与需求确认', dueDate: addDays(k.start_date, 30), share: 30n, accept: true },
      { name: '系统上线 / 服务交付', dueDate: addDays(k.start_date, 120), share: 40n, accept: true },
      { name: '终验与运维移交', dueDate: addDays(k.end_date, -30), share: 30n, accept: false },
    ];
    for (const p of plan) {
      const planned = fromCents((toCents(k.amount) * p.share) / 100n);
      const m = await createMilestone(c, k.id, { name: p.name, dueDate: p.dueDate, plannedAmount: planned });
      const acceptedOn = addDays(p.dueDate, 5);
      if (!p.accept || acceptedOn > today) continue;
      await acceptMilestone(c, k.id, m.id, { version: m.version, result: 'accepted', acceptedOn, documentFileIds: [] });
      const paidOn = addDays(acceptedOn, 10);
      if (paidOn > today) continue;
      await recordPayment({ ...c, actor: finance }, k.id, {
        milestoneId: m.id,
        invoiceNumber: `FP${today.slice(0, 4)}${String(i + 1).padStart(4, '0')}${p.share}`,
        amount: planned,
        paidOn,
        approverId: director.userId,
      });
    }
    if (k.status === 'active') {
      await recordCheck(c, k.id, {
        checkedOn: addDays(today, -20),
        findings: '服务水平达标，月度报告按时提交。',
        followUps: i % 3 === 0 ? '供应商补充备份恢复演练记录。' : null,
      });
    }
  }
  return { contracts: rows.length };
}
