import { randomBytes } from 'node:crypto';
import type { Role } from '@thirdline/shared/rbac/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOrganisation, buildApp, type BuiltApp } from '../../app';
import { loadEnv } from '../../config/env';
import { openDatabase, type Database } from '../../db/client';
import { createSignedInUser, USER_PASSWORD } from '../../test/api-users';
import type { TestApp } from '../../test/test-app';
import { adminQuery } from '../../test/test-database';
import { signIn, TEST_ADMIN_PASSWORD, type TestSession } from '../../test/test-session';
import { FixedClock } from '../calendar/clock';
import { seedHolidayCalendar } from '../calendar/seed-holidays';
import { seedWorkflowDefinitions } from './default-definitions';
import { decide, putTestFlow, startTestApproval, type Detail } from './workflow-test-support';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('decisions from two app instances on one PostgreSQL', () => {
  const name = `thirdline_wf_${randomBytes(5).toString('hex')}`;
  const clock = new FixedClock('2026-03-02T02:00:00Z');
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  let databases: Database[] = [];
  let apps: BuiltApp[] = [];
  let first: TestApp;

  beforeAll(async () => {
    await adminQuery(serverUrl as string, `create database ${name}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    databases = await Promise.all([1, 2].map(() => openDatabase({ databaseUrl: url.toString(), poolSize: 4 })));
    const db = databases[0]!.db;
    await databases[0]!.migrate();
    await bootstrapOrganisation(db, clock, { adminPassword: TEST_ADMIN_PASSWORD, timeZone: env.ORG_TIME_ZONE });
    await seedHolidayCalendar(db, clock);
    await seedWorkflowDefinitions(db, clock);
    apps = await Promise.all(databases.map((d) => buildApp({ env, database: d, db: d.db, clock })));
    // Enough of a TestApp for the helpers: the first instance's app, database and clock.
    first = { ...apps[0]!, db, clock } as unknown as TestApp;
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.app.close()));
    await Promise.all(databases.map((d) => d.close()));
    await adminQuery(serverUrl as string, `drop database if exists ${name} with (force)`);
  });

  /** The same user signed in on both instances. */
  async function onBoth(username: string, role: Role): Promise<{ id: string; sessions: TestSession[] }> {
    const admin = await signIn(apps[0]!.app, 'admin', TEST_ADMIN_PASSWORD);
    const { id } = await createSignedInUser(first, admin, username, [role]);
    return { id, sessions: await Promise.all(apps.map((a) => signIn(a.app, username, USER_PASSWORD))) };
  }

  it('applies exactly one of two simultaneous decisions on one task, the other gets 409', async () => {
    const reviewer = await onBoth('pg-legal', 'legal');
    const submitter = await onBoth('pg-submitter', 'project_manager');
    await putTestFlow(first, 'pg-one', [
      { key: 'legal', name: { zh: '法务', en: 'Legal' }, assignee: { rule: 'user', userId: reviewer.id }, mode: 'one' },
    ]);
    for (let round = 0; round < 5; round++) {
      const id = await startTestApproval(first, { flowCode: 'pg-one', submitterId: submitter.id });
      const detail = (await reviewer.sessions[0]!.get(`/api/v1/approvals/${id}`)).json() as Detail;
      const taskId = detail.stages[0]!.tasks[0]!.id;
      const results = await Promise.all([
        decide(reviewer.sessions[0]!, taskId, { decision: 'approve' }),
        decide(reviewer.sessions[1]!, taskId, { decision: 'reject', comment: '不同意' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const after = (await reviewer.sessions[1]!.get(`/api/v1/approvals/${id}`)).json() as Detail;
      expect(after.timeline.filter((e) => e.action === 'approved' || e.action === 'rejected')).toHaveLength(1);
      expect(after.status).toBe(results[0]!.statusCode === 200 ? 'approved' : 'rejected');
    }
  });

  it('advances an "all" stage exactly once when its last two reviewers approve at the same moment', async () => {
    const a = await onBoth('pg-a', 'technical_reviewer');
    const b = await onBoth('pg-b', 'technical_reviewer');
    const submitter = await onBoth('pg-sub2', 'project_manager');
    await putTestFlow(first, 'pg-all', [
      {
        key: 'both',
        name: { zh: '会审', en: 'Both' },
        assignee: { rule: 'role', role: 'technical_reviewer' },
        mode: 'all',
      },
    ]);
    const id = await startTestApproval(first, { flowCode: 'pg-all', submitterId: submitter.id });
    const tasks = ((await a.sessions[0]!.get(`/api/v1/approvals/${id}`)).json() as Detail).stages[0]!.tasks;
    const taskOf = (userId: string) => tasks.find((x) => x.assignee.id === userId)!.id;
    expect(tasks).toHaveLength(2);
    const results = await Promise.all([
      decide(a.sessions[0]!, taskOf(a.id), { decision: 'approve' }),
      decide(b.sessions[1]!, taskOf(b.id), { decision: 'approve' }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const after = (await a.sessions[1]!.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(after.status).toBe('approved');
    expect(after.stages[0]!.tasks.map((x) => x.status)).toEqual(['approved', 'approved']);
    expect(after.timeline.filter((e) => e.action === 'completed')).toHaveLength(1);
  });
});
