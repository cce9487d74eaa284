import { after, before } from 'node:test';
import { startPostgres } from './support/postgres.js';
import type { PostgresServer } from './support/postgres.js';
import { sandboxSuite } from './suite/index.js';

// The same suite as pglite.test.ts against a real PostgreSQL server. When the server binaries are
// missing, startPostgres throws and the whole file FAILS with instructions: it never skips.
let server: PostgresServer | undefined;
let databases = 0;

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
