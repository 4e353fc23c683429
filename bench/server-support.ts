// Shared by the bench servers (children of the HTTP benchmarks): the ready/shutdown dance.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../apps/server/src/db/client';

/**
 * Signs in as `admin` on the full app, prints the Ready line `{ full, bare, cookie, kind }` the harness waits for,
 * and closes everything on SIGTERM. Both apps must be listening.
 */
export async function announceReady(
  full: FastifyInstance,
  bare: FastifyInstance,
  bench: { database: Database; drop: () => Promise<void> },
  password: string,
): Promise<void> {
  const login = await full.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password },
  });
  const cookie = login.cookies.find((c) => c.name === 'thirdline_session')?.value;
  if (!cookie) throw new Error(`bench sign-in failed: ${login.statusCode} ${login.body}`);
  const port = (app: FastifyInstance) => (app.server.address() as { port: number }).port;
  console.log(JSON.stringify({ full: port(full), bare: port(bare), cookie, kind: bench.database.kind }));
  process.on('SIGTERM', async () => {
    await full.close();
    await bare.close();
    await bench.database.close();
    await bench.drop();
    process.exit(0);
  });
}
