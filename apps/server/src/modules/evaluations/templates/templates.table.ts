import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../../db/columns';

/** One criterion of a template version as stored (ids stay the same across versions for the same criterion). */
export interface StoredCriterion {
  id: string;
  dimension: string;
  name: string;
  weight: number;
  priceCriterion: boolean;
  description: string | null;
}

export interface StoredLevelDescriptor {
  level: number;
  text: string;
}

/**
 * Evaluation templates (R4.1): the current content of each template; `version` is the template version number
 * (every edit makes n+1). Every version's content is kept in evaluation_template_versions, which evaluations and
 * re-evaluation campaigns refer to.
 */
export const evaluationTemplates = pgTable(
  'evaluation_templates',
  {
    ...businessColumns(),
    code: text('code'),
    name: text('name').notNull(),
    description: text('description'),
    scale: text('scale').notNull(),
    levelDescriptors: jsonb('level_descriptors').$type<StoredLevelDescriptor[]>().notNull(),
    criteria: jsonb('criteria').$type<StoredCriterion[]>().notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('evaluation_templates_code_idx').on(t.code)],
);

export const evaluationTemplateVersions = pgTable(
  'evaluation_template_versions',
  {
    templateId: uuid('template_id')
      .notNull()
      .references(() => evaluationTemplates.id),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    scale: text('scale').notNull(),
    levelDescriptors: jsonb('level_descriptors').$type<StoredLevelDescriptor[]>().notNull(),
    criteria: jsonb('criteria').$type<StoredCriterion[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.version] })],
);
