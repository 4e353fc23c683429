import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';

describe('saved list filters (per user)', () => {
  let t: TestApp;
  let alice: TestSession;
  let bob: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.signInAdmin();
    alice = (await createSignedInUser(t, admin, 'filter.alice', ['specialist'])).session;
    bob = (await createSignedInUser(t, admin, 'filter.bob', ['specialist'])).session;
  });
  afterAll(async () => t.close());

  it('saves, lists in saved order, and keeps each user to their own', async () => {
    const first = await alice.post('/api/v1/me/saved-filters', {
      list: 'vendors',
      name: '关键供应商',
      query: 'tier=critical&sort=name',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ list: 'vendors', name: '关键供应商', query: 'tier=critical&sort=name' });
    await alice.post('/api/v1/me/saved-filters', { list: 'vendors', name: '已批准', query: 'status=approved' });
    await alice.post('/api/v1/me/saved-filters', { list: 'users', name: '停用', query: 'active=false' });

    const mine = (await alice.get('/api/v1/me/saved-filters?list=vendors')).json();
    expect(mine.map((f: { name: string }) => f.name)).toEqual(['关键供应商', '已批准']);
    expect((await bob.get('/api/v1/me/saved-filters?list=vendors')).json()).toEqual([]);
    expect((await bob.delete(`/api/v1/me/saved-filters/${first.json().id}`)).statusCode).toBe(404);
    expect((await auditEventsOf(t.db, 'saved-filter', first.json().id)).map((e) => e.action)).toEqual([
      'saved-filter.create',
    ]);
  });

  it('refuses a duplicate name (409 on the name field), paging parameters and a bad list name', async () => {
    const dup = await alice.post('/api/v1/me/saved-filters', { list: 'vendors', name: '已批准', query: 'tier=low' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'duplicate_saved_filter', errors: [{ path: 'name' }] });
    const paged = await alice.post('/api/v1/me/saved-filters', { list: 'vendors', name: 'x', query: 'page=2' });
    expect(paged.statusCode).toBe(400);
    expect(paged.json().errors).toEqual([{ path: 'body.query', message: '不能包含分页参数。' }]);
    const badList = await alice.post('/api/v1/me/saved-filters', { list: 'Vendors!', name: 'x', query: '' });
    expect(badList.statusCode).toBe(400);
    // Bob may use the same name on his own list.
    expect(
      (await bob.post('/api/v1/me/saved-filters', { list: 'vendors', name: '已批准', query: 'status=approved' }))
        .statusCode,
    ).toBe(201);
  });

  it('deletes one of mine, audited', async () => {
    const [target] = (await alice.get('/api/v1/me/saved-filters?list=vendors')).json();
    expect((await alice.delete(`/api/v1/me/saved-filters/${target.id}`)).statusCode).toBe(204);
    expect((await alice.delete(`/api/v1/me/saved-filters/${target.id}`)).statusCode).toBe(404);
    const names = (await alice.get('/api/v1/me/saved-filters?list=vendors'))
      .json()
      .map((f: { name: string }) => f.name);
    expect(names).toEqual(['已批准']);
    expect((await auditEventsOf(t.db, 'saved-filter', target.id)).map((e) => e.action)).toEqual([
      'saved-filter.create',
      'saved-filter.delete',
    ]);
  });
});
