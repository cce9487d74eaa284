import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs Postgres as one process with no checkpointer, and a lone Postgres process never
 * checkpoints on its own while it runs: its WAL only grows, until the database is closed. Measured:
 * ~0.6 MB per `POST /sandbox/reset` and ~8 kB per member request, so a sandbox left running for
 * weeks grew its data folder (or, with --memory, the process) from 40 MB past 300 MB in 500
 * resets, with no end. The sandbox checkpoints itself once this much WAL has been written since
 * the last checkpoint; Postgres then recycles the old segments instead of adding new ones.
 */
export const WAL_CHECKPOINT_BYTES = 32 * 1024 * 1024;
/** Startup settings that keep few recycled segments (Postgres's defaults keep up to 1 GB). */
export const WAL_SETTINGS = ['-c', 'max_wal_size=64MB', '-c', 'min_wal_size=32MB'];
// Statements and transactions between two looks at the WAL: a look costs one small query, and a
// reset (the largest writer) adds 0.6 MB, so the WAL stays well under twice the threshold.
const CHECK_EVERY = 50;

export interface WalKeeper {
  /** Counts a statement or transaction run outside a transaction; looks at the WAL now and then. */
  tick(): void;
  /** Resolves once a look (and its checkpoint) in progress has ended. */
  settled(): Promise<void>;
}

export function walKeeper(pg: PGlite): WalKeeper {
  let calls = 0;
  let running: Promise<void> | undefined;
  return {
    tick() {
      if (++calls < CHECK_EVERY || running) return;
      calls = 0;
      // Queued behind the request's own statements: no request waits for it. A failure changes
      // nothing (the next look tries again).
      running = checkpointIfDue(pg)
        .catch(() => undefined)
        .finally(() => {
          running = undefined;
        });
    },
    settled: () => running ?? Promise.resolve(),
  };
}

async function checkpointIfDue(pg: PGlite): Promise<void> {
  const { rows } = await pg.query<{ bytes: string | number }>(
    `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn) AS bytes FROM pg_control_checkpoint()`,
  );
  if (Number(rows[0]?.bytes ?? 0) > WAL_CHECKPOINT_BYTES) await pg.exec('CHECKPOINT');
}
