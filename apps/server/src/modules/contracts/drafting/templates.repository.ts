import { and, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { containsPattern } from '../../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../../db/list-page';
import { contractTemplateVersions, contractTemplates } from './drafting.table';

export type TemplateRow = typeof contractTemplates.$inferSelect;
export type TemplateVersionRow = typeof contractTemplateVersions.$inferSelect;

export interface TemplateFilter {
  page: number;
  pageSize: number;
  sort?: string;
  q?: string;
  type?: string;
  active?: 'true' | 'false';
}

const SORT_COLUMNS = { name: contractTemplates.name, updatedAt: contractTemplates.updatedAt } as const;

export async function listTemplates(db: Executor, f: TemplateFilter): Promise<{ rows: TemplateRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.type) where.push(eq(contractTemplates.type, f.type));
  if (f.active) where.push(eq(contractTemplates.active, f.active === 'true'));
  if (f.q) where.push(ilike(contractTemplates.name, containsPattern(f.q)));
  const condition = and(...where);
  const order = sortTerms(f.sort, SORT_COLUMNS, {
    fallback: '-updatedAt',
    tieBreaker: contractTemplates.id,
    tie: 'asc',
  });
  const rows = db
    .select()
    .from(contractTemplates)
    .where(condition)
    .orderBy(...order)
    .$dynamic();
  return selectPage(db, rows, { table: contractTemplates, where: condition }, pageWindow(f));
}

export async function findTemplate(db: Executor, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(contractTemplates).where(eq(contractTemplates.id, id));
  return row;
}

export async function lockTemplate(tx: Executor, id: string): Promise<TemplateRow | undefined> {
  const [row] = await tx.select().from(contractTemplates).where(eq(contractTemplates.id, id)).for('update');
  return row;
}

export async function insertTemplate(tx: Executor, row: typeof contractTemplates.$inferInsert): Promise<TemplateRow> {
  const [inserted] = await tx.insert(contractTemplates).values(row).returning();
  if (!inserted) throw new Error('template insert returned nothing');
  return inserted;
}

export async function updateTemplateRow(
  tx: Executor,
  id: string,
  set: Partial<typeof contractTemplates.$inferInsert>,
): Promise<TemplateRow> {
  const [row] = await tx.update(contractTemplates).set(set).where(eq(contractTemplates.id, id)).returning();
  if (!row) throw new Error('template update returned nothing');
  return row;
}

export async function insertTemplateVersion(tx: Executor, row: TemplateVersionRow): Promise<void> {
  await tx.insert(contractTemplateVersions).values(row);
}

export async function findTemplateVersion(
  db: Executor,
  templateId: string,
  version: number,
): Promise<TemplateVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(contractTemplateVersions)
    .where(and(eq(contractTemplateVersions.templateId, templateId), eq(contractTemplateVersions.version, version)));
  return row;
}

/** Every version of a template, newest first. */
export async function templateVersions(db: Executor, templateId: string): Promise<TemplateVersionRow[]> {
  return db
    .select()
    .from(contractTemplateVersions)
    .where(eq(contractTemplateVersions.templateId, templateId))
    .orderBy(desc(contractTemplateVersions.version));
}

/** The current version of each template (its number is the template row's version). */
export async function currentVersions(
  db: Executor,
  templates: TemplateRow[],
): Promise<Map<string, TemplateVersionRow>> {
  if (templates.length === 0) return new Map();
  const rows = await db
    .select()
    .from(contractTemplateVersions)
    .where(
      inArray(
        contractTemplateVersions.templateId,
        templates.map((t) => t.id),
      ),
    );
  const wanted = new Map(templates.map((t) => [t.id, t.version]));
  return new Map(rows.filter((r) => wanted.get(r.templateId) === r.version).map((r) => [r.templateId, r]));
}
