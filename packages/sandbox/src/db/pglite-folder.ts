import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from './db.js';
import { lockDataDir } from './lock.js';
import { openPglite } from './pglite.js';

// What a Postgres data folder holds, complete or half-initialised: only such a folder is ever
// moved aside (a --data-dir pointed at the wrong folder by mistake is refused instead).
const POSTGRES_ENTRIES = ['PG_VERSION', 'global', 'base', 'pg_wal'];

/**
 * Opens PGlite in `dataDir`, which this process alone holds for as long as the Db is open.
 *
 * A folder PGlite cannot open (its only words are `Aborted()`) must not stop `npm start`: first
 * the stale postmaster.pid goes, then the folder is moved aside to `<name>.broken-<time>` (never
 * deleted) and a fresh one is seeded. Sandbox data is synthetic, so starting again beats a
 * partner developer hunting for a folder to delete.
 */
export async function openPgliteFolder(
  dataDir: string,
  warn: (message: string) => void,
): Promise<Db> {
  makeFolder(dataDir);
  const lock = lockDataDir(dataDir);
  try {
    const db = await openOrRecover(dataDir, warn);
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * A --data-dir naming a file (or a folder under one) was Node's raw `EEXIST: file already exists,
 * mkdir '…'` (or ENOTDIR): now one line saying which path is a file and what to pass instead.
 */
function makeFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
    let file = dataDir;
    for (let up = dataDir; up !== dirname(up); up = dirname(up)) {
      try {
        if (!statSync(up).isDirectory()) file = up;
      } catch {
        // not there, or under a file: the file is further up
      }
    }
    throw new Error(
      `the data folder ${dataDir} cannot be made: ${file} is a file, not a folder. Pass ` +
        `--data-dir a folder (a new one, or one a sandbox made), or --memory`,
    );
  }
}

async function openOrRecover(dataDir: string, warn: (message: string) => void): Promise<Db> {
  try {
    return await openPglite({ dataDir });
  } catch (error) {
    // The machine's trouble (no space, no permission), not the folder's: moving it would not help.
    if (/^E[A-Z]+$/.test(String((error as { code?: unknown }).code))) throw error;
    const entries = readdirSync(dataDir);
    if (!entries.some((entry) => POSTGRES_ENTRIES.includes(entry))) {
      throw new Error(
        `PGlite could not open ${dataDir} (${reason(error)}), and it does not look like a ` +
          `sandbox data folder, so it was left alone: choose an empty or new folder with --data-dir`,
      );
    }
    await refuseOtherMajor(dataDir);
    // PGlite writes -42 there; we hold the folder's lock, so no live PGlite owns the file.
    if (removeStalePidFile(dataDir)) {
      try {
        return await openPglite({ dataDir });
      } catch {
        // still unopenable: set it aside below
      }
    }
    const aside = moveAside(dataDir);
    warn(
      [
        `! The sandbox data folder ${dataDir} could not be opened (PGlite: ${reason(error)}).`,
        `  This happens to a folder left by a sandbox that was killed while another one used the same folder.`,
        `  It was moved, not deleted, to ${aside}; the sandbox starts again from the seed data.`,
        `  Sandbox data is synthetic: delete the moved folder once you no longer need it.`,
      ].join('\n'),
    );
    return openPglite({ dataDir });
  }
}

/**
 * A folder written by another PostgreSQL major version (an @jiagong/sandbox on another PGlite,
 * older or newer) is not broken: its data is whole, and that sandbox still opens it. Moving it
 * aside and reseeding, with a warning about killed sandboxes, would tell the developer the wrong
 * story and leave their data behind; it is refused instead.
 */
async function refuseOtherMajor(dataDir: string): Promise<void> {
  let folder: string;
  try {
    folder = readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim();
  } catch {
    return;
  }
  if (!/^\d+$/.test(folder)) return;
  // Only on this failure path: an in-memory PGlite says which major this one runs.
  const probe = await PGlite.create();
  let ours: string;
  try {
    const { rows } = await probe.query<{ v: string }>(
      `SELECT current_setting('server_version_num') AS v`,
    );
    ours = String(Math.floor(Number(rows[0]!.v) / 10_000));
  } finally {
    await probe.close();
  }
  if (folder === ours) return;
  throw new Error(
    `the data folder ${dataDir} was made by PostgreSQL ${folder} (another @jiagong/sandbox, ` +
      `${Number(folder) > Number(ours) ? 'newer' : 'older'} than this one), and this one runs ` +
      `PostgreSQL ${ours} (PGlite), which cannot open it. It was left as it is: use the ` +
      `@jiagong/sandbox that made it, or start this one from the seed data with another --data-dir ` +
      `(or move that folder away)`,
  );
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. ')[0]!.trim();
}

function removeStalePidFile(dataDir: string): boolean {
  const path = join(dataDir, 'postmaster.pid');
  try {
    if (!/^-42\s/.test(readFileSync(path, 'utf8'))) return false;
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

function moveAside(dataDir: string): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  const base = join(dirname(dataDir), `${basename(dataDir)}.broken-${stamp}`);
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  try {
    renameSync(dataDir, target);
  } catch (error) {
    throw new Error(
      `PGlite could not open ${dataDir}, nor could it be moved aside (${(error as Error).message}): ` +
        `move or delete that folder, or start with --data-dir <another folder> or --memory`,
    );
  }
  return target;
}
