import { PassThrough } from 'node:stream';
import {
  auditEventExportQuerySchema,
  auditEventPageSchema,
  auditEventQuerySchema,
  type AuditEvent,
} from '@thirdline/shared/audit/audit.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { requireActor, type Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors/problem';
import { XLSX_CONTENT_TYPE } from '../http/xlsx';
import { writeAuditWorkbook } from './audit-export';
import { iterateAuditEvents, listAuditEvents, type AuditEventRow, type AuditFilter } from './audit-query';
import type { RecordReaders } from './record-readers';

export interface AuditRouteDeps {
  db: Db;
  readers: RecordReaders;
}

/** Most rows one export produces; narrow the filter for more. */
const MAX_EXPORT_ROWS = 100_000;

/**
 * Holders of audit:read see every event. Anyone else sees only the history of one record they may read:
 * no record given → 403 `audit_scope_required`; a record they may not read (or of an unknown type) → 404.
 */
async function scopeOf(deps: AuditRouteDeps, actor: Actor, query: AuditFilter): Promise<'all' | 'record'> {
  if (actor.permissions.has('audit:read')) return 'all';
  if (!query.recordType || !query.recordId) {
    throw forbidden(
      'Without the permission "audit:read" give recordType and recordId of a record you may read.',
      'audit_scope_required',
    );
  }
  if (!(await deps.readers.canRead(deps.db, actor, query.recordType, query.recordId))) throw notFound();
  return 'record';
}

function filterOf(query: {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): AuditFilter {
  return {
    recordType: query.recordType,
    recordId: query.recordId,
    actorId: query.actorId,
    action: query.action,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

function present(row: AuditEventRow, scope: 'all' | 'record'): AuditEvent {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    recordType: row.recordType,
    recordId: row.recordId,
    changes: row.changes as AuditEvent['changes'],
    requestId: row.requestId,
    // Client addresses are personal data: only auditors see them.
    ip: scope === 'all' ? row.ip : null,
  };
}

export function registerAuditRoutes(root: FastifyInstance, deps: AuditRouteDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/audit-events',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first (all with audit:read, else one readable record’s history)',
        querystring: auditEventQuerySchema,
        response: { 200: auditEventPageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const filter = filterOf(request.query);
      const scope = await scopeOf(deps, actor, filter);
      const { page, pageSize } = request.query;
      const { items, total } = await listAuditEvents(deps.db, filter, page, pageSize);
      return { items: items.map((row) => present(row, scope)), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/audit-events/export',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['audit'],
        summary: 'The same audit events as an xlsx workbook (same filters and visibility as the list)',
        querystring: auditEventExportQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const filter = filterOf(request.query);
      const scope = await scopeOf(deps, actor, filter);
      const body = new PassThrough();
      writeAuditWorkbook(iterateAuditEvents(deps.db, filter, MAX_EXPORT_ROWS), body, {
        includeIp: scope === 'all',
      }).catch((err: unknown) => {
        request.log.error({ err }, 'audit export failed');
        body.destroy(err as Error);
      });
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', 'attachment; filename="audit-events.xlsx"')
        .send(body);
    },
  );
}
