import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrapOrganisation, buildApp, orgNotificationDirectory, organisationTimeZone } from './app';
import type { AppContext } from './app-context';
import { ConfigError, loadEnv, type Env } from './config/env';
import { openDatabase, type Database } from './db/client';
import { systemClock } from './platform/calendar/clock';
import { startJobs, type Jobs } from './platform/jobs/jobs';
import { createSmtpMailer } from './platform/notifications/email';
import { loadFileKey } from './platform/storage/file-key';
import { seedReferenceData } from './reference-data';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main() {
  let env: Env;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }

  let database: Database;
  try {
    database = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: path.join(env.DATA_DIR, 'db'),
      poolSize: env.DATABASE_POOL_SIZE,
    });
    await database.migrate();
  } catch (err) {
    const where = env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `the embedded database in ${env.DATA_DIR}/db`;
    console.error(`Cannot open ${where}: ${(err as Error).message}`);
    process.exit(1);
  }

  let fileKey: Buffer;
  try {
    fileKey = await loadFileKey(env);
  } catch (err) {
    console.error(`Cannot load the file encryption key: ${(err as Error).message}`);
    process.exit(1);
  }

  const bootstrap = await bootstrapOrganisation(database.db, systemClock, {
    adminPassword: env.ADMIN_PASSWORD,
    timeZone: env.ORG_TIME_ZONE,
  });
  await seedReferenceData(database.db, systemClock);

  const ctx: AppContext = { env, database, db: database.db, clock: systemClock, fileKey };
  const { app, dueItems, jobRuntime, secretKey } = await buildApp(ctx, {
    logger: {
      level: env.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    webDist: WEB_DIST,
  });

  let jobs: Jobs;
  try {
    jobs = await startJobs({
      database,
      databaseUrl: env.DATABASE_URL,
      clock: systemClock,
      registry: dueItems,
      timeZone: () => organisationTimeZone(database.db, env.ORG_TIME_ZONE),
      outbox: {
        mailer: env.SMTP_URL ? createSmtpMailer(env.SMTP_URL, env.SMTP_FROM) : undefined,
        directory: orgNotificationDirectory,
        publicUrl: env.PUBLIC_URL,
        secretKey,
      },
      log: app.log,
    });
    jobRuntime.attach(jobs.boss);
  } catch (err) {
    console.error(`Cannot start the job queue: ${(err as Error).message}`);
    process.exit(1);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: env.PORT, host: env.HOST });
  const url = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const where = database.kind === 'pglite' ? `embedded, ${path.resolve(env.DATA_DIR, 'db')}` : 'PostgreSQL';
  console.log(`\nThirdline is running at ${url} (database: ${where})`);
  if (bootstrap.generatedAdminPassword) {
    console.log(`Sign in as "admin" with the password ${bootstrap.generatedAdminPassword}`);
    console.log('It is shown only this once: note it now, or set ADMIN_PASSWORD before the first start.\n');
  } else if (bootstrap.adminCreated) {
    console.log('Sign in as "admin" with the password from ADMIN_PASSWORD.\n');
  } else {
    console.log('Sign in with your Thirdline account (first administrator: "admin").\n');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
