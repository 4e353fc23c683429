import type { Readable } from 'node:stream';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { notFound } from '../../../../platform/errors/problem';
import type { EncryptedFileStore } from '../../../../platform/storage/encrypted-store';
import { readVerifiedFile } from '../../../../platform/storage/commands/open-file';
import type { FileRow } from '../../../../platform/storage/files.repository';
import { findContract } from '../../contracts.repository';
import { readableContract } from '../../contracts.policy';
import type { ArchiveCommandContext } from '../archive-context';
import { findDocument, insertOpen } from '../archive.repository';
import { openRight } from '../archive.policy';
import { CONTRACT_DOCUMENT_RECORD } from './upload-document';

/**
 * Opens a contract document's content for the director or a granted user; 404 for everyone else (the same answer
 * as for a document that does not exist). The body is verified first; the open is then logged and audited, and
 * only then are bytes sent.
 */
export async function openContractDocument(
  c: ArchiveCommandContext,
  store: EncryptedFileStore,
  contractId: string,
  documentId: string,
): Promise<{ file: FileRow; content: Readable }> {
  readableContract(c.actor, await findContract(c.db, contractId));
  const found = await findDocument(c.db, contractId, documentId);
  const right = found ? await openRight(c.db, c.actor, contractId, c.audit.at) : null;
  if (!found || !right) throw notFound('No such document.');
  const content = await readVerifiedFile(store, found.file);
  try {
    await c.db.transaction(async (tx) => {
      await insertOpen(tx, {
        id: uuidv7(),
        contractId,
        documentId,
        userId: c.actor.userId,
        openedAt: c.audit.at,
        via: right.via,
        grantId: right.grantId,
      });
      await recordAudit(tx, c.audit, {
        action: 'contract-document.open',
        recordType: CONTRACT_DOCUMENT_RECORD,
        recordId: documentId,
        details: { contractId, fileId: found.file.id, name: found.file.originalName, ...right },
      });
    });
  } catch (err) {
    content.destroy();
    throw err;
  }
  return { file: found.file, content };
}
