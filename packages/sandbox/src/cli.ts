#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import type { Db } from './db/db.js';
import { DEFAULT_DATA_DIR } from './db/open.js';
import { shanghaiDate } from './domain/time.js';
import { SECOND_PUBLISHABLE_KEY, SECOND_SECRET_KEY } from './seed/partners.js';
import { startSandbox } from './server.js';
import type { RunningSandbox } from './server.js';

const usage = `Usage: jiagong-sandbox [options]
       (or npx @jiagong/sandbox [options] where the package is not installed)

Runs the Jiagong sandbox API with seeded test data, and prints its URL, test keys and members.

Options:
  --port PORT     port to listen on; 0 picks a free one (default 4010)
  --host HOST     interface to bind (default 127.0.0.1)
  --data-dir DIR  embedded Postgres (PGlite) data folder, kept across restarts
                  (default ${DEFAULT_DATA_DIR} under the current directory)
  --memory        embedded Postgres in memory: nothing is kept
  --quiet         no per-request log lines
  -v, --version   print the version and exit
  -h, --help      print this help and exit

Environment:
  DATABASE_URL=postgres://…  use that PostgreSQL server instead of PGlite
  JIAGONG_SANDBOX_STOP_WITH_PID=PID
                             stop (closing the database) once that process has ended;
                             npm start sets it to its own pid

Examples:
  npx @jiagong/sandbox                      PGlite in ./${DEFAULT_DATA_DIR}, port 4010
  npx @jiagong/sandbox --port 0 --memory    in memory, on a free port (printed)
  npx @jiagong/sandbox --data-dir /tmp/jg   PGlite in another folder
  DATABASE_URL=postgres://user@host/db npx @jiagong/sandbox`;

/**
 * `--data-dir=~/jg`, or `~/jg` quoted: no shell expands a ~ there (after `=`, or in quotes), and
 * the folder was made as a folder named ~ in the working directory (a project's), one `rm -rf ~`
 * from the developer's home folder. A leading ~ is the home folder, as in the shell.
 */
function expandHome(dir: string | undefined): string | undefined {
  if (dir === '~') return homedir();
  return dir && /^~[\\/]/.test(dir) ? join(homedir(), dir.slice(2)) : dir;
}

/** A mistake in the command line: told with the usage, exit code 2 (as other CLIs do). */
class UsageError extends Error {}

/** This package's version, from its package.json (one level up from src/ and dist/ alike). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function parse() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        'data-dir': { type: 'string' },
        memory: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    // parseArgs' own texts explain `--` and positionals at length; a partner needs the option.
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option ${option ?? message}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`unexpected argument ${option ?? /'([^']*)'/.exec(message)?.[1]}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // "Option '--port <value>' argument missing", or "Option '--memory' does not take an argument"
      const name = /'(-[\w-]+)/.exec(message)?.[1];
      throw new UsageError(
        name && /argument missing/.test(message) ? `${name} needs a value` : message,
      );
    }
    throw error;
  }
}

/**
 * `npm start` runs the sandbox in a process group of its own, so that Ctrl-C ends its whole tree;
 * but then a SIGKILL of npm start's group (a closed session, a supervisor) misses the sandbox, and
 * the orphan keeps the port and the data folder into the next `npm start`. Given its parent's pid,
 * the sandbox stops, closing the database, once that parent is gone.
 */
function watchParent(pid: string | undefined, stop: (reason: string) => void): void {
  const parent = Number(pid);
  if (!Number.isInteger(parent) || parent <= 0) return;
  const gone = () => {
    // Reparented (POSIX), or not there at all (Windows keeps the old ppid).
    if (process.ppid !== parent) return true;
    try {
      process.kill(parent, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'EPERM';
    }
  };
  const timer = setInterval(() => {
    if (!gone()) return;
    clearInterval(timer);
    stop(`the process that started it (pid ${parent}) has ended`);
  }, 500);
  timer.unref();
}

/** A signal this soon after the first is the same Ctrl-C, forwarded by npm to its child. */
const DUPLICATE_SIGNAL_MS = 300;

async function main(): Promise<void> {
  const values = parse();
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.version) {
    console.log(version());
    return;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535)
    throw new UsageError(`--port: not a port: ${values.port}`);
  if (values.memory && values['data-dir'])
    throw new UsageError('--memory and --data-dir exclude each other');

  // Handlers first: a signal that arrives before a handler exists kills the process outright,
  // and a supervisor may send one the moment it reads the ready line.
  const state: { sandbox?: RunningSandbox; stopping: boolean } = { stopping: false };
  const finish = (code: number) => {
    const closing = state.sandbox ? state.sandbox.close() : Promise.resolve();
    closing.then(
      () => process.exit(code),
      (error: unknown) => {
        console.error(`error while stopping: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  let firstStop = 0;
  const stop = (reason: string, code = 1) => {
    if (state.stopping) {
      // Asked again while stopping: a start that hangs (a database that does not answer, a
      // migration waiting for a lock), a close waiting for requests. As most CLIs do, the second
      // ends it at once. (Not the same signal within moments: npm run and npx send the child the
      // Ctrl-C the terminal also sends it.)
      if (Date.now() - firstStop < DUPLICATE_SIGNAL_MS) return;
      console.error(`${reason} again: exiting without waiting for the sandbox to stop`);
      process.exit(code);
    }
    state.stopping = true;
    firstStop = Date.now();
    console.log(`\n${reason}: stopping the sandbox…`);
    // Still starting: the start-up path sees `stopping` and closes what it opened.
    if (state.sandbox) finish(0);
  };
  // Exit codes as a shell gives a process a signal ended: 128 + its number.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    // The terminal window closed: without a handler Node ends at once, skipping the database close.
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => stop(signal, code));
  }
  // A log line to a parent that has gone (a closed pipe) must not end the server mid-write.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  watchParent(process.env.JIAGONG_SANDBOX_STOP_WITH_PID, stop);

  const databaseUrl = process.env.DATABASE_URL || undefined;
  const sandbox = await startSandbox({
    port,
    host: values.host,
    memory: values.memory,
    dataDir: expandHome(values['data-dir']),
    databaseUrl,
    quiet: values.quiet,
  });
  state.sandbox = sandbox;
  if (state.stopping) {
    finish(0);
    return;
  }

  const seedNote = await seedRunOut(sandbox.db, new Date());
  // One write, so a reader never sees the ready line without the credentials. The test
  // harness waits for the exact prefix "Sandbox listening on ".
  console.log(
    [
      `Sandbox listening on ${sandbox.url}`,
      `  storage          ${sandbox.storage}`,
      `  publishable key  ${SANDBOX_PUBLISHABLE_KEY}   (partner p_jiaxing_bank, every module)`,
      `  secret key       ${SANDBOX_SECRET_KEY}`,
      `  second partner   ${SECOND_PUBLISHABLE_KEY} / ${SECOND_SECRET_KEY} (fewer modules)`,
      `  test members     m_1001 沈嘉禾 active, 12,800 points, orders, loan history`,
      `                   m_1002 陆小溪 new, 200 points · m_1003 钱塘生 suspended card`,
      `                   m_1004 顾南星 expired card · m_1005 周禾 empty, 0 points`,
      `  session          curl -X POST ${sandbox.url}/v1/sessions -H 'Authorization: Bearer ${SANDBOX_SECRET_KEY}' \\`,
      `                     -H 'Content-Type: application/json' -d '{"memberId":"m_1001"}'`,
      `  reset            curl -X POST ${sandbox.url}/sandbox/reset -H 'Authorization: Bearer ${SANDBOX_SECRET_KEY}'`,
      ...(seedNote
        ? [
            `  seed data        out of date: ${seedNote};`,
            `                   the reset above dates it from today (your own changes go too)`,
          ]
        : []),
    ].join('\n'),
  );
}

/**
 * The seed is dated from when it was made (the first start, or the last reset): a data folder
 * or database kept for weeks finds its quiz round over and its courses started. Says so, or null.
 */
async function seedRunOut(db: Db, now: Date): Promise<string | null> {
  const { rows } = await db.query<{ quiz_ends: Date | null; last_course: Date | null }>(
    `SELECT (SELECT max(ends_at) FROM quiz_rallies) AS quiz_ends,
            (SELECT max(starts_at) FROM courses) AS last_course`,
  );
  const { quiz_ends: quizEnds, last_course: lastCourse } = rows[0]!;
  const notes = [
    ...(quizEnds && quizEnds <= now ? [`the quiz round ended on ${shanghaiDate(quizEnds)}`] : []),
    ...(lastCourse && lastCourse <= now ? ['every dated course has started'] : []),
  ];
  return notes.length ? notes.join(', ') : null;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`jiagong-sandbox: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  // A port that cannot be listened on: one line saying which way out, no stack trace.
  const { code, port } = error as { code?: string; port?: number };
  const portProblem = {
    EADDRINUSE: `port ${port} is already in use (another sandbox?); choose another`,
    EACCES: `no permission to listen on port ${port}; choose one above 1023`,
  }[code!];
  if (portProblem) {
    console.error(`jiagong-sandbox: ${portProblem} with --port, or --port 0 for any free port`);
    process.exit(1);
  }
  console.error(`jiagong-sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
