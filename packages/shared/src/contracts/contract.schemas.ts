import { z } from 'zod';
import { CURRENCIES, OUTSOURCING_CATEGORIES } from '../vendors/vendors.schemas';
import {
  CONTRACT_STATUSES,
  CONTRACT_TYPES,
  DATA_CLASSIFICATIONS,
  DISPUTE_RESOLUTIONS,
  SUBCONTRACTING_OPTIONS,
} from './contract-lifecycle';

/**
 * The contract record as the API returns it (R5). Every part of the contracts module (drafting, ledger, archive,
 * exit) and the web's contract tabs read this shape; request bodies live beside the commands that take them.
 * Amounts are decimal strings ("1234.50"); business dates are YYYY-MM-DD.
 */
const personRef = z.object({ id: z.uuid(), displayName: z.string() });
const vendorRef = z.object({ id: z.uuid(), name: z.string() });

export const contractStatusSchema = z.enum(CONTRACT_STATUSES);
export const contractTypeSchema = z.enum(CONTRACT_TYPES);
export const contractIdParamsSchema = z.strictObject({ id: z.uuid() });

export const contractSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  vendorId: z.uuid(),
  vendor: vendorRef,
  /** Further vendors of a framework contract. */
  otherVendors: z.array(vendorRef),
  type: contractTypeSchema,
  outsourcingCategory: z.enum(OUTSOURCING_CATEGORIES).nullable(),
  material: z.boolean(),
  criticalFunction: z.boolean(),
  departmentId: z.uuid(),
  department: z.object({ id: z.uuid(), name: z.string() }),
  projectManagerId: z.uuid().nullable(),
  projectManager: personRef.nullable(),
  amount: z.string(),
  currency: z.enum(CURRENCIES),
  taxRate: z.string().nullable(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  autoRenewal: z.boolean(),
  noticePeriodDays: z.number().int(),
  /** endDate minus the notice period: the last day to give notice. */
  noticeDeadline: z.iso.date(),
  governingLaw: z.string().nullable(),
  disputeResolution: z.enum(DISPUTE_RESOLUTIONS).nullable(),
  disputeBody: z.string().nullable(),
  serviceLocations: z.array(z.string()),
  dataLocations: z.array(z.string()),
  dataClassification: z.enum(DATA_CLASSIFICATIONS).nullable(),
  personalInformation: z.boolean(),
  subcontracting: z.enum(SUBCONTRACTING_OPTIONS).nullable(),
  description: z.string().nullable(),
  status: contractStatusSchema,
  allowedNext: z.array(contractStatusSchema),
  templateId: z.uuid().nullable(),
  templateVersion: z.number().int().nullable(),
  sourcingRequestId: z.uuid().nullable(),
  parentContractId: z.uuid().nullable(),
  /** The running approval, else the last one. */
  approvalId: z.uuid().nullable(),
  signedOn: z.iso.date().nullable(),
  endedOn: z.iso.date().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  /** What the caller may do with it: 'edit', 'submit', 'sign', 'terminate', … (each part adds its own). */
  permissions: z.array(z.string()),
});
export type Contract = z.infer<typeof contractSchema>;
