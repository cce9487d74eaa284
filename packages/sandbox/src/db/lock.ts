import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname, uptime } from 'node:os';

/**
 * PGlite takes no lock of its own (its postmaster.pid always says -42), and two processes on one
 * data folder silently lose each other's commits or leave a folder that aborts on the next open
 * (measured: see the sandbox README, "The data folder"). So the sandbox holds `<folder>.lock`, a
 * pid file beside the folder: beside rather than inside, so that moving a broken folder aside
 * keeps the lock in place.
 */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface LockRecord {
  pid: number;
  /** Seconds since the epoch at which this machine booted: a reboot makes every lock stale. */
  bootedAt: number;
  host: string;
  startedAt: string;
}

/** A live process holds the folder; its message is one line naming it and the ways out. */
export class DataDirLockedError extends Error {
  readonly pid: number;
  constructor(dataDir: string, pid: number) {
    super(
      `the data folder ${dataDir} is in use by another sandbox (pid ${pid}). ` +
        `Use that one, stop it, or run this one beside it with --memory (or --data-dir DIR) and another --port.`,
    );
    this.name = 'DataDirLockedError';
    this.pid = pid;
  }
}

// One process opening the same folder twice corrupts it just as two processes do.
const held = new Set<string>();

const bootedAt = () => Math.round(Date.now() / 1000 - uptime());

function read(path: string): LockRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockRecord>;
    return typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0
      ? (value as LockRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

function alive(record: LockRecord): boolean {
  // The clock may be adjusted while the machine runs; a reboot moves the boot time by far more.
  if (typeof record.bootedAt === 'number' && Math.abs(record.bootedAt - bootedAt()) > 120) {
    return false;
  }
  if (record.pid === process.pid) return false; // a lock of an earlier process with our pid
  try {
    process.kill(record.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function create(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  const record: LockRecord = {
    pid: process.pid,
    bootedAt: bootedAt(),
    host: hostname(),
    startedAt: new Date().toISOString(),
  };
  try {
    writeSync(fd, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes a stale lock away atomically: it is renamed to a name only we use, then checked to be the
 * stale one we read (another starter may have replaced it in between; that one is put back).
 */
function removeStale(path: string, stale: string): void {
  const mine = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, mine);
  } catch {
    return; // gone already: someone else removed it
  }
  let content = '';
  try {
    content = readFileSync(mine, 'utf8');
  } catch {
    // unreadable: treat as the stale one
  }
  if (content && content !== stale) {
    try {
      linkSync(mine, path);
    } catch {
      // a third starter holds it now; theirs stands
    }
  }
  try {
    unlinkSync(mine);
  } catch {
    // already gone
  }
}

/** Takes `<dataDir>.lock`, or throws DataDirLockedError while a live process holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  if (held.has(path)) throw new DataDirLockedError(dataDir, process.pid);
  for (let attempt = 0; ; attempt++) {
    if (create(path)) break;
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // removed in between: try again
    }
    const record = read(path);
    if (record && alive(record)) throw new DataDirLockedError(dataDir, record.pid);
    // A half-written lock of a starter that is still writing it reads as garbage for a moment.
    if (!record && attempt < 3 && text === '') {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      continue;
    }
    if (attempt > 5) throw new DataDirLockedError(dataDir, record?.pid ?? 0);
    removeStale(path, text);
  }
  held.add(path);
  const releaseOnExit = () => release();
  function release(): void {
    if (!held.delete(path)) return;
    process.off('exit', releaseOnExit);
    // Only ever our own lock: a folder taken over after we hung must keep its new owner's.
    if (read(path)?.pid === process.pid) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  }
  process.on('exit', releaseOnExit);
  return { path, release };
}
