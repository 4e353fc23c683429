import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files } from './files.table';

export type FileRow = typeof files.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file row, or undefined (also for an id that is not a UUID, which no file can have). */
export async function findFile(db: Executor, id: string): Promise<FileRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

export async function insertFile(db: Executor, row: typeof files.$inferInsert): Promise<FileRow> {
  const [inserted] = await db.insert(files).values(row).returning();
  if (!inserted) throw new Error('file insert returned nothing');
  return inserted;
}
