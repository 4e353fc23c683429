import type { Executor } from '../../db/client';
import type { RecordReaders } from '../audit/record-readers';
import type { Actor } from '../auth/actor';
import type { FileRow } from './files.repository';

/**
 * Who may read a file: for one attached to a record, whoever may read that record (no registered reader → nobody);
 * for an unattached file, its uploader and administrators.
 */
export async function canReadFile(
  db: Executor,
  readers: RecordReaders,
  actor: Actor,
  file: Pick<FileRow, 'recordType' | 'recordId' | 'createdBy'>,
): Promise<boolean> {
  if (!actor.permissions.has('files:read')) return false;
  if (file.recordType !== null && file.recordId !== null) {
    return readers.canRead(db, actor, file.recordType, file.recordId);
  }
  return file.createdBy === actor.userId || actor.roles.includes('admin');
}
