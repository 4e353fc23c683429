import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';

/**
 * Emergency act-first (R1.3): a project manager acts without prior approval and files a written report within the
 * organisation's deadline (hours after the action); the director acknowledges the report through an approval.
 * `overdue` is not a stored state: it is `report-due` past its deadline, computed when read.
 */
export const EMERGENCY_STATUSES = ['report-due', 'reported', 'acknowledged'] as const;
export const emergencyStatusSchema = z.enum(EMERGENCY_STATUSES);
export type EmergencyStatus = z.infer<typeof emergencyStatusSchema>;

export const DEFAULT_EMERGENCY_REPORT_HOURS = 24;

const optionalText = (max: number) => plainText(0, max).nullable().optional();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const createEmergencyActionSchema = z.strictObject({
  title: plainText(1, 200),
  /** What was done. */
  description: plainText(1, 4000),
  /** Why it could not wait for approval. */
  reason: plainText(1, 4000),
  /** When the action was taken; not in the future. */
  actedAt: z.iso.datetime({ offset: true }),
  vendorId: z.uuid().nullable().optional(),
  contractRef: optionalText(100),
  projectRef: optionalText(100),
});
export type CreateEmergencyActionRequest = z.infer<typeof createEmergencyActionSchema>;

export const submitEmergencyReportSchema = z.strictObject({
  version: z.number().int().min(1),
  report: plainText(1, 20_000),
});
export type SubmitEmergencyReportRequest = z.infer<typeof submitEmergencyReportSchema>;

export const emergencyActionIdParamsSchema = z.strictObject({ id: z.uuid() });

export const emergencyActionSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  reason: z.string(),
  actedAt: z.iso.datetime(),
  reportDueAt: z.iso.datetime(),
  status: emergencyStatusSchema,
  overdue: z.boolean(),
  /** The report came in after its deadline. */
  reportedLate: z.boolean(),
  report: z.string().nullable(),
  reportedAt: z.iso.datetime().nullable(),
  acknowledgedAt: z.iso.datetime().nullable(),
  acknowledgedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  approvalId: z.uuid().nullable(),
  vendor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  contractRef: z.string().nullable(),
  projectRef: z.string().nullable(),
  departmentId: z.uuid().nullable(),
  reporter: z.object({ id: z.uuid(), displayName: z.string() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  permissions: z.array(z.enum(['read', 'submit-report'])),
});
export type EmergencyAction = z.infer<typeof emergencyActionSchema>;

export const emergencyListQuerySchema = listQuerySchema(['actedAt', 'reportDueAt', 'reference']).extend({
  status: emergencyStatusSchema.optional(),
  overdue: booleanQuery.optional(),
});
export type EmergencyListQuery = z.infer<typeof emergencyListQuerySchema>;
export const emergencyPageSchema = pageSchema(emergencyActionSchema);
export const emergencyExportQuerySchema = emergencyListQuerySchema.omit({ page: true, pageSize: true });
