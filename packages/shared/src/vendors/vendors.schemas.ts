import { z } from 'zod';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { plainText } from '../http/text.schemas';
import { isValidLei } from './lei';
import { VENDOR_STATUSES } from './lifecycle';
import { isValidUscc } from './uscc';

// The default codes of the configurable lists (R3.2, R3.3): vendor-lists.schemas.ts has their labels; the values in
// force are in the database (GET /api/v1/vendor-lists), so requests carry any code of the list's shape.
export const VENDOR_TYPES = [
  'software',
  'hardware',
  'network',
  'integrator',
  'cloud',
  'consulting',
  'security',
  'bpo',
  'hr',
  'other',
] as const;
/** The CBIRC five: 咨询规划, 开发测试, 运行维护, 安全服务, 业务支持. */
export const OUTSOURCING_CATEGORIES = [
  'consulting_planning',
  'development_testing',
  'operations',
  'security',
  'business_support',
] as const;
export const SOURCE_CHANNELS = [
  'public_tender',
  'invitation',
  'recommendation',
  'market_research',
  'existing',
  'other',
] as const;
export const VENDOR_TIERS = ['critical', 'high', 'medium', 'low'] as const;
export const QUALIFICATION_TYPES = [
  'business_licence',
  'iso27001',
  'iso20000',
  'iso9001',
  'cmmi',
  'mlps',
  'itss',
  'other',
] as const;
export const QUALIFICATION_STATUSES = ['valid', 'expiring', 'expired'] as const;
export const DUE_DILIGENCE_KINDS = [
  'site_visit',
  'litigation_check',
  'penalty_check',
  'financial_review',
  'reference_check',
  'security_assessment',
] as const;
export const DUE_DILIGENCE_CONCLUSIONS = ['pass', 'conditional', 'fail'] as const;
export const VIOLATION_SEVERITIES = ['minor', 'major'] as const;
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const;

export { VENDOR_STATUSES };
export const vendorStatusSchema = z.enum(VENDOR_STATUSES);
/** A code of a configurable list (vendor type, tier, qualification type); the commands check it is active. */
export const listCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use a lower-case letter, then letters, digits or _.');
export const vendorTypeSchema = listCodeSchema;
export const outsourcingCategorySchema = z.enum(OUTSOURCING_CATEGORIES);
export const sourceChannelSchema = z.enum(SOURCE_CHANNELS);
export const vendorTierSchema = listCodeSchema;
export const currencySchema = z.enum(CURRENCIES);

/** Days before its end a qualification counts as expiring; months a due-diligence record stays valid by default. */
export const QUALIFICATION_EXPIRING_DAYS = 60;
export const DUE_DILIGENCE_VALID_MONTHS = 12;

const optionalText = (max: number) => plainText(0, max).nullable().optional();
const requiredText = (max: number) => plainText(1, max);
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A calendar date `YYYY-MM-DD` that exists. */
export const dateSchema = z.iso.date();
/** A non-negative amount with at most two decimals, as a string (`"1234567.89"`); never a float. */
export const moneySchema = z
  .string()
  .trim()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, 'Must be a non-negative amount with at most two decimals, e.g. "1000000.00".');
/** An amount that may be negative (net profit). */
export const signedMoneySchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,16}(\.\d{1,2})?$/, 'Must be an amount with at most two decimals, e.g. "-1500.00".');

export const usccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .length(18, 'A unified social credit code has 18 characters.')
  .refine(isValidUscc, 'Not a valid unified social credit code (GB 32100 check character).');
export const leiSchema = z
  .string()
  .trim()
  .toUpperCase()
  .length(20, 'An LEI has 20 characters.')
  .refine(isValidLei, 'Not a valid LEI (ISO 17442 check digits).');
const websiteSchema = z
  .url({ protocol: /^https?$/, message: 'Must be an http(s) address.' })
  .max(300)
  .nullable()
  .optional();
const countrySchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, 'Must be an ISO 3166 two-letter code such as CN.');

const recordPermissions = z.array(
  z.enum(['read', 'update', 'transition', 'approve', 'request-approval', 'read-financials', 'write-financials']),
);

// -------------------------------------------------------------------- vendors

export const vendorSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  name: z.string(),
  englishName: z.string().nullable(),
  shortName: z.string().nullable(),
  uscc: z.string(),
  lei: z.string().nullable(),
  country: z.string(),
  registeredAddress: z.string().nullable(),
  registeredCapital: z.string().nullable(),
  registeredCapitalCurrency: currencySchema,
  establishedOn: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  businessScope: z.string().nullable(),
  website: z.string().nullable(),
  type: vendorTypeSchema,
  outsourcingCategories: z.array(outsourcingCategorySchema),
  sourceChannel: sourceChannelSchema.nullable(),
  tier: vendorTierSchema,
  tierReason: z.string().nullable(),
  departmentId: z.uuid().nullable(),
  relationshipManagerId: z.uuid().nullable(),
  status: vendorStatusSchema,
  /** States `POST …/transitions` may move the vendor to now (the lifecycle table; the approval gate applies on top). */
  allowedTransitions: z.array(vendorStatusSchema),
  /** The vendor-approval flow under way (pending or returned), if any. */
  pendingApprovalId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  permissions: recordPermissions,
});
export type Vendor = z.infer<typeof vendorSchema>;

const vendorFields = {
  name: requiredText(200),
  englishName: optionalText(300),
  shortName: optionalText(100),
  uscc: usccSchema,
  lei: leiSchema.nullable().optional(),
  country: countrySchema.optional(),
  registeredAddress: optionalText(500),
  registeredCapital: moneySchema.nullable().optional(),
  registeredCapitalCurrency: currencySchema.optional(),
  establishedOn: dateSchema.nullable().optional(),
  legalRepresentative: optionalText(100),
  businessScope: optionalText(4000),
  website: websiteSchema,
  type: vendorTypeSchema,
  outsourcingCategories: z.array(outsourcingCategorySchema).max(OUTSOURCING_CATEGORIES.length).optional(),
  sourceChannel: sourceChannelSchema.nullable().optional(),
  tier: vendorTierSchema.optional(),
  tierReason: optionalText(1000),
  departmentId: z.uuid().nullable().optional(),
  relationshipManagerId: z.uuid().nullable().optional(),
};

export const createVendorSchema = z.strictObject(vendorFields);
export type CreateVendorRequest = z.infer<typeof createVendorSchema>;

export const updateVendorSchema = z.strictObject({
  version: z.number().int().min(1),
  ...z.strictObject(vendorFields).partial().shape,
});
export type UpdateVendorRequest = z.infer<typeof updateVendorSchema>;

export const vendorTransitionSchema = z.strictObject({
  to: vendorStatusSchema,
  reason: requiredText(1000),
  version: z.number().int().min(1).optional(),
});
export type VendorTransitionRequest = z.infer<typeof vendorTransitionSchema>;

export const vendorListQuerySchema = listQuerySchema(['name', 'reference', 'createdAt', 'updatedAt']).extend({
  status: vendorStatusSchema.optional(),
  type: vendorTypeSchema.optional(),
  category: outsourcingCategorySchema.optional(),
  tier: vendorTierSchema.optional(),
  departmentId: z.uuid().optional(),
  qualificationExpiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  dueDiligenceExpired: booleanQuery.optional(),
});
export type VendorListQuery = z.infer<typeof vendorListQuerySchema>;
export const vendorExportQuerySchema = vendorListQuerySchema.omit({ page: true, pageSize: true });
export type VendorExportQuery = z.infer<typeof vendorExportQuerySchema>;
export const vendorPageSchema = pageSchema(vendorSchema);

export const similarVendorsQuerySchema = z.strictObject({ name: requiredText(200) });
export const similarVendorSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  name: z.string(),
  uscc: z.string(),
  status: vendorStatusSchema,
});
export const similarVendorsSchema = z.array(similarVendorSchema);

const countsOf = <T extends readonly [string, ...string[]]>(codes: T) =>
  z.object(Object.fromEntries(codes.map((c) => [c, z.number().int()])) as Record<T[number], z.ZodNumber>);
export const vendorSummarySchema = z.object({
  total: z.number().int(),
  byStatus: countsOf(VENDOR_STATUSES),
  /** Every tier of the list (also inactive ones), and any other code a vendor still holds. */
  byTier: z.record(z.string(), z.number().int()),
  /** Qualifications ending within QUALIFICATION_EXPIRING_DAYS from the organisation's today (not yet expired). */
  qualificationsExpiring: z.number().int(),
  qualificationsExpired: z.number().int(),
  dueDiligenceExpired: z.number().int(),
});
export type VendorSummary = z.infer<typeof vendorSummarySchema>;

export const vendorIdParamsSchema = z.strictObject({ id: z.uuid() });
export const vendorItemParamsSchema = z.strictObject({ id: z.uuid(), itemId: z.uuid() });

export type SubcontractorTreeNode = {
  linkId: string;
  vendorId: string;
  reference: string;
  name: string;
  status: z.infer<typeof vendorStatusSchema>;
  service: string;
  supportsCriticalService: boolean;
  children: SubcontractorTreeNode[];
};
export const subcontractorTreeNodeSchema: z.ZodType<SubcontractorTreeNode> = z
  .object({
    linkId: z.uuid(),
    vendorId: z.uuid(),
    reference: z.string(),
    name: z.string(),
    status: vendorStatusSchema,
    service: z.string(),
    supportsCriticalService: z.boolean(),
    get children() {
      return z.array(subcontractorTreeNodeSchema);
    },
  })
  .meta({ id: 'SubcontractorTreeNode' });
export const subcontractorTreeSchema = z.object({
  vendorId: z.uuid(),
  children: z.array(subcontractorTreeNodeSchema),
});
