import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { GRADES, VENDOR_ACTION_KINDS } from './grades';

/**
 * Rewards and penalties (R4.5): each action on a vendor is a record approved through the `vendor-action` flow.
 * An approved suspension suspends the vendor; an approved rectification request runs until its deadline and is
 * closed when the vendor has rectified.
 */
export const VENDOR_ACTION_STATUSES = ['in-approval', 'approved', 'rejected', 'withdrawn', 'closed'] as const;
export const vendorActionStatusSchema = z.enum(VENDOR_ACTION_STATUSES);
export type VendorActionStatus = z.infer<typeof vendorActionStatusSchema>;
export const vendorActionKindSchema = z.enum(VENDOR_ACTION_KINDS);
export const gradeSchema = z.enum(GRADES);

const amountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, 'Must be a non-negative amount with at most two decimals, e.g. "1000000.00".');

export const createVendorActionSchema = z
  .strictObject({
    vendorId: z.uuid(),
    kind: vendorActionKindSchema,
    reason: plainText(1, 4000),
    /** Rectification requests only: by when the vendor must have rectified (not before today). */
    deadline: z.iso.date().nullable().optional(),
    /** Fee deductions only: the amount deducted (CNY unless `currency`). */
    amount: amountSchema.nullable().optional(),
    currency: z.enum(['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP']).optional(),
    /** The re-evaluation campaign (and the grade there) the action follows from, if any. */
    campaignId: z.uuid().nullable().optional(),
    grade: gradeSchema.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    const rectification = v.kind === 'rectification';
    const deduction = v.kind === 'fee-deduction';
    if (rectification && !v.deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'Required.' });
    if (!rectification && v.deadline) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'Only a rectification request has a deadline.' });
    }
    if (deduction && !v.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Required.' });
    if (deduction && v.amount && Number(v.amount) <= 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Must be more than zero.' });
    }
    if (!deduction && v.amount) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Only a fee deduction has an amount.' });
    }
  });
export type CreateVendorActionRequest = z.infer<typeof createVendorActionSchema>;

export const closeVendorActionSchema = z.strictObject({
  version: z.number().int().min(1),
  /** How the vendor rectified. */
  note: plainText(1, 4000),
});
export type CloseVendorActionRequest = z.infer<typeof closeVendorActionSchema>;

export const vendorActionIdParamsSchema = z.strictObject({ id: z.uuid() });

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const VENDOR_ACTION_PERMISSIONS = ['read', 'close'] as const;

export const vendorActionSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  kind: vendorActionKindSchema,
  reason: z.string(),
  deadline: z.iso.date().nullable(),
  /** An approved rectification request past its deadline and not closed. */
  overdue: z.boolean(),
  amount: z.string().nullable(),
  currency: z.string(),
  campaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  grade: gradeSchema.nullable(),
  status: vendorActionStatusSchema,
  approvalId: z.uuid().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  closingNote: z.string().nullable(),
  requestedBy: person,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  permissions: z.array(z.enum(VENDOR_ACTION_PERMISSIONS)),
});
export type VendorAction = z.infer<typeof vendorActionSchema>;

export const vendorActionListQuerySchema = listQuerySchema(['createdAt', 'reference', 'deadline']).extend({
  vendorId: z.uuid().optional(),
  campaignId: z.uuid().optional(),
  kind: vendorActionKindSchema.optional(),
  status: vendorActionStatusSchema.optional(),
});
export type VendorActionListQuery = z.infer<typeof vendorActionListQuerySchema>;
export const vendorActionPageSchema = pageSchema(vendorActionSchema);
