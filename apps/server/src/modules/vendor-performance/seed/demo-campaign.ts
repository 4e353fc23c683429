import type { CampaignCriterion } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import { permissionsForRoles, type Role } from '@thirdline/shared/rbac/permissions';
import type { Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import { HttpProblem } from '../../../platform/errors/problem';
import type { Actor } from '../../../platform/auth/actor';
import { addDays } from '../../../platform/calendar/iso-date';
import type { Clock } from '../../../platform/calendar/clock';
import { localDate } from '../../../platform/calendar/zoned-time';
import { activeUserIdsWithRole, organisationTimeZone } from '../../org';
import { createCampaign } from '../campaigns/create-campaign';
import { listCampaigns } from '../campaigns/campaigns.repository';
import { saveSheet } from '../campaigns/save-sheet';
import { listSheets } from '../campaigns/sheets.repository';
import type { PerformanceContext } from '../context';

const DEMO_CAMPAIGN = '年度供应商评价（演示）';
/** Demo scores per criterion, in template order: a good vendor, then a weaker one. */
const DEMO_SCORES = [
  [92, 88, 85, 90],
  [72, 60, 65, 70],
];

function demoActor(userId: string, role: Role): Actor {
  return {
    userId,
    username: `demo-${role}`,
    displayName: role,
    departmentId: null,
    roles: [role],
    permissions: new Set(permissionsForRoles([role])),
    locale: 'zh-CN',
    mustChangePassword: false,
    via: 'session',
  };
}

/**
 * A re-evaluation campaign in progress (R4.4), made through the same commands as the API: the director starts it
 * over every approved vendor with the demo specialist as evaluator (besides each relationship manager), due in three
 * weeks; the specialist has submitted two sheets. Idempotent: nothing happens when the demo campaign exists.
 */
export async function seedDemoCampaign(db: Db, clock: Clock, fallbackTimeZone: string): Promise<{ created: number }> {
  const [directorId] = await activeUserIdsWithRole(db, 'director');
  const [specialistId] = await activeUserIdsWithRole(db, 'specialist');
  if (!directorId || !specialistId) return { created: 0 };
  if ((await listCampaigns(db, { page: 1, pageSize: 1, q: DEMO_CAMPAIGN }, { evaluatorId: null })).total > 0)
    return { created: 0 };
  const timeZone = await organisationTimeZone(db, fallbackTimeZone);
  const audit = systemAuditContext(clock, 'seed-demo');
  const today = localDate(audit.at, timeZone);
  const as = (userId: string, role: Role): PerformanceContext => ({
    db,
    actor: demoActor(userId, role),
    audit: { ...audit, actorId: userId },
    today,
  });

  const campaign = await createCampaign(as(directorId, 'director'), {
    name: DEMO_CAMPAIGN,
    year: Number(today.slice(0, 4)),
    selection: { mode: 'all-approved' },
    evaluatorIds: [specialistId],
    dueDate: addDays(today, 21),
  }).catch((err: unknown) => {
    // No approved vendor to evaluate yet (e.g. the vendor seed did not run): nothing to show.
    if (err instanceof HttpProblem) return null;
    throw err;
  });
  if (!campaign) return { created: 0 };
  const criteria = campaign.criteria as CampaignCriterion[];
  const { rows } = await listSheets(db, campaign.id, { page: 1, pageSize: DEMO_SCORES.length }, specialistId);
  for (const [i, { sheet }] of rows.entries()) {
    const values = DEMO_SCORES[i] ?? [];
    const scores = Object.fromEntries(criteria.map((k, j) => [k.id, values[j] ?? 80]));
    await saveSheet(as(specialistId, 'specialist'), campaign.id, sheet.id, {
      version: sheet.version,
      scores,
      submit: true,
    });
  }
  return { created: 1 };
}
