import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import { dateSchema } from '../vendors/vendors.schemas';
import { REQUIREMENT_PRIORITIES, REQUIREMENT_TYPES } from './sourcing-lifecycle';

/** Requirement specification (R2.3) and scope statement with a WBS (R2.4) of a sourcing request. */
export const requirementTypeSchema = z.enum(REQUIREMENT_TYPES);
export const requirementPrioritySchema = z.enum(REQUIREMENT_PRIORITIES);

const itemKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'Use letters, digits, dots, underscores or hyphens.');

export const requirementItemSchema = z.strictObject({
  /** Keeps an item's identity from one version to the next (the diff compares by key); given by the server if left out. */
  key: itemKey.optional(),
  type: requirementTypeSchema,
  priority: requirementPrioritySchema,
  description: plainText(1, 4000),
  acceptanceCriterion: plainText(1, 4000),
});

/** Saving the list makes the next version; `basedOn` is the latest version number the caller read (0 for none). */
export const saveRequirementsSchema = z.strictObject({
  basedOn: z.number().int().min(0),
  note: plainText(0, 2000).nullable().optional(),
  items: z
    .array(requirementItemSchema)
    .min(1)
    .max(500)
    .refine(
      (items) => new Set(items.flatMap((i) => (i.key ? [i.key] : []))).size === items.filter((i) => i.key).length,
      'Item keys must be unique.',
    ),
});
export type SaveRequirementsRequest = z.infer<typeof saveRequirementsSchema>;

export const storedRequirementSchema = z.object({
  key: z.string(),
  type: requirementTypeSchema,
  priority: requirementPrioritySchema,
  description: z.string(),
  acceptanceCriterion: z.string(),
});
export type StoredRequirement = z.infer<typeof storedRequirementSchema>;

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const requirementVersionSchema = z.object({
  number: z.number().int(),
  note: z.string().nullable(),
  items: z.array(storedRequirementSchema),
  createdAt: z.iso.datetime(),
  createdBy: person.nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  confirmedBy: person.nullable(),
});
export type RequirementVersion = z.infer<typeof requirementVersionSchema>;
export const requirementVersionsSchema = z.object({ versions: z.array(requirementVersionSchema) });

export const REQUIREMENT_FIELDS = ['type', 'priority', 'description', 'acceptanceCriterion'] as const;
export const requirementDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  added: z.array(storedRequirementSchema),
  removed: z.array(storedRequirementSchema),
  changed: z.array(
    z.object({
      key: z.string(),
      before: storedRequirementSchema,
      after: storedRequirementSchema,
      fields: z.array(z.enum(REQUIREMENT_FIELDS)),
    }),
  ),
  unchanged: z.number().int(),
});
export type RequirementDiff = z.infer<typeof requirementDiffSchema>;

export const requirementDiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const requirementVersionParamsSchema = z.strictObject({
  id: z.uuid(),
  number: z.coerce.number().int().min(1),
});

/** One WBS node: a work package with an owner; children nest (depth ≤ 5). */
export interface WbsNodeInput {
  name: string;
  ownerId: string;
  deliverable?: string | null;
  children?: WbsNodeInput[];
}
const wbsNode: z.ZodType<WbsNodeInput> = z.lazy(() =>
  z.strictObject({
    name: plainText(1, 200),
    ownerId: z.uuid(),
    deliverable: plainText(0, 1000).nullable().optional(),
    children: z.array(wbsNode).max(100).optional(),
  }),
);

export const saveScopeSchema = z.strictObject({
  /** The scope's version the caller read; 0 when there is none yet. */
  version: z.number().int().min(0),
  objectives: plainText(1, 10_000),
  deliverables: z.array(plainText(1, 500)).max(100),
  inScope: plainText(0, 10_000),
  outOfScope: plainText(0, 10_000),
  milestones: z.array(z.strictObject({ name: plainText(1, 200), dueDate: dateSchema })).max(100),
  wbs: z.array(wbsNode).max(100),
});
export type SaveScopeRequest = z.infer<typeof saveScopeSchema>;
export const confirmScopeSchema = z.strictObject({ version: z.number().int().min(1) });

export interface WbsNode {
  code: string;
  name: string;
  owner: { id: string; displayName: string };
  deliverable: string | null;
  children: WbsNode[];
}
const wbsNodeOut: z.ZodType<WbsNode> = z.lazy(() =>
  z.object({
    code: z.string(),
    name: z.string(),
    owner: person,
    deliverable: z.string().nullable(),
    children: z.array(wbsNodeOut),
  }),
);

export const scopeSchema = z.object({
  objectives: z.string(),
  deliverables: z.array(z.string()),
  inScope: z.string(),
  outOfScope: z.string(),
  milestones: z.array(z.object({ name: z.string(), dueDate: z.string() })),
  wbs: z.array(wbsNodeOut),
  confirmedAt: z.iso.datetime().nullable(),
  confirmedBy: person.nullable(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Scope = z.infer<typeof scopeSchema>;
export const scopeResponseSchema = z.object({ scope: scopeSchema.nullable() });
