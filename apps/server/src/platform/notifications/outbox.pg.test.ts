import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { FixedClock } from '../calendar/clock';
import { saveChannel } from './channels.repository';
import { deliverOutbox } from './delivery';
import { insertOutboxRows, listOutbox } from './outbox.repository';

const serverUrl = process.env.TEST_DATABASE_URL;
const ROWS = 300;

describe.runIf(serverUrl)('outbox delivery with two instances on PostgreSQL', () => {
  let first: TestDatabase;
  let instances: Database[] = [];
  let robot: Server;
  const received: string[] = [];
  const clock = new FixedClock('2026-10-08T01:00:00Z');

  beforeAll(async () => {
    // Two instances: the migrated test database and a second connection pool on it.
    first = await createTestDatabase();
    instances = [first, await openDatabase({ databaseUrl: first.url, poolSize: 4 })];

    robot = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        received.push((JSON.parse(raw) as { text: { content: string } }).text.content);
        setTimeout(() => res.end('{"errcode":0}'), 2);
      });
    });
    await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/send?key=k`;
    const db = instances[0]!.db;
    await saveChannel(
      db,
      { vendor: 'wecom', enabled: true, webhookUrl: url, secretEncrypted: null },
      null,
      clock.now(),
    );
    await insertOutboxRows(
      db,
      Array.from({ length: ROWS }, (_, i) => ({
        channel: 'wecom',
        recipientId: null,
        payload: { kind: 'system', title: { zh: `消息 ${i}`, en: `Message ${i}` }, link: null },
      })),
      clock.now(),
    );
  });

  afterAll(async () => {
    await new Promise((resolve) => robot.close(resolve));
    await instances[1]?.close();
    await first.dispose();
  });

  it('sends every message exactly once when both instances deliver at the same moment', async () => {
    const secretKey = () => Promise.reject(new Error('no secrets here'));
    const runs = await Promise.all(
      [...instances, ...instances].map((d) => deliverOutbox({ db: d.db, clock, secretKey })),
    );
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(ROWS);
    expect(runs.every((r) => r.failed === 0 && r.dead === 0)).toBe(true);
    expect(received).toHaveLength(ROWS);
    expect(new Set(received).size).toBe(ROWS);
    expect((await listOutbox(instances[1]!.db, { page: 1, pageSize: 1, status: 'sent' })).total).toBe(ROWS);
    expect(await deliverOutbox({ db: instances[1]!.db, clock, secretKey })).toEqual({ sent: 0, failed: 0, dead: 0 });
  });
});
