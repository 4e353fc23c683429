// A throwaway benchmark database: in-memory PGlite, or a fresh database on the PostgreSQL at BENCH_TARGET_URL.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/client';

export async function openBenchDatabase(
  serverUrl = process.env.BENCH_TARGET_URL,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!serverUrl) {
    const database = await openDatabase({});
    return { database, drop: async () => undefined };
  }
  const name = `thirdline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * `count` vendors in one INSERT … SELECT: Chinese names from a few word lists (so searches hit some and miss most),
 * English names, unique USCC-shaped codes, spread over types, tiers, statuses and categories.
 */
export async function seedVendors(database: Database, count: number, offset = 0) {
  await database.db.execute(sql`
    insert into vendors (id, reference, name, name_key, english_name, short_name, uscc, type, outsourcing_categories,
                         tier, status, created_at, updated_at)
    select gen_random_uuid(), 'V-2025-' || lpad(g::text, 7, '0'), n.name, n.name, n.english, n.short,
           '91' || lpad(g::text, 16, '0'),
           (array['software','hardware','network','integrator','cloud','consulting','security','bpo','hr','other'])[1 + g % 10],
           array[(array['consulting_planning','development_testing','operations','security','business_support'])[1 + g % 5]],
           (array['critical','high','medium','low'])[1 + g % 4],
           (array['candidate','shortlisted','approved','suspended','terminated'])[1 + g % 5],
           now() - (g || ' seconds')::interval, now()
    from generate_series(${offset + 1}::int, ${offset + count}::int) g,
    lateral (select
      (array['北京','上海','深圳','杭州','成都','南京','武汉','西安','广州','苏州'])[1 + g % 10]
        || (array['星河','云海','长风','恒信','博远','中科','华创','天融','金桥','远景','智联','同方','数安','睿达','新元'])[1 + (g / 10) % 15]
        || (array['科技','信息','数据','网络','软件','系统','咨询','安全'])[1 + (g / 150) % 8]
        || g || '号有限公司' as name,
      (array['Star','Cloud','Wind','Trust','Far','Sino','Hua','Tian','Gold','Vision'])[1 + g % 10]
        || ' Technology ' || g || ' Co., Ltd.' as english,
      (array['星河','云海','长风','恒信','博远'])[1 + g % 5] || g as short) n`);
  await database.db.execute(sql`vacuum analyze vendors`);
}

interface Listening {
  inject: FastifyInstance['inject'];
  close(): Promise<unknown>;
  server: { address(): unknown };
}

/**
 * Signs the administrator in on the full app, prints the ready line `{ full, bare, cookie, …extra }` the bench
 * driver waits for, and tears everything down on SIGTERM.
 */
export async function announceReady(
  servers: { full: Listening; bare: Listening },
  database: Database,
  drop: () => Promise<void>,
  adminPassword: string,
  extra: Record<string, unknown> = {},
) {
  const login = await servers.full.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: adminPassword },
  });
  const cookie = login.cookies.find((c) => c.name === 'thirdline_session')?.value;
  if (!cookie) throw new Error(`bench sign-in failed: ${login.statusCode} ${login.body}`);
  const port = (app: Listening) => (app.server.address() as { port: number }).port;
  console.log(JSON.stringify({ full: port(servers.full), bare: port(servers.bare), cookie, ...extra }));
  process.on('SIGTERM', async () => {
    await servers.full.close();
    await servers.bare.close();
    await database.close();
    await drop();
    process.exit(0);
  });
}
