import type {
  AccessGrant,
  ContractDocument,
  ContractDocumentKind,
  ContractSigning,
  DocumentAccessEntry,
} from '@thirdline/shared/contracts/contract-archive.schemas';
import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Role } from '@thirdline/shared/rbac/permissions';
import type { Executor } from '../../../db/client';
import { userDisplayNames } from '../../org';
import type { ContractRow } from '../contracts.repository';
import type { AccessGrantRow, DocumentWithFile, SigningRow } from './archive.repository';

type Names = Map<string, string>;
const person = (names: Names, id: string | null) => (id ? { id, displayName: names.get(id) ?? '' } : null);
const namesOf = (db: Executor, ids: (string | null)[]) =>
  userDisplayNames(
    db,
    ids.filter((id): id is string => id !== null),
  );

export async function presentDocuments(
  db: Executor,
  rows: DocumentWithFile[],
  canOpen: boolean,
): Promise<ContractDocument[]> {
  const names = await namesOf(
    db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contractId,
    kind: r.kind as ContractDocumentKind,
    name: r.name,
    contentType: r.contentType,
    sizeBytes: r.sizeBytes,
    note: r.note,
    uploadedBy: person(names, r.createdBy),
    uploadedAt: r.createdAt.toISOString(),
    canOpen,
  }));
}

export async function presentGrants(db: Executor, rows: AccessGrantRow[], now: Date): Promise<AccessGrant[]> {
  const names = await namesOf(db, [...rows.map((r) => r.userId), ...rows.map((r) => r.createdBy)]);
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contractId,
    user: person(names, r.userId),
    role: r.role as Role | null,
    expiresAt: r.expiresAt.toISOString(),
    reason: r.reason,
    grantedBy: person(names, r.createdBy),
    grantedAt: r.createdAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    active: r.revokedAt === null && r.expiresAt > now,
  }));
}

interface OpenRow {
  id: string;
  documentId: string;
  documentName: string;
  documentKind: string;
  userId: string | null;
  openedAt: Date;
  via: string;
  grantId: string | null;
}

export async function presentOpens(db: Executor, rows: OpenRow[]): Promise<DocumentAccessEntry[]> {
  const names = await namesOf(
    db,
    rows.map((r) => r.userId),
  );
  return rows.map((r) => ({
    id: r.id,
    documentId: r.documentId,
    documentName: r.documentName,
    documentKind: r.documentKind as ContractDocumentKind,
    user: person(names, r.userId),
    openedAt: r.openedAt.toISOString(),
    via: r.via === 'grant' ? 'grant' : 'director',
    grantId: r.grantId,
  }));
}

export async function presentSigning(db: Executor, contract: ContractRow, row: SigningRow): Promise<ContractSigning> {
  const names = await namesOf(db, [row.createdBy]);
  return {
    contractId: contract.id,
    status: contract.status as ContractStatus,
    version: contract.version,
    signedOn: contract.signedOn ?? row.createdAt.toISOString().slice(0, 10),
    signedAt: (contract.signedAt ?? row.createdAt).toISOString(),
    activatedAt: contract.activatedAt?.toISOString() ?? null,
    signatories: row.signatories.map((s) => ({
      side: s.side === 'vendor' ? 'vendor' : 'company',
      name: s.name,
      title: s.title,
    })),
    signedCopyDocumentId: row.signedCopyDocumentId,
    signedBy: person(names, row.createdBy),
    overrideReason: row.overrideReason,
    overriddenConditions: row.overriddenConditions.map((c) => ({
      ...c,
      code: String(c.code),
      message: String(c.message),
    })),
  };
}
