import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export function hasWebApp(distDir: string | undefined): distDir is string {
  return !!distDir && existsSync(path.join(distDir, 'index.html'));
}

/** Serves the built single-page app's files; unknown non-API paths fall back to index.html (error handler). */
export async function registerWebApp(app: FastifyInstance, distDir: string) {
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'] });
}
