import { z } from 'zod';
import { plainText } from '../http/text.schemas';

const dateTime = z.iso.datetime({ offset: true });

const auditFilterFields = {
  recordType: plainText(1, 100).optional(),
  recordId: plainText(1, 200).optional(),
  actorId: z.uuid().optional(),
  action: plainText(1, 100).optional(),
  from: dateTime.optional(),
  to: dateTime.optional(),
};

const fromNotAfterTo = [
  (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || new Date(q.from) <= new Date(q.to),
  { path: ['to'], message: '"to" must not be before "from"' },
] satisfies [unknown, { path: PropertyKey[]; message: string }];

/** `GET /audit-events`: filters, newest first. `from` is inclusive, `to` exclusive. */
export const auditEventQuerySchema = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    ...auditFilterFields,
  })
  .refine(...fromNotAfterTo);
export type AuditEventQuery = z.infer<typeof auditEventQuerySchema>;

/** The export takes the same filters as the list, without paging. */
export const auditEventExportQuerySchema = z.strictObject(auditFilterFields).refine(...fromNotAfterTo);
export type AuditEventExportQuery = z.infer<typeof auditEventExportQuerySchema>;

export const fieldChangeSchema = z.object({ from: z.unknown(), to: z.unknown() });

export const auditEventSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  /** `{ field: { from, to } }`; `_details` carries facts of actions that change no field. */
  changes: z.record(z.string(), fieldChangeSchema),
  requestId: z.string().nullable(),
  /** Shown to holders of audit:read only; null in a record's own history. */
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
