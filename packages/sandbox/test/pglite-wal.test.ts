// A sandbox left running for weeks on PGlite: its write-ahead log must not grow without end (a
// lone Postgres process never checkpoints on its own), on disk or, with --memory, in the process.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startSandbox } from '../src/index.js';
import type { SandboxOptions } from '../src/index.js';
import { Api, SK } from './support/api.js';

const MB = 1024 * 1024;

describe('PGlite write-ahead log over a long run', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, () => SandboxOptions][] = [
    [
      'a data folder',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'jiagong-wal-'));
        dirs.push(dir);
        return { dataDir: dir };
      },
    ],
    ['in memory', () => ({ memory: true })],
  ];

  for (const [name, options] of cases) {
    it(`is checkpointed as it grows, so old segments are reused (${name})`, async () => {
      const storage = options();
      const sandbox = await startSandbox({ ...storage, port: 0, quiet: true });
      try {
        const { db } = sandbox;
        const sinceCheckpoint = async () =>
          Number(
            (
              await db.query<{ bytes: string }>(
                `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn) AS bytes FROM pg_control_checkpoint()`,
              )
            ).rows[0]!.bytes,
          );
        const walFiles = async () =>
          (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_ls_waldir()')).rows[0]!
            .n;
        // What about 75 resets write, in one go (a reset takes 0.1–1 s on a busy machine).
        await db.exec(
          `CREATE TABLE wal_filler AS SELECT repeat('x', 1000) AS x FROM generate_series(1, 45000);
           DROP TABLE wal_filler;`,
        );
        assert.ok((await sinceCheckpoint()) > 40 * MB);
        // Then ordinary traffic, until the WAL has been checkpointed (or clearly never will be).
        const api = new Api(sandbox.url);
        for (let i = 0; i < 200 && (await sinceCheckpoint()) > 32 * MB; i++) {
          assert.equal((await api.get('/sandbox/members', SK)).status, 200);
        }
        assert.ok((await sinceCheckpoint()) <= 32 * MB, `${(await sinceCheckpoint()) / MB} MB`);

        // Reused from now on: more of the same adds no segment files.
        const files = await walFiles();
        await db.exec(
          `CREATE TABLE wal_filler AS SELECT repeat('x', 1000) AS x FROM generate_series(1, 30000);
           DROP TABLE wal_filler;`,
        );
        for (let i = 0; i < 200 && (await sinceCheckpoint()) > 32 * MB; i++) {
          await api.get('/sandbox/members', SK);
        }
        assert.ok((await walFiles()) <= Math.max(files, 6), `${await walFiles()} WAL files`);
        if (storage.dataDir) {
          const wal = join(storage.dataDir, 'pg_wal');
          const bytes = readdirSync(wal)
            .map((file) => statSync(join(wal, file)))
            .filter((stat) => stat.isFile())
            .reduce((sum, stat) => sum + stat.size, 0);
          assert.ok(bytes <= 6 * 16 * MB, `pg_wal holds ${bytes / MB} MB`);
        }
      } finally {
        await sandbox.close();
      }
    });
  }
});
