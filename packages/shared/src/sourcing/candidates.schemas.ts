import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import { currencySchema, dateSchema, moneySchema } from '../vendors/vendors.schemas';

/** Candidate vendors invited to a sourcing request, and the proposals they send back (late ones flagged). */
export const addCandidateSchema = z.strictObject({
  vendorId: z.uuid(),
  /** The last day (organisation's calendar) a proposal counts as on time. */
  responseDeadline: dateSchema,
  note: plainText(0, 2000).nullable().optional(),
});
export type AddCandidateRequest = z.infer<typeof addCandidateSchema>;

export const recordProposalSchema = z.strictObject({
  vendorId: z.uuid(),
  price: moneySchema,
  currency: currencySchema.default('CNY'),
  /** Files uploaded with recordType "sourcing-request" and this request's id. */
  fileIds: z.array(z.uuid()).max(20).default([]),
  notes: plainText(0, 4000).nullable().optional(),
  /** When the proposal arrived; now when left out; not in the future. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
export type RecordProposalRequest = z.infer<typeof recordProposalSchema>;

export const proposalSchema = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  price: z.string(),
  currency: currencySchema,
  documents: z.array(z.object({ id: z.uuid(), name: z.string(), sizeBytes: z.number() })),
  notes: z.string().nullable(),
  receivedAt: z.iso.datetime(),
  late: z.boolean(),
  recordedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const candidateSchema = z.object({
  id: z.uuid(),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  invitedAt: z.iso.datetime(),
  responseDeadline: z.string(),
  note: z.string().nullable(),
  proposals: z.array(proposalSchema),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidatesResponseSchema = z.object({ items: z.array(candidateSchema) });
