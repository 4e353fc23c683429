import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './app-context';
import {
  bootstrapOrganisation,
  orgAssigneeDirectory,
  orgNotificationDirectory,
  orgRecordReaders,
  organisationTimeZone,
  orgUserStore,
  registerOrgRoutes,
} from './modules/org';
import { contractExitRecordReaders, contractRecordReaders, registerContractsModule } from './modules/contracts';
import { emergencyRecordReaders, registerEmergencyModule } from './modules/emergency';
import { registerSourcingModule, sourcingRecordReaders } from './modules/sourcing';
import { evaluationRecordReaders, registerEvaluationsModule } from './modules/evaluations';
import { registerVendorsModule, vendorRecordReaders } from './modules/vendors';
import { registerVendorPerformanceModule, vendorPerformanceRecordReaders } from './modules/vendor-performance';
import { registerAuditRoutes } from './platform/audit/audit.routes';
import { RecordReaders } from './platform/audit/record-readers';
import { registerApiTokenRoutes } from './platform/auth/api-tokens.routes';
import { authSettings } from './platform/auth/auth-config';
import { registerAuthRoutes } from './platform/auth/auth.routes';
import { registerAuthGuard } from './platform/auth/guard';
import { registerCalendarRoutes } from './platform/calendar/calendar.routes';
import { registerExchangeRateRoutes } from './platform/exchange-rates';
import { DueItemRegistry } from './platform/jobs/due-items';
import { JobRuntime } from './platform/jobs/job-runtime';
import { registerJobRoutes } from './platform/jobs/jobs.routes';
import { registerChannelRoutes } from './platform/notifications/channels.routes';
import { configureNotificationRouting } from './platform/notifications/directory';
import { registerNotificationRoutes } from './platform/notifications/notifications.routes';
import { registerErrorHandling, sendProblem } from './platform/errors/error-handler';
import { HttpProblem } from './platform/errors/problem';
import { registerHealthRoutes } from './platform/http/health.routes';
import { registerMetrics } from './platform/http/metrics';
import { registerHttpPlugins } from './platform/http/plugins';
import { trackRoutePermissions, type RegisteredRoute } from './platform/http/route-permission';
import { hasWebApp, registerWebApp } from './platform/http/web-app';
import { EncryptedFileStore } from './platform/storage/encrypted-store';
import { loadFileKey } from './platform/storage/file-key';
import { registerFileRoutes } from './platform/storage/files.routes';
import { registerWorkflow, workflowRecordReaders } from './platform/workflow';

export { bootstrapOrganisation, orgNotificationDirectory, organisationTimeZone };

export interface BuiltApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
  /** The record-reader registry the modules registered into (tests add their own record types). */
  recordReaders: RecordReaders;
  /** The due-item kinds the modules registered (the reminder scan walks them). */
  dueItems: DueItemRegistry;
  fileStore: EncryptedFileStore;
  /** Holds the job queue once main.ts starts it (the jobs admin routes use it). */
  jobRuntime: JobRuntime;
  /** The file encryption key, also the key chat-robot secrets are sealed with. */
  secretKey: () => Promise<Buffer>;
}

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from this directory when it exists. */
  webDist?: string;
}

export async function buildApp(baseCtx: AppContext, options: BuildOptions = {}): Promise<BuiltApp> {
  const recordReaders = baseCtx.recordReaders ?? new RecordReaders();
  for (const [recordType, reader] of Object.entries({
    ...orgRecordReaders(),
    ...vendorRecordReaders(),
    ...emergencyRecordReaders(),
    ...contractRecordReaders(),
    ...contractExitRecordReaders(),
    ...sourcingRecordReaders(),
    ...evaluationRecordReaders(),
    ...workflowRecordReaders(),
    ...vendorPerformanceRecordReaders(),
  })) {
    recordReaders.register(recordType, reader);
  }
  const dueItems = baseCtx.dueItems ?? new DueItemRegistry();
  const fileKey = baseCtx.fileKey;
  const secretKey = () => (fileKey ? Promise.resolve(fileKey) : loadFileKey(baseCtx.env));
  const fileStore = new EncryptedFileStore(path.join(baseCtx.env.DATA_DIR, 'files'), secretKey);
  const ctx: AppContext = { ...baseCtx, recordReaders, dueItems, fileStore };
  const jobRuntime = new JobRuntime();
  configureNotificationRouting({ directory: orgNotificationDirectory, emailEnabled: !!ctx.env.SMTP_URL });
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
    // Malformed URLs and over-long path parameters are refused by the router itself: answer them as problems too.
    frameworkErrors: (error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      return sendProblem(
        reply,
        request,
        new HttpProblem({
          status,
          title: status === 414 ? 'URI Too Long' : 'Bad Request',
          detail: 'The URL is not valid.',
          code: 'invalid_url',
        }),
      );
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes = trackRoutePermissions(app);
  const serveWeb = hasWebApp(options.webDist);
  registerErrorHandling(app, { spaFallback: serveWeb });
  registerMetrics(app, ctx.env.METRICS_TOKEN);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerHttpPlugins(app, ctx);
  registerHealthRoutes(app, ctx.database);

  const auth = { db: ctx.db, clock: ctx.clock, users: orgUserStore, settings: authSettings(ctx.env) };
  registerAuthGuard(app, auth);
  registerAuthRoutes(app, auth);
  registerOrgRoutes(app, ctx);
  registerWorkflow(app, {
    db: ctx.db,
    clock: ctx.clock,
    directory: orgAssigneeDirectory,
    timeZone: (db) => organisationTimeZone(db, ctx.env.ORG_TIME_ZONE),
    dueItems,
  });
  registerVendorsModule(app, ctx);
  registerEmergencyModule(app, ctx);
  registerContractsModule(app, ctx);
  registerSourcingModule(app, ctx);
  registerEvaluationsModule(app, ctx);
  registerVendorPerformanceModule(app, ctx);
  registerAuditRoutes(app, { db: ctx.db, readers: recordReaders });
  registerApiTokenRoutes(app, { db: ctx.db, clock: ctx.clock });
  registerCalendarRoutes(app, { db: ctx.db, clock: ctx.clock });
  registerExchangeRateRoutes(app, { db: ctx.db, clock: ctx.clock });
  registerNotificationRoutes(app, { db: ctx.db, clock: ctx.clock, kinds: () => dueItems.kinds().map((k) => k.code) });
  registerChannelRoutes(app, { db: ctx.db, clock: ctx.clock, secretKey, directory: orgNotificationDirectory });
  registerJobRoutes(app, { db: ctx.db, clock: ctx.clock, runtime: jobRuntime });
  await registerFileRoutes(app, {
    db: ctx.db,
    clock: ctx.clock,
    store: fileStore,
    readers: recordReaders,
    maxUploadMb: ctx.env.MAX_UPLOAD_MB,
  });

  if (serveWeb) await registerWebApp(app, options.webDist as string);
  await app.ready();
  return { app, routes, recordReaders, dueItems, fileStore, jobRuntime, secretKey };
}
