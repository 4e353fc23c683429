import { and, count, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { files } from '../../../platform/storage/files.table';
import { contractVendors } from '../contracts.table';
import { contractAccessGrants, contractDocumentOpens, contractDocuments, contractSignings } from './archive.table';

export type ContractDocumentRow = typeof contractDocuments.$inferSelect;
export type AccessGrantRow = typeof contractAccessGrants.$inferSelect;
export type SigningRow = typeof contractSignings.$inferSelect;

/** A document with the metadata of its file (name, type, size). */
export interface DocumentWithFile extends ContractDocumentRow {
  name: string;
  contentType: string;
  sizeBytes: number;
}

const documentColumns = {
  id: contractDocuments.id,
  contractId: contractDocuments.contractId,
  fileId: contractDocuments.fileId,
  kind: contractDocuments.kind,
  note: contractDocuments.note,
  createdAt: contractDocuments.createdAt,
  createdBy: contractDocuments.createdBy,
  updatedAt: contractDocuments.updatedAt,
  updatedBy: contractDocuments.updatedBy,
  version: contractDocuments.version,
  name: files.originalName,
  contentType: files.contentType,
  sizeBytes: files.sizeBytes,
};

export async function listDocuments(db: Executor, contractId: string): Promise<DocumentWithFile[]> {
  return db
    .select(documentColumns)
    .from(contractDocuments)
    .innerJoin(files, eq(files.id, contractDocuments.fileId))
    .where(eq(contractDocuments.contractId, contractId))
    .orderBy(desc(contractDocuments.createdAt), desc(contractDocuments.id));
}

/** The document of this contract, with its file row (for reading the body). */
export async function findDocument(db: Executor, contractId: string, documentId: string) {
  const [row] = await db
    .select({ document: contractDocuments, file: files })
    .from(contractDocuments)
    .innerJoin(files, eq(files.id, contractDocuments.fileId))
    .where(and(eq(contractDocuments.id, documentId), eq(contractDocuments.contractId, contractId)));
  return row;
}

export async function insertDocument(tx: Executor, values: typeof contractDocuments.$inferInsert) {
  await tx.insert(contractDocuments).values(values);
}

/** The grant that lets this user (or one of their roles) open the contract's documents at `now`, if any. */
export async function activeGrantFor(
  db: Executor,
  contractId: string,
  who: { userId: string | null; roles: readonly string[] },
  now: Date,
): Promise<AccessGrantRow | undefined> {
  const holders = [
    ...(who.userId ? [eq(contractAccessGrants.userId, who.userId)] : []),
    ...(who.roles.length > 0 ? [inArray(contractAccessGrants.role, [...who.roles])] : []),
  ];
  if (holders.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(contractAccessGrants)
    .where(
      and(
        eq(contractAccessGrants.contractId, contractId),
        isNull(contractAccessGrants.revokedAt),
        gt(contractAccessGrants.expiresAt, now),
        or(...holders),
      ),
    )
    .orderBy(desc(contractAccessGrants.expiresAt))
    .limit(1);
  return row;
}

export async function listGrants(db: Executor, contractId: string): Promise<AccessGrantRow[]> {
  return db
    .select()
    .from(contractAccessGrants)
    .where(eq(contractAccessGrants.contractId, contractId))
    .orderBy(desc(contractAccessGrants.createdAt), desc(contractAccessGrants.id));
}

export async function findGrant(tx: Executor, contractId: string, grantId: string) {
  const [row] = await tx
    .select()
    .from(contractAccessGrants)
    .where(and(eq(contractAccessGrants.id, grantId), eq(contractAccessGrants.contractId, contractId)))
    .for('update');
  return row;
}

export async function insertGrant(tx: Executor, values: typeof contractAccessGrants.$inferInsert) {
  const [row] = await tx.insert(contractAccessGrants).values(values).returning();
  if (!row) throw new Error('grant insert returned nothing');
  return row;
}

export async function updateGrant(tx: Executor, id: string, set: Partial<typeof contractAccessGrants.$inferInsert>) {
  const [row] = await tx.update(contractAccessGrants).set(set).where(eq(contractAccessGrants.id, id)).returning();
  if (!row) throw new Error('grant update returned nothing');
  return row;
}

export async function insertOpen(tx: Executor, values: typeof contractDocumentOpens.$inferInsert) {
  await tx.insert(contractDocumentOpens).values(values);
}

/** The access log of a contract, newest first, with each document's name and kind. */
export async function listOpens(db: Executor, contractId: string, page: { page: number; pageSize: number }) {
  const where = eq(contractDocumentOpens.contractId, contractId);
  const [total] = await db.select({ n: count() }).from(contractDocumentOpens).where(where);
  const items = await db
    .select({
      id: contractDocumentOpens.id,
      documentId: contractDocumentOpens.documentId,
      documentName: files.originalName,
      documentKind: contractDocuments.kind,
      userId: contractDocumentOpens.userId,
      openedAt: contractDocumentOpens.openedAt,
      via: contractDocumentOpens.via,
      grantId: contractDocumentOpens.grantId,
    })
    .from(contractDocumentOpens)
    .innerJoin(contractDocuments, eq(contractDocuments.id, contractDocumentOpens.documentId))
    .innerJoin(files, eq(files.id, contractDocuments.fileId))
    .where(where)
    .orderBy(desc(contractDocumentOpens.openedAt), desc(contractDocumentOpens.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return { items, total: total?.n ?? 0 };
}

export async function findSigning(db: Executor, contractId: string): Promise<SigningRow | undefined> {
  const [row] = await db.select().from(contractSignings).where(eq(contractSignings.contractId, contractId));
  return row;
}

export async function insertSigning(tx: Executor, values: typeof contractSignings.$inferInsert): Promise<SigningRow> {
  const [row] = await tx.insert(contractSignings).values(values).returning();
  if (!row) throw new Error('signing insert returned nothing');
  return row;
}

/** The contract's counterparty and, for a framework contract, its further vendors. */
export async function contractVendorIds(db: Executor, contract: { id: string; vendorId: string }): Promise<string[]> {
  const others = await db
    .select({ vendorId: contractVendors.vendorId })
    .from(contractVendors)
    .where(eq(contractVendors.contractId, contract.id));
  return [contract.vendorId, ...others.map((o) => o.vendorId).filter((id) => id !== contract.vendorId)];
}
