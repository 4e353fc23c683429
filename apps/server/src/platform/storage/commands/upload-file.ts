import type { Multipart } from '@fastify/multipart';
import { fileUploadFieldsSchema } from '@thirdline/shared/files/files.schemas';
import { uuidv7 } from 'uuidv7';
import type { Db, Tx } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../audit/audit';
import type { RecordReaders } from '../../audit/record-readers';
import type { Actor } from '../../auth/actor';
import { badRequest, HttpProblem, notFound } from '../../errors/problem';
import { cleanFileName, ContentInspector, ruleFor } from '../content-check';
import { EncryptedFileStore, type StoredBody } from '../encrypted-store';
import { insertFile, type FileRow } from '../files.repository';

export interface UploadDeps {
  db: Db;
  store: EncryptedFileStore;
  readers: RecordReaders;
  maxUploadMb: number;
}

/**
 * A module that guards a record's files itself (e.g. the contract archive) uploads through its own route: the file
 * is attached to `recordType`/`recordId` without asking that record's reader (the route authorised the upload), and
 * `inTransaction` writes the module's own rows in the upload's transaction (a failure there removes the file).
 */
export interface UploadTarget {
  recordType: string;
  recordId: string;
  inTransaction(tx: Tx, file: FileRow): Promise<void>;
}

const tooLarge = (mb: number) =>
  new HttpProblem({
    status: 413,
    title: 'Content Too Large',
    detail: `A file may be at most ${mb} MB.`,
    code: 'file_too_large',
  });

/**
 * Streams the single `file` part through the content check and encryption to disk, then (with the optional
 * `recordType`/`recordId` fields, which may come before or after it) checks the record, records the file and
 * audits it. On any failure the stored body is deleted.
 */
export async function uploadFile(
  deps: UploadDeps,
  actor: Actor,
  openParts: () => AsyncIterable<Multipart>,
  audit: AuditContext,
  target?: UploadTarget,
): Promise<FileRow> {
  const id = uuidv7();
  const fields: Record<string, string> = {};
  let stored: StoredBody | undefined;
  let originalName = '';
  let contentType = '';
  let truncated = false;
  try {
    for await (const part of guarded(openParts)) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      part.file.once('limit', () => {
        truncated = true;
      });
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw badRequest('Send the file in the form field "file".', [
          { path: part.fieldname, message: 'unexpected file field' },
        ]);
      }
      try {
        originalName = cleanFileName(part.filename);
        const rule = ruleFor(originalName);
        contentType = rule.contentType;
        stored = await deps.store.write(id, part.file, [new ContentInspector(rule)]);
      } catch (err) {
        part.file.resume();
        throw isParserError(err) ? parserProblem(err) : err;
      }
      if (truncated) throw tooLarge(deps.maxUploadMb);
    }
    if (!stored) {
      throw badRequest('No file was sent.', [{ path: 'file', message: 'required' }], 'file_required');
    }
    const parsed = fileUploadFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      throw badRequest(
        'The form fields are not valid.',
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })),
        'validation_failed',
      );
    }
    const { recordType, recordId } = target ?? parsed.data;
    if (!target && recordType !== undefined && recordId !== undefined) {
      if (recordType === 'file' || !deps.readers.has(recordType)) {
        throw badRequest(
          `Files cannot be attached to "${recordType}".`,
          [{ path: 'recordType', message: 'unknown record type' }],
          'unknown_record_type',
        );
      }
      if (!(await deps.readers.canRead(deps.db, actor, recordType, recordId))) throw notFound('No such record.');
    }
    const body = stored;
    return await deps.db.transaction(async (tx) => {
      const row = await insertFile(tx, {
        id,
        originalName,
        contentType,
        ...body,
        recordType: recordType ?? null,
        recordId: recordId ?? null,
        createdAt: audit.at,
        createdBy: actor.userId,
      });
      const facts = { originalName, contentType, sizeBytes: body.sizeBytes, sha256: body.sha256 };
      await recordAudit(tx, audit, {
        action: 'file.upload',
        recordType: 'file',
        recordId: id,
        after: { ...facts, recordType: row.recordType, recordId: row.recordId },
      });
      if (recordType !== undefined && recordId !== undefined) {
        await recordAudit(tx, audit, {
          action: 'file.attach',
          recordType,
          recordId,
          details: { fileId: id, ...facts },
        });
      }
      await target?.inTransaction(tx, row);
      return row;
    });
  } catch (err) {
    await deps.store.remove(EncryptedFileStore.storageKeyOf(id));
    if (truncated) throw tooLarge(deps.maxUploadMb);
    if ((err as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(deps.maxUploadMb);
    throw err;
  }
}

/** The parts of the request; anything the multipart parser fails on is the client's malformed body (400). */
async function* guarded(openParts: () => AsyncIterable<Multipart>): AsyncGenerator<Multipart> {
  let iterator: AsyncIterator<Multipart>;
  try {
    iterator = openParts()[Symbol.asyncIterator]();
  } catch (err) {
    throw parserProblem(err);
  }
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await iterator.next();
    } catch (err) {
      throw parserProblem(err);
    }
    if (next.done) return;
    yield next.value;
  }
}

/**
 * The multipart parser fails a part the client cut short or malformed with a plain Error (no code), or with one of
 * the plugin's FST_ errors. Disk, crypto and database errors carry a code (ENOSPC, ERR_…) and stay our fault (500).
 */
function isParserError(err: unknown): boolean {
  if (!(err instanceof Error) || err instanceof HttpProblem) return false;
  const code = (err as { code?: unknown }).code;
  return code === undefined || (typeof code === 'string' && code.startsWith('FST_'));
}

function parserProblem(err: unknown): unknown {
  if (err instanceof HttpProblem) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'FST_FILES_LIMIT') {
    return badRequest('Send one file per request.', [{ path: 'file', message: 'only one file' }], 'too_many_files');
  }
  // The plugin's own errors (file too large, prototype field names, …) carry a 4xx status already.
  if (typeof code === 'string' && code.startsWith('FST_')) return err;
  return badRequest(`The multipart body is malformed: ${(err as Error).message}`, undefined, 'malformed_multipart');
}
