import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for the real-PG suite and the bench: initdb into a temp folder,
 * pg_ctl start on a free port (unix socket in the same folder), trust auth, durability off.
 * Debian's `postgresql` package provides the binaries in /usr/lib/postgresql/<version>/bin.
 */
export interface PostgresServer {
  /** Server version, e.g. "15". */
  version: string;
  /** Creates a database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export class PostgresMissingError extends Error {
  override name = 'PostgresMissingError';
}

/** The folder holding initdb/pg_ctl: $PG_BIN, the newest /usr/lib/postgresql/N/bin, or $PATH. */
export function findPostgresBin(): string | null {
  const fromEnv = process.env.PG_BIN;
  // An explicit PG_BIN is obeyed even when wrong: no silent fallback to another install.
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found ? join(found, '..') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function run(command: string[], options: { timeoutMs?: number } = {}): Promise<string> {
  const [cmd, ...args] = command;
  return new Promise((resolve, reject) => {
    execFile(
      cmd!,
      args,
      { timeout: options.timeoutMs ?? 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${command.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** postgres refuses to run as root: as root, run its tools as the `postgres` user. */
function asPostgresUser(): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  if (!Number.isInteger(uid))
    throw new PostgresMissingError('running as root but there is no `postgres` user');
  const runuser = spawnSync('sh', ['-c', 'command -v runuser'], { encoding: 'utf8' }).stdout.trim();
  if (runuser) return { prefix: [runuser, '-u', 'postgres', '--'], uid, gid };
  return { prefix: ['su', 'postgres', '-s', '/bin/sh', '-c', '"$0" "$@"'], uid, gid };
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new PostgresMissingError(
      'PostgreSQL server binaries (initdb, pg_ctl) not found. Install Debian’s `postgresql` package ' +
        '(apt-get install -y postgresql) or set PG_BIN to the folder holding initdb' +
        (process.env.PG_BIN ? ` (PG_BIN=${process.env.PG_BIN} has no initdb)` : '') +
        '. The real-PostgreSQL ' +
        'suite does not skip: CI installs postgresql.',
    );
  }
  const user = asPostgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'jiagong-pg-'));
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid ?? user.uid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const port = await freePort();
  const pgCtl = [...user.prefix, join(bin, 'pg_ctl')];

  await run([
    ...user.prefix,
    join(bin, 'initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // A test server: durability buys nothing and costs a lot of time.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  try {
    await run([...pgCtl, '-D', data, '-l', log, '-w', '-t', '60', '-o', serverOptions, 'start'], {
      timeoutMs: 90_000,
    });
  } catch (error) {
    const output = existsSync(log) ? readFileSync(log, 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n--- server log ---\n${output}`);
  }

  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(pgCtl[0]!, [...pgCtl.slice(1), '-D', data, '-m', 'immediate', '-w', 'stop'], {
      stdio: 'ignore',
    });
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed or interrupted test run must not leave a server behind.
  process.once('exit', stopSync);

  const { stdout: versionOut } = spawnSync(join(bin, 'postgres'), ['--version'], {
    encoding: 'utf8',
  });
  const version = /(\d+)(?:\.\d+)?/.exec(versionOut ?? '')?.[1] ?? 'unknown';
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;

  return {
    version,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', stopSync);
      await run([...pgCtl, '-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
