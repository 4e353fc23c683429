import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { registerArchiveRoutes } from './archive.routes';
import { CONTRACT_DOCUMENT_RECORD } from './commands/upload-document';
import { contractActivationKind, contractExpiryKind } from './contract-term';
import { registerSigningRoutes } from './signing.routes';

/**
 * The contract archive and signing (R5.3, R5.7). Files of contract documents are attached to record type
 * `contract-document`, whose reader refuses everyone: the generic `/files/{id}` routes answer 404 for them, so
 * their content is served only by the archive route (policy checked, every open logged and audited).
 */
export function registerContractArchive(app: FastifyInstance, ctx: AppContext) {
  if (!ctx.fileStore) throw new Error('the contract archive needs the file store (buildApp sets it)');
  const store = ctx.fileStore;
  ctx.recordReaders?.register(CONTRACT_DOCUMENT_RECORD, async () => false);
  void app.register(async (scope) => registerArchiveRoutes(scope, ctx, store));
  registerSigningRoutes(app, ctx);
  ctx.dueItems?.register(contractActivationKind);
  ctx.dueItems?.register(contractExpiryKind);
}
