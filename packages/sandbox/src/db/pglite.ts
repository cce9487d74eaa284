import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/**
 * A new database in memory is PGlite's initdb: about 5 s of CPU, most of an in-memory sandbox's
 * start. With JIAGONG_SANDBOX_PGLITE_CACHE naming a folder (the repo's test run sets it: its tests
 * start dozens), the first such database leaves a copy of its freshly made folder there, and
 * every later one, in any process, starts on that copy instead (about 1 s). Unset, nothing
 * changes. A copy is only a speed-up: one that cannot be read or written is done without.
 */
const CACHE = process.env.JIAGONG_SANDBOX_PGLITE_CACHE;
const CACHE_FILE = CACHE && join(CACHE, 'pglite-initdb.tar');

async function keepCopy(pg: PGlite, file: string): Promise<void> {
  const part = `${file}.${process.pid}-${Date.now()}`;
  try {
    await writeFile(part, new Uint8Array(await (await pg.dumpDataDir('none')).arrayBuffer()));
    // Whole or not at all, for a process reading it meanwhile.
    await rename(part, file);
  } catch {
    // Without a copy, the next one runs initdb too.
  }
}

/** Embedded Postgres: in memory, or persisted in `dataDir` across restarts. */
export async function openPglite(options: { dataDir?: string }): Promise<Db> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  let copy =
    !options.dataDir && CACHE_FILE
      ? await readFile(CACHE_FILE).then(
          (bytes) => new Blob([bytes]),
          () => undefined,
        )
      : undefined;
  const create = () =>
    PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(copy ? { loadDataDir: copy } : {}),
      startParams: [...PGlite.defaultStartParams, ...WAL_SETTINGS],
    });
  let pg: PGlite;
  try {
    pg = await create();
  } catch (error) {
    if (!copy) throw error;
    // A copy PGlite cannot start on (another PGlite version's, a damaged file): initdb as
    // without one, and a good copy replaces it.
    copy = undefined;
    pg = await create();
  }
  if (!options.dataDir && CACHE_FILE && !copy) await keepCopy(pg, CACHE_FILE);
  return wrap(pg, 'pglite', pg, walKeeper(pg));
}
