import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { startSandbox } from '../src/index.js';
import { Api } from './support/api.js';
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

sandboxSuite({
  name: 'PostgreSQL',
  options: async () => ({ databaseUrl: await newDatabase() }),
  persistentOptions: async () => ({ databaseUrl: await newDatabase() }),
});

it('keeps serving when PostgreSQL ends a connection in the middle of a transaction', async () => {
  // PostgreSQL restarted, a DBA's pg_terminate_backend, idle_in_transaction_session_timeout or a
  // network cut: the client of the transaction emitted 'error' with no one listening, which
  // crashed the whole sandbox (every developer of a team's shared sandbox with it).
  const url = await newDatabase();
  const sandbox = await startSandbox({ databaseUrl: url, port: 0, quiet: true });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
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
  } finally {
    await admin.end();
    await sandbox.close();
  }
});
