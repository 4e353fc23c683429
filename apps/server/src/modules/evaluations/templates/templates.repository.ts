import { and, asc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { containsPattern } from '../../../db/like-pattern';
import { evaluationTemplates, evaluationTemplateVersions } from './templates.table';

export type TemplateRow = typeof evaluationTemplates.$inferSelect;
export type NewTemplateRow = typeof evaluationTemplates.$inferInsert;
export type TemplateVersionRow = typeof evaluationTemplateVersions.$inferSelect;

export async function findTemplate(db: Executor, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(evaluationTemplates).where(eq(evaluationTemplates.id, id));
  return row;
}

export async function findTemplateByCode(db: Executor, code: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(evaluationTemplates).where(eq(evaluationTemplates.code, code));
  return row;
}

export async function lockTemplate(tx: Executor, id: string): Promise<TemplateRow | undefined> {
  const [row] = await tx.select().from(evaluationTemplates).where(eq(evaluationTemplates.id, id)).for('update');
  return row;
}

export async function listTemplates(db: Executor, filter: { active?: boolean; q?: string }): Promise<TemplateRow[]> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.active !== undefined) conditions.push(eq(evaluationTemplates.active, filter.active));
  if (filter.q) conditions.push(ilike(evaluationTemplates.name, containsPattern(filter.q)));
  return db
    .select()
    .from(evaluationTemplates)
    .where(and(...conditions))
    .orderBy(asc(evaluationTemplates.name), asc(evaluationTemplates.id));
}

export async function findTemplateVersion(
  db: Executor,
  templateId: string,
  version: number,
): Promise<TemplateVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationTemplateVersions)
    .where(and(eq(evaluationTemplateVersions.templateId, templateId), eq(evaluationTemplateVersions.version, version)));
  return row;
}

export async function listTemplateVersions(db: Executor, templateId: string): Promise<TemplateVersionRow[]> {
  return db
    .select()
    .from(evaluationTemplateVersions)
    .where(eq(evaluationTemplateVersions.templateId, templateId))
    .orderBy(asc(evaluationTemplateVersions.version));
}

/** Writes the template's current row (insert or update) and its version row, in the caller's transaction. */
export async function saveTemplateRow(
  tx: Executor,
  values: NewTemplateRow & { version: number },
  isNew: boolean,
): Promise<TemplateRow> {
  const [row] = isNew
    ? await tx.insert(evaluationTemplates).values(values).returning()
    : await tx.update(evaluationTemplates).set(values).where(eq(evaluationTemplates.id, values.id)).returning();
  if (!row) throw new Error('evaluation template write returned nothing');
  await tx.insert(evaluationTemplateVersions).values({
    templateId: row.id,
    version: row.version,
    name: row.name,
    description: row.description,
    scale: row.scale,
    levelDescriptors: row.levelDescriptors,
    criteria: row.criteria,
    createdAt: row.updatedAt,
    createdBy: row.updatedBy,
  });
  return row;
}
