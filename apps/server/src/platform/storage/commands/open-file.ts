import type { Readable } from 'node:stream';
import type { Db } from '../../../db/client';
import type { RecordReaders } from '../../audit/record-readers';
import type { Actor } from '../../auth/actor';
import { HttpProblem, notFound } from '../../errors/problem';
import { FileIntegrityError, type EncryptedFileStore } from '../encrypted-store';
import { canReadFile } from '../files.policy';
import { findFile, type FileRow } from '../files.repository';

export interface FileReadDeps {
  db: Db;
  store: EncryptedFileStore;
  readers: RecordReaders;
}

/** The file's metadata if the actor may read it; 404 otherwise (the policy is checked on every access). */
export async function getReadableFile(deps: FileReadDeps, actor: Actor, id: string): Promise<FileRow> {
  const row = await findFile(deps.db, id);
  if (!row || !(await canReadFile(deps.db, deps.readers, actor, row))) throw notFound('No such file.');
  return row;
}

/**
 * The decrypted bytes of a readable file. The whole body is verified (GCM tag, size, SHA-256) before the first
 * byte is sent, so an altered body is refused instead of being served as a valid download.
 */
export async function openFile(
  deps: FileReadDeps,
  actor: Actor,
  id: string,
): Promise<{ file: FileRow; content: Readable }> {
  const file = await getReadableFile(deps, actor, id);
  return { file, content: await readVerifiedFile(deps.store, file) };
}

/**
 * The decrypted bytes of a file whose reading the caller authorised itself (a module guarding its own files),
 * verified in full before the first byte is sent.
 */
export async function readVerifiedFile(store: EncryptedFileStore, file: FileRow): Promise<Readable> {
  try {
    await store.verify(file.id, file);
  } catch (err) {
    if (!(err instanceof FileIntegrityError)) throw err;
    throw new HttpProblem({
      status: 500,
      title: 'Internal Server Error',
      detail: 'The stored file failed its integrity check and is not served. An administrator has to restore it.',
      code: 'file_integrity_failed',
    });
  }
  return store.read(file.id, file);
}
