import { z } from 'zod';
import { ROLES } from '../rbac/permissions';
import { contractStatusSchema } from './contract.schemas';

/**
 * The contract archive (R5.3, R5.7): encrypted contract documents, who may open them (the director and explicit
 * grants), the access log, and signing.
 */
export const CONTRACT_DOCUMENT_KINDS = [
  'signed-copy',
  'contract-text',
  'attachment',
  'supplementary',
  'acceptance',
] as const;
export type ContractDocumentKind = (typeof CONTRACT_DOCUMENT_KINDS)[number];

const personRef = z.object({ id: z.uuid(), displayName: z.string() });
const reasonText = z.string().trim().min(1).max(2000);

export const contractDocumentParamsSchema = z.strictObject({ id: z.uuid(), docId: z.uuid() });
export const contractGrantParamsSchema = z.strictObject({ id: z.uuid(), grantId: z.uuid() });

/** The multipart fields of `POST /contracts/{id}/documents` besides the "file" part. */
export const contractDocumentFieldsSchema = z.strictObject({
  kind: z.enum(CONTRACT_DOCUMENT_KINDS),
  note: z.string().trim().max(1000).optional(),
});

export const contractDocumentSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  kind: z.enum(CONTRACT_DOCUMENT_KINDS),
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  note: z.string().nullable(),
  uploadedBy: personRef.nullable(),
  uploadedAt: z.iso.datetime(),
  /** Whether the caller may open the content now (director, or an unexpired grant). */
  canOpen: z.boolean(),
});
export type ContractDocument = z.infer<typeof contractDocumentSchema>;

export const contractDocumentListSchema = z.object({
  items: z.array(contractDocumentSchema),
  total: z.number().int(),
  /** Whether the caller may open documents of this contract (director, or an unexpired grant). */
  canOpen: z.boolean(),
  /** Whether the caller may see the access log (director, auditor). */
  canSeeAccessLog: z.boolean(),
  /** Whether the caller may manage access grants (the director). */
  canManageGrants: z.boolean(),
});

/** A grant to one user or to everyone with a role, until `expiresAt`. */
export const accessGrantCreateSchema = z
  .strictObject({
    userId: z.uuid().optional(),
    role: z.enum(ROLES).optional(),
    expiresAt: z.iso.datetime({ offset: true }),
    reason: reasonText,
  })
  .refine((g) => (g.userId === undefined) !== (g.role === undefined), {
    path: ['userId'],
    message: 'Give either a user or a role.',
  });
export type AccessGrantCreate = z.infer<typeof accessGrantCreateSchema>;

export const accessGrantSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  user: personRef.nullable(),
  role: z.enum(ROLES).nullable(),
  expiresAt: z.iso.datetime(),
  reason: z.string(),
  grantedBy: personRef.nullable(),
  grantedAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  /** Not revoked and not expired. */
  active: z.boolean(),
});
export type AccessGrant = z.infer<typeof accessGrantSchema>;
export const accessGrantListSchema = z.object({ items: z.array(accessGrantSchema), total: z.number().int() });

export const documentAccessEntrySchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentName: z.string(),
  documentKind: z.enum(CONTRACT_DOCUMENT_KINDS),
  user: personRef.nullable(),
  openedAt: z.iso.datetime(),
  /** Why the content was served: the director's permission, or a grant. */
  via: z.enum(['director', 'grant']),
  grantId: z.uuid().nullable(),
});
export type DocumentAccessEntry = z.infer<typeof documentAccessEntrySchema>;
export const documentAccessListSchema = z.object({
  items: z.array(documentAccessEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const documentAccessQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const SIGNATORY_SIDES = ['company', 'vendor'] as const;
const signatorySchema = z.strictObject({
  side: z.enum(SIGNATORY_SIDES),
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
});

/** `POST /contracts/{id}/sign`: authorised representatives of both sides, the signing date and the signed copy. */
export const signContractSchema = z
  .strictObject({
    version: z.number().int().min(1),
    signedOn: z.iso.date(),
    signatories: z.array(signatorySchema).min(2).max(20),
    signedCopyDocumentId: z.uuid(),
    /** A director's written reason to sign although the vendor does not meet the pre-sign conditions. */
    overrideReason: reasonText.optional(),
  })
  .refine((b) => SIGNATORY_SIDES.every((side) => b.signatories.some((s) => s.side === side)), {
    path: ['signatories'],
    message: 'Both sides must sign.',
  });
export type SignContract = z.infer<typeof signContractSchema>;

export const contractSigningSchema = z.object({
  contractId: z.uuid(),
  status: contractStatusSchema,
  version: z.number().int(),
  signedOn: z.iso.date(),
  signedAt: z.iso.datetime(),
  activatedAt: z.iso.datetime().nullable(),
  signatories: z.array(z.object({ side: z.enum(SIGNATORY_SIDES), name: z.string(), title: z.string() })),
  signedCopyDocumentId: z.uuid(),
  signedBy: personRef.nullable(),
  /** Set when a director signed although conditions were unmet: the reason and what was unmet then. */
  overrideReason: z.string().nullable(),
  overriddenConditions: z.array(z.object({ code: z.string(), message: z.string() }).loose()),
});
export type ContractSigning = z.infer<typeof contractSigningSchema>;
