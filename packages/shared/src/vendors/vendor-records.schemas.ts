import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import {
  currencySchema,
  dateSchema,
  DUE_DILIGENCE_CONCLUSIONS,
  DUE_DILIGENCE_KINDS,
  moneySchema,
  QUALIFICATION_STATUSES,
  listCodeSchema,
  signedMoneySchema,
  vendorSchema,
  VIOLATION_SEVERITIES,
} from './vendors.schemas';

// The records around a vendor (R3.1, R3.3, R3.4): each is listed, created and updated (PATCH with `version`).

const optionalText = (max: number) => plainText(0, max).nullable().optional();
const requiredText = (max: number) => plainText(1, max);
const version = z.number().int().min(1);
const bookkeeping = {
  id: z.uuid(),
  vendorId: z.uuid(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};
const withVersion = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject({ version, ...z.strictObject(shape).partial().shape });
const periodRule = (from: string, to: string) => (v: Record<string, unknown>) =>
  !(typeof v[from] === 'string' && typeof v[to] === 'string' && (v[from] as string) > (v[to] as string));

// ------------------------------------------------------------------ contacts

const contactFields = {
  name: requiredText(100),
  title: optionalText(100),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{4,30}$/, 'Must be a phone number such as 010-12345678 or +86 138 0000 0000.')
    .nullable()
    .optional(),
  email: z.email().max(200).nullable().optional(),
  isPrimary: z.boolean().optional(),
  notes: optionalText(2000),
};
export const createContactSchema = z.strictObject(contactFields);
export const updateContactSchema = withVersion(contactFields);
export const contactSchema = z.object({
  ...bookkeeping,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
  notes: z.string().nullable(),
});

// ------------------------------------------------------- references (past projects)

const referenceFields = {
  client: requiredText(200),
  project: requiredText(200),
  periodFrom: dateSchema.nullable().optional(),
  periodTo: dateSchema.nullable().optional(),
  value: moneySchema.nullable().optional(),
  currency: currencySchema.optional(),
  contactName: optionalText(100),
  contactPhone: optionalText(50),
  outcome: optionalText(2000),
};
export const createReferenceSchema = z
  .strictObject(referenceFields)
  .refine(periodRule('periodFrom', 'periodTo'), { path: ['periodTo'], message: 'Must not be before periodFrom.' });
export const updateReferenceSchema = withVersion(referenceFields).refine(periodRule('periodFrom', 'periodTo'), {
  path: ['periodTo'],
  message: 'Must not be before periodFrom.',
});
export const referenceSchema = z.object({
  ...bookkeeping,
  client: z.string(),
  project: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  value: z.string().nullable(),
  currency: currencySchema,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  outcome: z.string().nullable(),
});

// ------------------------------------------------------------ qualifications

const qualificationFields = {
  type: listCodeSchema,
  name: optionalText(200),
  number: optionalText(100),
  issuer: optionalText(200),
  validFrom: dateSchema.nullable().optional(),
  /** Null: no end date (e.g. a business licence with 长期 validity). */
  validTo: dateSchema.nullable().optional(),
  mandatory: z.boolean().optional(),
  notes: optionalText(2000),
};
export const createQualificationSchema = z
  .strictObject(qualificationFields)
  .refine(periodRule('validFrom', 'validTo'), { path: ['validTo'], message: 'Must not be before validFrom.' });
export const updateQualificationSchema = withVersion(qualificationFields).refine(periodRule('validFrom', 'validTo'), {
  path: ['validTo'],
  message: 'Must not be before validFrom.',
});
export const qualificationSchema = z.object({
  ...bookkeeping,
  type: listCodeSchema,
  name: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  mandatory: z.boolean(),
  notes: z.string().nullable(),
  /** Against the organisation's today: expired after validTo, expiring within 60 days of it, else valid. */
  status: z.enum(QUALIFICATION_STATUSES),
  daysLeft: z.number().int().nullable(),
});

// ------------------------------------------------------ financial snapshots

const financialFields = {
  year: z.number().int().min(1900).max(2200),
  currency: currencySchema.optional(),
  revenue: signedMoneySchema.nullable().optional(),
  netProfit: signedMoneySchema.nullable().optional(),
  totalAssets: moneySchema.nullable().optional(),
  totalLiabilities: moneySchema.nullable().optional(),
  audited: z.boolean().optional(),
  notes: optionalText(2000),
};
export const createFinancialSchema = z.strictObject(financialFields);
export const updateFinancialSchema = withVersion(financialFields);
export const financialSchema = z.object({
  ...bookkeeping,
  year: z.number().int(),
  currency: currencySchema,
  revenue: z.string().nullable(),
  netProfit: z.string().nullable(),
  totalAssets: z.string().nullable(),
  totalLiabilities: z.string().nullable(),
  /** totalLiabilities / totalAssets, four decimals (`"0.5625"`); null when either is missing or assets are 0. */
  debtRatio: z.string().nullable(),
  audited: z.boolean(),
  notes: z.string().nullable(),
});

// ------------------------------------------------------------- due diligence

const dueDiligenceFields = {
  kind: z.enum(DUE_DILIGENCE_KINDS),
  performedOn: dateSchema,
  performedBy: optionalText(200),
  findings: optionalText(8000),
  conclusion: z.enum(DUE_DILIGENCE_CONCLUSIONS),
  followUpConditions: optionalText(4000),
  /** Defaults to performedOn + 12 months. */
  validUntil: dateSchema.optional(),
};
export const createDueDiligenceSchema = z
  .strictObject(dueDiligenceFields)
  .refine(periodRule('performedOn', 'validUntil'), {
    path: ['validUntil'],
    message: 'Must not be before performedOn.',
  });
export const updateDueDiligenceSchema = withVersion(dueDiligenceFields).refine(
  periodRule('performedOn', 'validUntil'),
  { path: ['validUntil'], message: 'Must not be before performedOn.' },
);
export const dueDiligenceSchema = z.object({
  ...bookkeeping,
  kind: z.enum(DUE_DILIGENCE_KINDS),
  performedOn: z.string(),
  performedBy: z.string().nullable(),
  findings: z.string().nullable(),
  conclusion: z.enum(DUE_DILIGENCE_CONCLUSIONS),
  followUpConditions: z.string().nullable(),
  validUntil: z.string(),
  /** validUntil is not before the organisation's today. */
  current: z.boolean(),
});

// ---------------------------------------------------------------- violations

const violationFields = {
  occurredOn: dateSchema,
  severity: z.enum(VIOLATION_SEVERITIES),
  description: requiredText(4000),
  source: optionalText(200),
  closed: z.boolean().optional(),
};
export const createViolationSchema = z.strictObject(violationFields);
export const updateViolationSchema = withVersion(violationFields);
export const violationSchema = z.object({
  ...bookkeeping,
  occurredOn: z.string(),
  severity: z.enum(VIOLATION_SEVERITIES),
  description: z.string(),
  source: z.string().nullable(),
  closed: z.boolean(),
});

// ------------------------------------------------------------ subcontractors

export const createSubcontractorSchema = z.strictObject({
  subcontractorId: z.uuid(),
  service: requiredText(500),
  supportsCriticalService: z.boolean().optional(),
});
export const updateSubcontractorSchema = z.strictObject({
  version,
  service: requiredText(500).optional(),
  supportsCriticalService: z.boolean().optional(),
});
export const subcontractorSchema = z.object({
  ...bookkeeping,
  subcontractorId: z.uuid(),
  subcontractorReference: z.string(),
  subcontractorName: z.string(),
  service: z.string(),
  supportsCriticalService: z.boolean(),
});

/**
 * `GET /vendors/{id}`: the vendor; with its financial snapshots (newest year first) only for those who may see
 * them (the key is absent for everyone else).
 */
export const vendorDetailSchema = vendorSchema.extend({ financials: z.array(financialSchema).optional() });
