import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import { CURRENCIES, OUTSOURCING_CATEGORIES } from '../vendors/vendors.schemas';
import {
  CONTRACT_TYPES,
  DATA_CLASSIFICATIONS,
  DISPUTE_RESOLUTIONS,
  SUBCONTRACTING_OPTIONS,
} from './contract-lifecycle';

/**
 * Request bodies of the contract record itself (R5): create (`POST /contracts`) and change (`PATCH /contracts/{id}`,
 * draft only). The rules that tie fields together (dates, notice period, framework vendors) are in
 * `contractRuleErrors`, run by the server on the values a change would leave and by the web form before sending.
 */
const optionalText = (max: number) => plainText(0, max).nullable().optional();

/** A contract amount: decimal string, at most two decimals, never negative. */
export const contractAmountSchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,16}(\.\d{1,2})?$/, 'Must be an amount such as 1000000.00.')
  .refine((v) => !v.startsWith('-'), 'Must not be negative.');

/** A tax rate in percent, 0–100 with at most two decimals ("6", "13.00"). */
export const taxRateSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'Must be a percentage from 0 to 100 with at most two decimals.')
  .refine((v) => Number(v) <= 100, 'Must be a percentage from 0 to 100 with at most two decimals.');

/** Countries or regions where the service is delivered or data is kept ("CN", "HK", "上海"). */
const locationsSchema = z.array(plainText(1, 60)).max(30);

const contractFields = {
  title: plainText(1, 200),
  vendorId: z.uuid(),
  /** Further vendors: a framework contract only. */
  otherVendorIds: z.array(z.uuid()).max(50).optional(),
  type: z.enum(CONTRACT_TYPES),
  outsourcingCategory: z.enum(OUTSOURCING_CATEGORIES).nullable().optional(),
  material: z.boolean().optional(),
  criticalFunction: z.boolean().optional(),
  departmentId: z.uuid(),
  projectManagerId: z.uuid().nullable().optional(),
  amount: contractAmountSchema,
  currency: z.enum(CURRENCIES).optional(),
  taxRate: taxRateSchema.nullable().optional(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  autoRenewal: z.boolean().optional(),
  noticePeriodDays: z.number().int().min(0).max(3650).optional(),
  governingLaw: optionalText(200),
  disputeResolution: z.enum(DISPUTE_RESOLUTIONS).nullable().optional(),
  /** The arbitration body or court named in the dispute clause. */
  disputeBody: optionalText(200),
  serviceLocations: locationsSchema.optional(),
  dataLocations: locationsSchema.optional(),
  dataClassification: z.enum(DATA_CLASSIFICATIONS).nullable().optional(),
  personalInformation: z.boolean().optional(),
  subcontracting: z.enum(SUBCONTRACTING_OPTIONS).nullable().optional(),
  description: optionalText(4000),
  /** The contract this one supplements (a supplementary agreement). */
  parentContractId: z.uuid().nullable().optional(),
};

export const createContractSchema = z.strictObject({
  ...contractFields,
  /** The standard text (template) the draft starts from; its current version is recorded. */
  templateId: z.uuid().nullable().optional(),
});
export type CreateContractRequest = z.infer<typeof createContractSchema>;

export const updateContractSchema = z.strictObject({
  version: z.number().int().min(1),
  ...z.strictObject(contractFields).partial().shape,
});
export type UpdateContractRequest = z.infer<typeof updateContractSchema>;

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day notice can be given: `endDate` minus the notice period. */
export function noticeDeadlineOf(endDate: string, noticePeriodDays: number): string {
  const ms = Date.parse(`${endDate}T00:00:00Z`) - noticePeriodDays * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export interface ContractRuleValues {
  vendorId: string;
  type: string;
  startDate: string;
  endDate: string;
  noticePeriodDays: number;
  otherVendorIds: readonly string[];
}

/** Rules across fields, as `{ path, message }` (empty when the values hold together). */
export function contractRuleErrors(v: ContractRuleValues): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const term = daysFromTo(v.startDate, v.endDate);
  if (term < 0) errors.push({ path: 'endDate', message: 'Must not be before startDate.' });
  else if (v.noticePeriodDays > term) {
    errors.push({ path: 'noticePeriodDays', message: 'Must not be longer than the term of the contract.' });
  }
  if (v.otherVendorIds.length > 0 && v.type !== 'framework') {
    errors.push({ path: 'otherVendorIds', message: 'Only a framework contract lists further vendors.' });
  } else if (v.otherVendorIds.includes(v.vendorId)) {
    errors.push({ path: 'otherVendorIds', message: 'Must not repeat the main vendor.' });
  } else if (new Set(v.otherVendorIds).size !== v.otherVendorIds.length) {
    errors.push({ path: 'otherVendorIds', message: 'Repeated.' });
  }
  return errors;
}
