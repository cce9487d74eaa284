import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
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
