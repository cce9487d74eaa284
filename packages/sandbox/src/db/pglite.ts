import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './db.js';

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

function wrap(target: Queryable, kind: 'pglite', root: PGlite | null): Db {
  const db: Db = {
    kind,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      // PGlite runs one transaction at a time, which is what makes it safe without row locks.
      if (!root) return fn(db);
      return root.transaction((tx) => fn(wrap(tx, kind, null)));
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
    async close(): Promise<void> {
      if (root) await root.close();
    },
  };
  return db;
}

/** Embedded Postgres: in memory, or persisted in `dataDir` across restarts. */
export async function openPglite(options: { dataDir?: string }): Promise<Db> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pg = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  return wrap(pg, 'pglite', pg);
}
