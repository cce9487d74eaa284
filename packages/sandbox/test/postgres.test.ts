import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { IDEMPOTENCY_KEY_TTL_SECONDS, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { startSandbox } from '../src/index.js';
import { Api, assertOrderOvertakenByReset } from './support/api.js';
import { runSandboxCli } from './support/cli.js';
import { findPostgresBin, startPostgres } from './support/postgres.js';
import type { PostgresServer } from './support/postgres.js';
import { sandboxSuite } from './suite/index.js';

// The same suite as pglite.test.ts against a real PostgreSQL server. When the server binaries are
// missing, startPostgres throws and the whole file FAILS with instructions: it never skips.
let server: PostgresServer | undefined;
let databases = 0;

// Counted as one plain failure (the suite's tests are then cancelled), so a missing install
// shows up in every test summary instead of hiding among cancellations.
it('finds the PostgreSQL server binaries', () => {
  assert.ok(findPostgresBin(), 'initdb not found: apt-get install -y postgresql, or set PG_BIN');
});

before(async () => {
  server = await startPostgres();
});

after(async () => {
  await server?.stop();
});

async function newDatabase(): Promise<string> {
  if (!server) throw new Error('PostgreSQL did not start (see the before hook)');
  databases += 1;
  return server.createDatabase(`jiagong_${process.pid}_${databases}`);
}

/** Runs `run` on a sandbox with a database of its own, and an admin connection to that database. */
async function withSandbox(
  run: (sandbox: Awaited<ReturnType<typeof startSandbox>>, admin: pg.Client) => Promise<void>,
): Promise<void> {
  const url = await newDatabase();
  const sandbox = await startSandbox({ databaseUrl: url, port: 0, quiet: true });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await run(sandbox, admin);
  } finally {
    await admin.end();
    await sandbox.close();
  }
}

sandboxSuite({
  name: 'PostgreSQL',
  options: async () => ({ databaseUrl: await newDatabase() }),
  persistentOptions: async () => ({ databaseUrl: await newDatabase() }),
});

it('keeps serving when PostgreSQL ends a connection in the middle of a transaction', async () => {
  // PostgreSQL restarted, a DBA's pg_terminate_backend, idle_in_transaction_session_timeout or a
  // network cut: the client of the transaction emitted 'error' with no one listening, which
  // crashed the whole sandbox (every developer of a team's shared sandbox with it).
  await withSandbox(async (sandbox, admin) => {
    const failed = await sandbox.db
      .transaction(async (tx) => {
        const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
        // The connection's end arrives while the transaction's own code runs.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.query('SELECT 1');
      })
      .then(
        () => false,
        () => true,
      );
    assert.ok(failed, 'the transaction on the lost connection fails');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const api = new Api(sandbox.url);
    const token = await api.session('m_1001');
    assert.equal((await api.get('/v1/me/points', token)).status, 200);
    const order = await api.post(
      '/v1/me/orders',
      token,
      { productId: 'prd_0002', quantity: 1 },
      { 'Idempotency-Key': 'after-a-lost-connection' },
    );
    assert.equal(order.status, 201);
  });
});

it('takes at once the key of an order a sandbox killed mid-order was running, and places it once', async () => {
  // kill -9, out of memory, a container killed: the key's claim was committed, the order's
  // transaction lost. On a database several sandboxes may share, the member's retry after the
  // restart waited 10 s to be told 409 idempotency_key_in_use, again for a minute.
  const url = await newDatabase();
  const cli = runSandboxCli(['--port', '0'], 120_000, { DATABASE_URL: url });
  const body = { productId: 'prd_0002', quantity: 1 };
  const key = 'killed-mid-order';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const killed = new Api(await cli.ready);
    const token = await killed.session('m_1001');
    // Holds the member's row, so the order claims its key and then waits in its transaction.
    await admin.query('BEGIN');
    await admin.query(`SELECT 1 FROM members WHERE id = 'm_1001' FOR UPDATE`);
    const first = killed.post('/v1/me/orders', token, body, { 'Idempotency-Key': key }).then(
      ({ status }) => status,
      () => 'no answer',
    );
    for (let i = 0; ; i++) {
      const { rows } = await admin.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key]);
      if (rows.length > 0) break;
      assert.ok(i < 200, 'the order claimed its key');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    cli.child.kill('SIGKILL');
    assert.equal(await cli.exit, 'SIGKILL');
    assert.equal(await first, 'no answer');
    await admin.query('ROLLBACK');

    const sandbox = await startSandbox({ databaseUrl: url, port: 0, quiet: true });
    try {
      const api = new Api(sandbox.url);
      const started = performance.now();
      const retry = await api.post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
      const ms = performance.now() - started;
      assert.equal(retry.status, 201, JSON.stringify(retry.body));
      assert.equal(retry.headers.get('idempotent-replayed'), null);
      assert.ok(ms < 5_000, `the retry waited ${ms.toFixed(0)} ms`);
      const again = await api.post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(again.body.id, retry.body.id);
      assert.equal(await api.balance(token), 12_800 - 100);
    } finally {
      await sandbox.close();
    }
  } finally {
    cli.child.kill('SIGKILL');
    await admin.end();
  }
});

it('keeps waiting for the key of an order another running sandbox is placing', async () => {
  // Two sandboxes on one database (a team's, behind a load balancer): a retry that reaches the
  // other one while the first still runs the order must not place it a second time.
  const url = await newDatabase();
  const one = await startSandbox({ databaseUrl: url, port: 0, quiet: true });
  const two = await startSandbox({ databaseUrl: url, port: 0, quiet: true });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const body = { productId: 'prd_0002', quantity: 1 };
    const key = 'placed-by-the-other';
    const token = await new Api(one.url).session('m_1001');
    await admin.query('BEGIN');
    await admin.query(`SELECT 1 FROM members WHERE id = 'm_1001' FOR UPDATE`);
    const first = new Api(one.url).post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
    for (let i = 0; ; i++) {
      const { rows } = await admin.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key]);
      if (rows.length > 0) break;
      assert.ok(i < 200, 'the order claimed its key');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const retry = new Api(two.url).post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await admin.query('ROLLBACK');
    const [a, b] = await Promise.all([first, retry]);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal(b.body.id, a.body.id);
    assert.equal(await new Api(two.url).balance(token), 12_800 - 100);
  } finally {
    await admin.end();
    await one.close();
    await two.close();
  }
});

/** Waits (up to 10 s) until `sql` finds a row: a request has got as far as the test holds it. */
async function untilRows(admin: pg.Client, sql: string, params: unknown[] = []): Promise<void> {
  for (let i = 0; ; i++) {
    if ((await admin.query(sql, params)).rows.length > 0) return;
    assert.ok(i < 200, sql);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const [advanceSeconds, by] of [
  [120, 'two minutes'],
  [IDEMPOTENCY_KEY_TTL_SECONDS + 3600, 'past the key window'],
] as const) {
  it(`places once an order whose retry comes after the test clock was moved on ${by}`, async () => {
    // A partner's tests share one sandbox: one moves the clock (POST /sandbox/clock) to try points
    // expiring while another's order is still running, and that order's retry comes. The claim
    // was aged by the test clock, so a move of over a minute made it a crashed process's: the
    // retry freed it and placed the order a second time, spending the points twice.
    await withSandbox(async (sandbox, admin) => {
      const api = new Api(sandbox.url);
      const body = { productId: 'prd_0002', quantity: 1 };
      const key = 'running-while-the-clock-moved';
      const token = await api.session('m_1001');
      // Holds the member's row, so the order claims its key and then waits in its transaction
      // (NO KEY UPDATE: a new session for the member still goes through).
      await admin.query('BEGIN');
      await admin.query(`SELECT 1 FROM members WHERE id = 'm_1001' FOR NO KEY UPDATE`);
      const first = api.post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
      await untilRows(admin, 'SELECT 1 FROM idempotency_keys WHERE key = $1', [key]);
      const moved = await api.post('/sandbox/clock', SANDBOX_SECRET_KEY, { advanceSeconds });
      assert.equal(moved.status, 200);
      // (A session made before a move of a day has expired: the app makes a new one.)
      const later = await api.session('m_1001');
      const retry = api.post('/v1/me/orders', later, body, { 'Idempotency-Key': key });
      // Another order meanwhile (a new request sweeps the records past the window).
      const other = api.post('/v1/me/orders', later, body, { 'Idempotency-Key': 'another' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await admin.query('ROLLBACK');
      const [a, b, c] = await Promise.all([first, retry, other]);
      assert.equal(a.status, 201, JSON.stringify(a.body));
      assert.equal(c.status, 201, JSON.stringify(c.body));
      assert.equal(b.status, 201, JSON.stringify(b.body));
      assert.equal(b.headers.get('idempotent-replayed'), 'true');
      assert.equal(b.body.id, a.body.id);
      assert.equal(await api.balance(later), 12_800 - 200, 'the points were spent once per order');
    });
  });
}

for (const keyed of [true, false]) {
  it(`places nothing for an order ${keyed ? 'with' : 'without'} a key that a reset overtook`, async () => {
    // A partner's tests reset the sandbox between them while one's order is still under way. The
    // reset took the order's session with the data after the order was authenticated (and after
    // it claimed its key), and the order then ran on the new seed: placed with no record of its
    // key, which a retry placed a second time, or (without a key) spending the fresh seed's
    // points, so the test after the reset did not find the seed it reset to.
    await withSandbox(async (sandbox, admin) => {
      const api = new Api(sandbox.url);
      const body = { productId: 'prd_0002', quantity: 1 };
      const key = 'overtaken-by-a-reset';
      const headers: Record<string, string> = keyed ? { 'Idempotency-Key': key } : {};
      const token = await api.session('m_1001');
      const orders = async (t: string) => (await api.get('/v1/me/orders', t)).body.data.length;
      const seeded = await orders(token);
      // A read of the members table holds the reset at its first lock, and the order, queued
      // behind the reset, after its authentication (and its key): the reset runs between them.
      await admin.query('BEGIN');
      try {
        await admin.query('SELECT count(*) FROM members');
        const reset = api.post('/sandbox/reset', SANDBOX_SECRET_KEY, {});
        await untilRows(
          admin,
          `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'members' AND l.mode = 'AccessExclusiveLock' AND NOT l.granted`,
        );
        const first = api.post('/v1/me/orders', token, body, headers);
        // The order waits in its transaction too (behind the reset: two locks not granted).
        await untilRows(admin, `SELECT 1 FROM pg_locks WHERE NOT granted HAVING count(*) >= 2`);
        if (keyed) assert.equal((await admin.query('SELECT 1 FROM idempotency_keys')).rowCount, 1);
        await admin.query('COMMIT');
        assert.equal((await reset).status, 200);
        // A 401, the seed as the reset left it (no order, no points spent); the key is new.
        const { later, retry } = await assertOrderOvertakenByReset(
          api,
          await first,
          seeded,
          body,
          key,
        );
        const replay = await api.post('/v1/me/orders', later, body, { 'Idempotency-Key': key });
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        assert.equal(replay.body.id, retry.body.id);
        assert.equal(await api.balance(later), 12_700);
      } finally {
        await admin.query('ROLLBACK').catch(() => undefined);
      }
    });
  });
}

it('refuses, adding nothing, a database not encoded in UTF8, saying how to make one', async () => {
  // initdb under LANG=C (a server or a container with no locale set) makes SQL_ASCII databases:
  // the sandbox started there and answered every search 500; a LATIN1 one failed to start with
  // PostgreSQL's "character with byte sequence … has no equivalent in encoding LATIN1".
  const url = await newDatabase();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `jiagong_${process.pid}_encodings`;
  try {
    for (const [i, encoding] of ['SQL_ASCII', 'LATIN1'].entries()) {
      await admin.query(
        `CREATE DATABASE ${name}_${i} ENCODING '${encoding}' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'`,
      );
      const other = new URL(url);
      other.pathname = `/${name}_${i}`;
      // Closed if it starts (as it did in SQL_ASCII), so a failure cannot hold the run open.
      const failure = await startSandbox({ databaseUrl: String(other), port: 0, quiet: true }).then(
        async (sandbox) => {
          await sandbox.close();
          return new Error(`${encoding}: it started`);
        },
        (error: unknown) => error as Error,
      );
      assert.match(
        failure.message,
        new RegExp(
          `the database ${name}_${i} in DATABASE_URL .* is encoded ${encoding}, .*needs a UTF8 database. Create one \\(CREATE DATABASE jiagong_sandbox ENCODING 'UTF8' TEMPLATE template0\\).*unset DATABASE_URL`,
        ),
      );
      const probe = new pg.Client({ connectionString: String(other) });
      await probe.connect();
      try {
        const { rows } = await probe.query(
          `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
        );
        assert.equal(rows[0].n, 0, `${encoding}: tables were created`);
      } finally {
        await probe.end();
      }
    }
  } finally {
    await admin.end();
  }
});

it("refuses, adding nothing, a database holding another app's tables", async () => {
  // A partner's own app database, its DATABASE_URL exported in the shell the sandbox then ran
  // in: the sandbox added its tables beside the app's, which the app's migration tool (Prisma)
  // then reports as drift and offers to reset the database for.
  const url = await newDatabase();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const tables = async () =>
    (
      await admin.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows.map((row) => row.name);
  try {
    await admin.query('CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE posts (id int)');
    await assert.rejects(
      startSandbox({ databaseUrl: url, port: 0, quiet: true }),
      /holds tables of something else \(posts, users\) in its schema "public", and no sandbox: .*CREATE DATABASE .*CREATE SCHEMA .*unset DATABASE_URL/,
    );
    assert.deepEqual(await tables(), ['posts', 'users']);
    // In a schema of its own, as the message says, it starts beside the app's tables.
    await admin.query('CREATE SCHEMA jiagong');
    const sandbox = await startSandbox({
      databaseUrl: `${url}?options=-c%20search_path%3Djiagong`,
      port: 0,
      quiet: true,
    });
    try {
      const api = new Api(sandbox.url);
      assert.equal(await api.balance(await api.session('m_1001')), 12_800);
    } finally {
      await sandbox.close();
    }
    assert.deepEqual(await tables(), ['posts', 'users']);
    // And once it has its data there, a restart is no stranger (its own tables are not foreign).
    const again = await startSandbox({
      databaseUrl: `${url}?options=-c%20search_path%3Djiagong`,
      port: 0,
      quiet: true,
    });
    await again.close();
  } finally {
    await admin.end();
  }
});

it('says how to go on when its role may not create tables in the schema (PostgreSQL 15+)', async () => {
  // PostgreSQL 15 no longer lets every role create in public: a developer's role on a team's
  // database got "permission denied for schema public" alone, naming no database and no way on.
  const url = await newDatabase();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const role = `dev_${process.pid}`;
  try {
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'secret'`);
    await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    const asRole = new URL(url);
    asRole.username = role;
    asRole.password = 'secret';
    await assert.rejects(
      startSandbox({ databaseUrl: asRole.toString(), port: 0, quiet: true }),
      (error: Error) => {
        assert.match(
          error.message,
          new RegExp(`^the role ${role} of DATABASE_URL \\(postgres://${role}:\\*\\*\\*@`),
        );
        assert.match(error.message, new RegExp(`GRANT CREATE ON SCHEMA public TO ${role}`));
        assert.match(error.message, new RegExp(`CREATE SCHEMA jiagong AUTHORIZATION ${role}`));
        assert.doesNotMatch(error.message, /secret/);
        return true;
      },
    );
    // As it says: a schema of its own, and the sandbox starts there.
    await admin.query(`CREATE SCHEMA jiagong AUTHORIZATION ${role}`);
    asRole.search = '?options=-c%20search_path%3Djiagong';
    const sandbox = await startSandbox({ databaseUrl: asRole.toString(), port: 0, quiet: true });
    try {
      const api = new Api(sandbox.url);
      assert.equal(await api.balance(await api.session('m_1001')), 12_800);
    } finally {
      await sandbox.close();
    }
  } finally {
    await admin.end();
  }
});

it('takes its instance lock again when PostgreSQL ends the connection holding it', async () => {
  // A DBA's pg_terminate_backend, idle_session_timeout: without the lock, another sandbox on the
  // database would take this one's keys in flight for a dead sandbox's.
  await withSandbox(async (sandbox, admin) => {
    const holders = async () =>
      (
        await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
            AND objid::text::bigint = $1`,
          [sandbox.db.instanceId],
        )
      ).rows.map((row) => row.pid);
    const [pid] = await holders();
    assert.ok(pid, 'the sandbox holds its instance lock');
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; ; i++) {
      const now = await holders();
      if (now.length === 1 && now[0] !== pid) break;
      assert.ok(i < 100, `the lock is held again (holders: ${now.join(', ')})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(await sandbox.db.instanceRunning(sandbox.db.instanceId!), true);
    const token = await new Api(sandbox.url).session('m_1001');
    const order = await new Api(sandbox.url).post(
      '/v1/me/orders',
      token,
      { productId: 'prd_0002', quantity: 1 },
      { 'Idempotency-Key': 'after-the-lock-came-back' },
    );
    assert.equal(order.status, 201);
  });
});
