import multipart from '@fastify/multipart';
import {
  accessGrantCreateSchema,
  accessGrantListSchema,
  accessGrantSchema,
  contractDocumentListSchema,
  contractDocumentParamsSchema,
  contractDocumentSchema,
  contractGrantParamsSchema,
  documentAccessListSchema,
  documentAccessQuerySchema,
} from '@thirdline/shared/contracts/contract-archive.schemas';
import { contractIdParamsSchema } from '@thirdline/shared/contracts/contract.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { forbidden, HttpProblem } from '../../../platform/errors/problem';
import { contentDisposition } from '../../../platform/storage/content-disposition';
import type { EncryptedFileStore } from '../../../platform/storage/encrypted-store';
import { findContract } from '../contracts.repository';
import { readableContract } from '../contracts.policy';
import { archiveContext } from './archive-context';
import { canManageGrants, canSeeAccessLog, openRight } from './archive.policy';
import { listDocuments, listGrants, listOpens } from './archive.repository';
import { presentDocuments, presentGrants, presentOpens } from './archive.presenter';
import { createAccessGrant } from './commands/create-grant';
import { openContractDocument } from './commands/open-document';
import { revokeAccessGrant } from './commands/revoke-grant';
import { uploadContractDocument } from './commands/upload-document';

const tags = ['contracts'];

/**
 * The encrypted contract archive (R5.7): documents every contract reader sees listed, content for the director and
 * granted users only (404 otherwise), the access log, and the director's grants. A Fastify plugin body: it
 * registers multipart parsing for its own routes only.
 */
export async function registerArchiveRoutes(scope: FastifyInstance, ctx: AppContext, store: EncryptedFileStore) {
  await scope.register(multipart, {
    limits: {
      fileSize: ctx.env.MAX_UPLOAD_MB * 1024 * 1024,
      files: 1,
      fields: 4,
      fieldSize: 2048,
      parts: 6,
      headerPairs: 100,
    },
  });
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const uploadDeps = {
    store,
    readers: ctx.recordReaders as NonNullable<AppContext['recordReaders']>,
    maxUploadMb: ctx.env.MAX_UPLOAD_MB,
  };

  app.get(
    '/api/v1/contracts/:id/documents',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The contract’s documents (everyone who reads the contract sees them listed)',
        params: contractIdParamsSchema,
        response: { 200: contractDocumentListSchema },
      },
    },
    async (request) => {
      const c = await archiveContext(request, ctx);
      const { id } = request.params;
      readableContract(c.actor, await findContract(c.db, id));
      const canOpen = (await openRight(c.db, c.actor, id, c.audit.at)) !== null;
      const items = await presentDocuments(c.db, await listDocuments(c.db, id), canOpen);
      return {
        items,
        total: items.length,
        canOpen,
        canSeeAccessLog: canSeeAccessLog(c.actor),
        canManageGrants: canManageGrants(c.actor),
      };
    },
  );

  app.post(
    '/api/v1/contracts/:id/documents',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Upload a contract document (multipart: "file", "kind", optional "note"); stored encrypted',
        consumes: ['multipart/form-data'],
        params: contractIdParamsSchema,
        response: { 201: contractDocumentSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new HttpProblem({
          status: 415,
          title: 'Unsupported Media Type',
          detail: 'Send the file as multipart/form-data.',
          code: 'unsupported_media_type',
        });
      }
      const c = await archiveContext(request, ctx);
      const { id } = request.params;
      const documentId = await uploadContractDocument(c, uploadDeps, id, () => request.parts());
      const canOpen = (await openRight(c.db, c.actor, id, c.audit.at)) !== null;
      const rows = (await listDocuments(c.db, id)).filter((d) => d.id === documentId);
      const [item] = await presentDocuments(c.db, rows, canOpen);
      return reply.status(201).send(item as NonNullable<typeof item>);
    },
  );

  app.get(
    '/api/v1/contracts/:id/documents/:docId/content',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'A document’s content: the director or a granted user only (404 otherwise); every open is audited',
        params: contractDocumentParamsSchema,
      },
    },
    async (request, reply) => {
      const c = await archiveContext(request, ctx);
      const { file, content } = await openContractDocument(c, store, request.params.id, request.params.docId);
      content.on('error', (err) => request.log.error({ err, fileId: file.id }, 'contract document stream failed'));
      return reply
        .type(file.contentType)
        .header('content-length', String(file.sizeBytes))
        .header('content-disposition', contentDisposition(file.originalName))
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );

  app.get(
    '/api/v1/contracts/:id/document-access',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The access log: who opened which document when (director and auditors)',
        params: contractIdParamsSchema,
        querystring: documentAccessQuerySchema,
        response: { 200: documentAccessListSchema },
      },
    },
    async (request) => {
      const c = await archiveContext(request, ctx);
      readableContract(c.actor, await findContract(c.db, request.params.id));
      if (!canSeeAccessLog(c.actor)) throw forbidden('Only the director and auditors see the access log.');
      const { page, pageSize } = request.query;
      const { items, total } = await listOpens(c.db, request.params.id, { page, pageSize });
      return { items: await presentOpens(c.db, items), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/contracts/:id/access-grants',
    {
      config: { permission: 'contracts:archive' },
      schema: {
        tags,
        summary: 'Grants to open this contract’s documents (the director)',
        params: contractIdParamsSchema,
        response: { 200: accessGrantListSchema },
      },
    },
    async (request) => {
      const c = await archiveContext(request, ctx);
      readableContract(c.actor, await findContract(c.db, request.params.id));
      const items = await presentGrants(c.db, await listGrants(c.db, request.params.id), c.audit.at);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/v1/contracts/:id/access-grants',
    {
      config: { permission: 'contracts:archive' },
      schema: {
        tags,
        summary: 'Let a user or a role open this contract’s documents until expiresAt (audited)',
        params: contractIdParamsSchema,
        body: accessGrantCreateSchema,
        response: { 201: accessGrantSchema },
      },
    },
    async (request, reply) => {
      const c = await archiveContext(request, ctx);
      const row = await createAccessGrant(c, request.params.id, request.body);
      const [item] = await presentGrants(c.db, [row], c.audit.at);
      return reply.status(201).send(item as NonNullable<typeof item>);
    },
  );

  app.delete(
    '/api/v1/contracts/:id/access-grants/:grantId',
    {
      config: { permission: 'contracts:archive' },
      schema: { tags, summary: 'Revoke a grant (audited)', params: contractGrantParamsSchema },
    },
    async (request, reply) => {
      const c = await archiveContext(request, ctx);
      await revokeAccessGrant(c, request.params.id, request.params.grantId);
      return reply.status(204).send();
    },
  );
}
