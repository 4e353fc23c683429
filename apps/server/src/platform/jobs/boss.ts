import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import type { Database } from '../../db/client';

/**
 * pg-boss's database adapter for embedded PGlite. PGlite's `query()` runs one statement with parameters; pg-boss
 * also sends parameter-less scripts of several statements (its schema install and migrations, wrapped in
 * BEGIN … COMMIT), which only `exec()` accepts.
 */
export function pgliteBossAdapter(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if ((!values || values.length === 0) && isScript(text)) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await pglite.query(text, values ?? []);
      return { rows: result.rows as unknown[] };
    },
  };
}

/** More than one statement: a semicolon followed by more SQL. */
function isScript(text: string): boolean {
  return /;\s*\S/.test(text);
}

/** A pg-boss instance on the application's database: its own small pool on PostgreSQL, the adapter on PGlite. */
export function createBoss(database: Database, options: { databaseUrl?: string | undefined } = {}): PgBoss {
  const common = { schema: 'pgboss', application_name: 'thirdline-jobs' };
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('PGlite handle missing');
    return new PgBoss({ ...common, db: pgliteBossAdapter(database.pglite) });
  }
  if (!options.databaseUrl) throw new Error('createBoss needs the PostgreSQL URL');
  return new PgBoss({ ...common, connectionString: options.databaseUrl, max: 4 });
}
