import multipart from '@fastify/multipart';
import { fileIdParamsSchema, fileSchema } from '@thirdline/shared/files/files.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { auditContextOf } from '../audit/request-context';
import type { RecordReaders } from '../audit/record-readers';
import { requireActor } from '../auth/actor';
import type { Clock } from '../calendar/clock';
import { getReadableFile, openFile } from './commands/open-file';
import { requireMultipart, uploadFile } from './commands/upload-file';
import { contentDisposition } from './content-disposition';
import type { EncryptedFileStore } from './encrypted-store';
import { canReadFile } from './files.policy';
import { findFile } from './files.repository';
import { presentFile } from './files.presenter';

export interface FileRouteDeps {
  db: Db;
  clock: Clock;
  store: EncryptedFileStore;
  readers: RecordReaders;
  maxUploadMb: number;
}

export async function registerFileRoutes(root: FastifyInstance, deps: FileRouteDeps) {
  // A file's own history is visible to whoever may read the file.
  deps.readers.register('file', async (db, actor, id) => {
    const file = await findFile(db, id);
    return !!file && canReadFile(db, deps.readers, actor, file);
  });

  await root.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: deps.maxUploadMb * 1024 * 1024,
        files: 1,
        fields: 10,
        fieldSize: 1024,
        parts: 12,
        headerPairs: 100,
      },
    });
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/v1/files',
      {
        config: { permission: 'files:upload' },
        schema: {
          tags: ['files'],
          summary: 'Upload one file (multipart: "file", optional "recordType" and "recordId")',
          consumes: ['multipart/form-data'],
          response: { 201: fileSchema },
        },
      },
      async (request, reply) => {
        requireMultipart(request);
        const row = await uploadFile(
          deps,
          requireActor(request),
          () => request.parts(),
          auditContextOf(request, deps.clock),
        );
        return reply.status(201).send(presentFile(row));
      },
    );

    app.get(
      '/api/v1/files/:id',
      {
        config: { permission: 'files:read' },
        schema: {
          tags: ['files'],
          summary: 'A file’s metadata',
          params: fileIdParamsSchema,
          response: { 200: fileSchema },
        },
      },
      async (request) => presentFile(await getReadableFile(deps, requireActor(request), request.params.id)),
    );

    app.get(
      '/api/v1/files/:id/content',
      {
        config: { permission: 'files:read' },
        schema: { tags: ['files'], summary: 'A file’s bytes (decrypted and verified)', params: fileIdParamsSchema },
      },
      async (request, reply) => {
        const { file, content } = await openFile(deps, requireActor(request), request.params.id);
        content.on('error', (err) => request.log.error({ err, fileId: file.id }, 'file stream failed'));
        return reply
          .type(file.contentType)
          .header('content-length', String(file.sizeBytes))
          .header('content-disposition', contentDisposition(file.originalName))
          .header('cache-control', 'private, no-store')
          .send(content);
      },
    );
  });
}
