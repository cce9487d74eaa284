import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './db.js';
import { WAL_SETTINGS, walKeeper } from './pglite-wal.js';
import type { WalKeeper } from './pglite-wal.js';

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** `root` and `wal` for the database itself; neither for a transaction's view of it. */
function wrap(target: Queryable, kind: 'pglite', root: PGlite | null, wal: WalKeeper | null): Db {
  const db: Db = {
    kind,
    instanceId: null,
    instanceRunning: async () => true,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, params as unknown[]);
      wal?.tick();
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      // PGlite runs one transaction at a time, which is what makes it safe without row locks.
      if (!root) return fn(db);
      const value = await root.transaction((tx) => fn(wrap(tx, kind, null, null)));
      wal?.tick();
      return value;
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
      wal?.tick();
    },
    async close(): Promise<void> {
      if (!root) return;
      await wal?.settled();
      await root.close();
    },
  };
  return db;
}

/** Embedded Postgres: in memory, or persisted in `dataDir` across restarts. */
export async function openPglite(options: { dataDir?: string }): Promise<Db> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    startParams: [...PGlite.defaultStartParams, ...WAL_SETTINGS],
  });
  return wrap(pg, 'pglite', pg, walKeeper(pg));
}
