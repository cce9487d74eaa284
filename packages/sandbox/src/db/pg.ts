import { randomInt } from 'node:crypto';
import pg from 'pg';
import type { Db, QueryResult } from './db.js';
import { redactUrl } from './redact.js';

type Client = pg.Pool | pg.PoolClient;

/** deadlock_detected, serialization_failure: PostgreSQL rolled the work back; it may run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;
/** How long making a connection to PostgreSQL may take (TCP, TLS, authentication). */
const CONNECT_MS = 10_000;

/**
 * Runs `work` (a whole transaction, or one statement outside any) again when PostgreSQL aborted
 * it for a deadlock. `POST /sandbox/reset` truncates every table while requests hold row locks
 * taken in another order: without this, a reset among a partner's in-flight calls failed, it or
 * the calls, with a 500 (PGlite runs one transaction at a time and never deadlocks).
 */
async function retryingDeadlocks<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      // A little apart, so the retried twins do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * The first key of the session advisory lock each sandbox holds on its own connection while it
 * runs ('JG'); the second is its instance id. PostgreSQL releases it when that connection ends,
 * the process killed included (the kernel closes its sockets).
 */
const INSTANCE_LOCK_CLASS = 0x4a47;

interface Instance {
  id: number;
  running(id: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Holds this process's instance lock on a connection of its own (not the pool's, whose
 * connections come and go), taken again on a new connection if that one is lost.
 */
async function holdInstanceLock(connectionString: string, pool: pg.Pool): Promise<Instance> {
  const id = randomInt(1, 2 ** 31 - 1);
  let closing = false;
  let holder: pg.Client | undefined;
  const connect = async (): Promise<void> => {
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: CONNECT_MS,
      // An idle connection a NAT or load balancer forgets would end the lock unnoticed.
      keepAlive: true,
    });
    client.on('error', () => undefined);
    // A lock lost with its connection (PostgreSQL restarted, a DBA ended it) is taken again.
    client.once('end', () => {
      if (holder !== client) return;
      holder = undefined;
      if (!closing) retry();
    });
    await client.connect();
    await client.query('SELECT pg_advisory_lock($1, $2)', [INSTANCE_LOCK_CLASS, id]);
    if (closing) await client.end();
    else holder = client;
  };
  const retry = (): void => {
    setTimeout(() => void connect().catch(retry), 1000).unref();
  };
  await connect();
  return {
    id,
    async running(other) {
      const { rows } = await pool.query(
        `SELECT 1 FROM pg_locks
          WHERE locktype = 'advisory' AND granted AND objsubid = 2
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND classid::text::bigint = $1 AND objid::text::bigint = $2`,
        [INSTANCE_LOCK_CLASS, other],
      );
      return rows.length > 0;
    },
    async close() {
      closing = true;
      await holder?.end().catch(() => undefined);
    },
  };
}

function wrap(client: Client, pool: pg.Pool | null, instance: Instance): Db {
  const db: Db = {
    kind: 'postgres',
    instanceId: instance.id,
    instanceRunning: (id) => (id === instance.id ? Promise.resolve(true) : instance.running(id)),
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      // Inside a transaction, the transaction as a whole is run again (a statement cannot be).
      const run = () => client.query(sql, params as unknown[]);
      const result = pool ? await retryingDeadlocks(run) : await run();
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!pool) return fn(db);
      return retryingDeadlocks(async () => {
        const conn = await pool.connect();
        // A checked-out client has none of the pool's listeners: a connection PostgreSQL ends
        // mid-transaction (a restart, pg_terminate_backend, a network cut) emitted 'error' to no
        // one, which crashed the sandbox. Heard here, the transaction's next statement fails
        // instead (a 500 its retry gets past), and the pool drops the broken client on release.
        const lost = () => undefined;
        conn.on('error', lost);
        try {
          await conn.query('BEGIN');
          const value = await fn(wrap(conn, null, instance));
          await conn.query('COMMIT');
          return value;
        } catch (error) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          conn.removeListener('error', lost);
          conn.release();
        }
      });
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async close(): Promise<void> {
      if (!pool) return;
      // The lock's connection too, whatever the pool does: left open, it keeps the process alive.
      try {
        await pool.end();
      } finally {
        await instance.close();
      }
    },
  };
  return db;
}

/** What pg takes for a server: a postgres:// or postgresql:// URL, a socket: URL, a socket path. */
const POSTGRES_URL = /^(?:postgres(?:ql)?:\/\/|socket:|\/)/i;

/**
 * DATABASE_URL is many programs' variable: one set for a partner's own app (mysql://, Prisma's
 * file:./dev.db) reached the sandbox, which pg read as a PostgreSQL server elsewhere (a URL of
 * another kind: localhost:5432; no URL at all: a host named "base"), and the failure named that
 * instead of the variable.
 */
function checkPostgresUrl(connectionString: string): void {
  if (POSTGRES_URL.test(connectionString)) return;
  // Only a URL is shown, without its password: what is not one may hold one anywhere.
  const shown = /^[a-z][\w+.-]*:/i.test(connectionString)
    ? redactUrl(connectionString)
    : 'not a URL';
  throw new Error(
    `DATABASE_URL is set, but not to a PostgreSQL server (${shown}): the sandbox takes ` +
      `postgres://user:password@host:5432/database. If it is another program's, unset it for ` +
      `the sandbox (DATABASE_URL= npx @jiagong/sandbox) to use the embedded PGlite`,
  );
}

/**
 * A database whose schema holds tables and no sandbox (a partner's own app database, its
 * DATABASE_URL exported in the shell) got the sandbox's tables beside its own, which the app's
 * migration tool then reports as drift (Prisma offers to reset the database). Refused, with
 * nothing created; the names of a few of its tables, or null when the schema is the sandbox's
 * or empty. (Tables an extension made, PostGIS' spatial_ref_sys, are not counted.)
 */
async function foreignTables(pool: pg.Pool): Promise<string[] | null> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                           AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY c.relname`,
  );
  const names = rows.map((row) => row.name);
  return names.length === 0 || names.includes('schema_migrations') ? null : names.slice(0, 5);
}

/** A real PostgreSQL server; several sandbox instances may share it. */
export async function openPostgres(url: string): Promise<Db> {
  // (A space around it, as a copied .env line has, is not part of it.)
  const connectionString = url.trim();
  checkPostgresUrl(connectionString);
  // A connection not made in this time fails: without it a server that never answers (a firewall
  // dropping packets, a VPN down, DATABASE_URL naming a port of something else) held the start-up
  // silent for minutes or for good, Ctrl-C included, and later every request the pool served.
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: CONNECT_MS });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    // A real server's data is never the sandbox's to repair (unlike PGlite's folder): say which
    // server, without its password, and the way back to the embedded database.
    throw new Error(
      `cannot use the PostgreSQL server in DATABASE_URL (${redactUrl(connectionString)}): ` +
        `${(error as Error).message || String(error)}. Start that server or fix DATABASE_URL; ` +
        `unset it to use the embedded PGlite instead`,
      { cause: error },
    );
  }
  // A database not in UTF8 (initdb under LANG=C, as on a server or in a container with no locale
  // set, makes SQL_ASCII ones; or one made LATIN1 for another app) could not hold the seed's
  // Chinese (LATIN1: the start failed with PostgreSQL's "character with byte sequence 0xe5 0x98
  // 0x89 … has no equivalent"), or held it as bytes and answered every search 500 (SQL_ASCII:
  // "Unicode normalization can only be performed if server encoding is UTF8").
  const encoding = await pool
    .query<{ encoding: string; database: string }>(
      `SELECT current_setting('server_encoding') AS encoding, current_database() AS database`,
    )
    .catch(async (error: unknown) => {
      await pool.end().catch(() => undefined);
      throw error;
    });
  const { encoding: serverEncoding = 'UTF8', database = '' } = encoding.rows[0] ?? {};
  if (serverEncoding.toUpperCase() !== 'UTF8') {
    await pool.end().catch(() => undefined);
    throw new Error(
      `the database ${database} in DATABASE_URL (${redactUrl(connectionString)}) is encoded ` +
        `${serverEncoding}, and the sandbox's data is Chinese text, searched in Unicode: it needs ` +
        `a UTF8 database. Create one (CREATE DATABASE jiagong_sandbox ENCODING 'UTF8' ` +
        `TEMPLATE template0) and name it in DATABASE_URL, or unset DATABASE_URL to use the ` +
        `embedded PGlite`,
    );
  }
  // A search_path naming no existing schema (a typo, or a schema not yet created for a second
  // developer on a shared database) would fail later as "no schema has been selected to create in".
  const { rows } = await pool.query<{ schema: string | null; path: string }>(
    `SELECT current_schema() AS schema, current_setting('search_path') AS path`,
  );
  if (!rows[0]?.schema) {
    await pool.end().catch(() => undefined);
    throw new Error(
      `the search_path of DATABASE_URL (${redactUrl(connectionString)}) is "${rows[0]?.path ?? ''}", ` +
        `and no schema of it exists in that database: create it first (CREATE SCHEMA name) or fix ` +
        `the search_path in DATABASE_URL`,
    );
  }
  const foreign = await foreignTables(pool).catch(async (error: unknown) => {
    await pool.end().catch(() => undefined);
    throw error;
  });
  if (foreign) {
    await pool.end().catch(() => undefined);
    throw new Error(
      `the database in DATABASE_URL (${redactUrl(connectionString)}) holds tables of something ` +
        `else (${foreign.join(', ')}) in its schema "${rows[0]?.schema}", and no sandbox: the ` +
        `sandbox would add its own tables there, and left it as it is. Give it a database of ` +
        `its own (CREATE DATABASE jiagong_sandbox) or a schema (CREATE SCHEMA jiagong, then ` +
        `?options=-c%20search_path%3Djiagong in DATABASE_URL), or unset DATABASE_URL to use ` +
        `the embedded PGlite`,
    );
  }
  // PostgreSQL 15 and later no longer let every role create in the schema public: a role given
  // to a developer on a team's database failed at start-up with PostgreSQL's own words only
  // ("permission denied for schema public"), naming neither the database nor a way on.
  const creatable = await pool
    .query<{ ok: boolean; role: string }>(
      `SELECT has_schema_privilege(current_schema(), 'CREATE') AS ok, current_user AS role`,
    )
    .catch(async (error: unknown) => {
      await pool.end().catch(() => undefined);
      throw error;
    });
  const { ok, role } = creatable.rows[0] ?? { ok: true, role: '' };
  if (!ok) {
    const schema = rows[0]?.schema ?? '';
    await pool.end().catch(() => undefined);
    throw new Error(
      `the role ${role} of DATABASE_URL (${redactUrl(connectionString)}) may not create tables ` +
        `in the schema "${schema}" (PostgreSQL 15 and later no longer let every role create in ` +
        `public), and the sandbox keeps its data in tables of its own. As that schema's owner, ` +
        `GRANT CREATE ON SCHEMA ${schema} TO ${role}; or give the role a schema of its own ` +
        `(CREATE SCHEMA jiagong AUTHORIZATION ${role}, then ?options=-c%20search_path%3Djiagong ` +
        `in DATABASE_URL), or a database it owns`,
    );
  }
  let instance: Instance;
  try {
    instance = await holdInstanceLock(connectionString, pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return wrap(pool, pool, instance);
}
