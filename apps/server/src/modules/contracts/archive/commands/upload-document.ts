import type { Multipart } from '@fastify/multipart';
import { contractDocumentFieldsSchema } from '@thirdline/shared/contracts/contract-archive.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest } from '../../../../platform/errors/problem';
import { uploadFile, type UploadDeps } from '../../../../platform/storage/commands/upload-file';
import { findContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import type { ArchiveCommandContext } from '../archive-context';
import { insertDocument } from '../archive.repository';

export const CONTRACT_DOCUMENT_RECORD = 'contract-document';
const OWN_FIELDS = new Set(['kind', 'note']);

/**
 * Stores a contract document (R5.7): the body goes through the platform's content check and encryption, attached
 * to record type `contract-document` (whose reader refuses everybody, so only the archive routes serve it), and
 * the document row is written and audited in the same transaction. Returns the new document's id.
 */
export async function uploadContractDocument(
  c: ArchiveCommandContext,
  deps: Omit<UploadDeps, 'db'>,
  contractId: string,
  openParts: () => AsyncIterable<Multipart>,
): Promise<string> {
  readableContract(c.actor, await findContract(c.db, contractId));
  requireContractPermission(c.actor, 'contracts:write');
  const documentId = uuidv7();
  const fields: Record<string, string> = {};
  async function* fileParts(): AsyncGenerator<Multipart> {
    for await (const part of openParts()) {
      if (part.type === 'file') {
        yield part;
      } else if (OWN_FIELDS.has(part.fieldname)) {
        fields[part.fieldname] = String(part.value);
      } else {
        throw badRequest('The form fields are not valid.', [{ path: part.fieldname, message: 'unknown field' }]);
      }
    }
  }
  await uploadFile({ ...deps, db: c.db }, c.actor, fileParts, c.audit, {
    recordType: CONTRACT_DOCUMENT_RECORD,
    recordId: documentId,
    async inTransaction(tx, file) {
      const parsed = contractDocumentFieldsSchema.safeParse(fields);
      if (!parsed.success) {
        throw badRequest(
          'The form fields are not valid.',
          parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })),
          'validation_failed',
        );
      }
      const row = {
        id: documentId,
        contractId,
        fileId: file.id,
        kind: parsed.data.kind,
        note: parsed.data.note || null,
        createdAt: c.audit.at,
        createdBy: c.actor.userId,
        updatedAt: c.audit.at,
        updatedBy: c.actor.userId,
      };
      await insertDocument(tx, row);
      await recordAudit(tx, c.audit, {
        action: 'contract-document.upload',
        recordType: CONTRACT_DOCUMENT_RECORD,
        recordId: documentId,
        after: { ...row, name: file.originalName, sizeBytes: file.sizeBytes, sha256: file.sha256 },
      });
      await recordAudit(tx, c.audit, {
        action: 'contract.document-added',
        recordType: 'contract',
        recordId: contractId,
        details: { documentId, kind: row.kind, name: file.originalName },
      });
    },
  });
  return documentId;
}
