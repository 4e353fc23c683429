import type { FileRecord } from '@thirdline/shared/files/files.schemas';
import type { FileRow } from './files.repository';

export function presentFile(row: FileRow): FileRecord {
  return {
    id: row.id,
    originalName: row.originalName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    recordType: row.recordType,
    recordId: row.recordId,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
