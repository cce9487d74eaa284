import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startSandbox } from '../src/index.js';
import { Api, delivery, PK } from './support/api.js';
import { CLI, children, runSandboxCli, tempDirs, TSX, type CliRun } from './support/cli.js';

interface Cli extends CliRun {
  url: string;
}

/** Runs the CLI from source exactly as the docs say, and waits for its ready line. */
async function startCli(args: string[], cwd?: string): Promise<Cli> {
  const cli = runSandboxCli(args, 60_000, {}, cwd);
  return { ...cli, url: await cli.ready };
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to its end (for options that print and exit, and for failures). */
function runCli(args: string[]): Promise<Finished> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', TSX, CLI, ...args], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.once('close', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
}

const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('jiagong-sandbox CLI', () => {
  const tempDir = tempDirs('jiagong-cli-');

  it('prints the real port, the keys and the test members; keeps data across a SIGTERM restart', async () => {
    const dataDir = tempDir();
    const first = await startCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    assert.match(first.url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    assert.match(first.output(), /pk_test_jiaxing/);
    assert.match(first.output(), /sk_test_jiaxing/);
    assert.match(first.output(), /m_1001/);
    assert.ok(first.output().includes(dataDir));

    let api = new Api(first.url);
    let token = await api.session('m_1001');
    const order = await api.post('/v1/me/orders', token, {
      productId: 'prd_0001',
      quantity: 1,
      delivery,
    });
    assert.equal(order.status, 201);
    await api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      json: { step: 'amount', values: { amountFen: 5_000_000 } },
    });
    first.child.kill('SIGTERM');
    assert.equal(await first.exit, 0, first.output());

    const second = await startCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    api = new Api(second.url);
    token = await api.session('m_1001');
    assert.equal((await api.get(`/v1/me/orders/${order.body.id}`, token)).status, 200);
    assert.deepEqual((await api.get('/v1/me/loan-draft', token)).body.draft.values, {
      amountFen: 5_000_000,
    });
    second.child.kill('SIGINT');
    assert.equal(await second.exit, 0, second.output());
  });

  it('defaults to .jiagong-data/pglite under the working directory', async () => {
    const cwd = tempDir();
    const cli = await startCli(['--port', '0', '--quiet'], cwd);
    assert.ok(existsSync(join(cwd, '.jiagong-data', 'pglite')));
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exit, 0, cli.output());
  });

  it('takes a --data-dir=~/… as under the home folder, not a folder named ~ here', async () => {
    // No shell expands a ~ after `=` (or in quotes): the sandbox made ./~/jg in the project, a
    // folder named ~ that an `rm -rf ~` to tidy it away would take the home folder with.
    const cwd = tempDir();
    const home = tempDir();
    const cli = runSandboxCli(
      ['--port', '0', '--quiet', '--data-dir=~/jg'],
      60_000,
      { HOME: home },
      cwd,
    );
    await cli.ready;
    assert.ok(cli.output().includes(`PGlite (${join(home, 'jg')})`), cli.output());
    assert.ok(existsSync(join(home, 'jg', 'PG_VERSION')), 'the folder is in the home folder');
    assert.ok(!existsSync(join(cwd, '~')), 'no folder named ~ where it ran');
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exit, 0, cli.output());
  });

  it('says when a kept folder’s seed has run out (quiz over, courses started), until a reset', async () => {
    // A folder first started 40 days ago: its quiz round ended 19 days ago, its courses started.
    const dataDir = tempDir();
    const seeded = await startSandbox({
      dataDir,
      port: 0,
      quiet: true,
      clock: () => new Date(Date.now() - 40 * 86_400_000),
    });
    await seeded.close();
    const old = await startCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    assert.match(
      old.output(),
      /seed data {8}out of date: the quiz round ended on \d{4}-\d\d-\d\d, every dated course has started;\n {19}the reset above dates it from today/,
    );
    const api = new Api(old.url);
    assert.equal((await api.get('/v1/quiz/current', PK)).body, null);
    await api.reset();
    assert.notEqual((await api.get('/v1/quiz/current', PK)).body, null);
    old.child.kill('SIGTERM');
    assert.equal(await old.exit, 0, old.output());
    // Reset, it is dated from today: nothing to say.
    const fresh = await startCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    assert.doesNotMatch(fresh.output(), /seed data/);
    fresh.child.kill('SIGTERM');
    assert.equal(await fresh.exit, 0, fresh.output());
  });

  it('with --host 0.0.0.0 (in a container) prints URLs a browser and curl can open', async () => {
    // http://0.0.0.0:PORT, printed as is, is no address to connect to: Chrome refuses it, and so
    // do curl and browsers on Windows (a Docker Desktop user copying the banner's curl line).
    const cli = await startCli(['--port', '0', '--memory', '--quiet', '--host', '0.0.0.0']);
    try {
      assert.match(cli.url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
      assert.doesNotMatch(cli.output(), /0\.0\.0\.0/);
      assert.equal((await fetch(`${cli.url}/health`)).status, 200);
    } finally {
      cli.child.kill('SIGTERM');
    }
    assert.equal(await cli.exit, 0, cli.output());
  });

  it('refuses contradictory options', async () => {
    await assert.rejects(startCli(['--memory', '--data-dir', tempDir()]), /exclude each other/);
    await assert.rejects(startCli(['--port', 'abc', '--memory']), /not a port/);
  });

  it('--help shows every option, -h/--help and --version themselves, and examples', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await runCli([flag]);
      assert.equal(code, 0, stderr);
      for (const option of ['--port', '--host', '--data-dir', '--memory', '--quiet']) {
        assert.ok(stdout.includes(option), `${option} is not in the usage`);
      }
      assert.match(stdout, /-h, --help/);
      assert.match(stdout, /-v, --version/);
      assert.match(stdout, /DATABASE_URL/);
      assert.match(stdout, /Examples:\n(\s+.*npx @jiagong\/sandbox.*\n){3}/);
      assert.match(stdout, /npx @jiagong\/sandbox --port 0 --memory/);
    }
  });

  it('--version and -v print the package version and nothing else', async () => {
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await runCli([flag]);
      assert.equal(code, 0);
      assert.equal(stdout, `${packageVersion}\n`);
    }
  });

  it('an unknown option or argument is named, with the usage, and exits with 2', async () => {
    for (const [args, said] of [
      [['--prot', '4011'], 'unknown option --prot'],
      [['-x'], 'unknown option -x'],
      [['4011'], 'unexpected argument 4011'],
      [['--port'], '--port needs a value'],
      [['--port', 'abc'], '--port: not a port: abc'],
    ] as const) {
      const { code, stdout, stderr } = await runCli([...args]);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.equal(stderr.split('\n')[0], `jiagong-sandbox: ${said}`);
      assert.match(stderr, /Usage: jiagong-sandbox \[options\]/);
      assert.match(stderr, /-h, --help/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'a stack trace');
    }
  });

  it('a port in use is said in one line that suggests --port 0, exit code 1, no stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const { code, stderr } = await runCli(['--port', String(port), '--memory', '--quiet']);
      assert.equal(code, 1, stderr);
      assert.equal(
        stderr,
        `jiagong-sandbox: port ${port} is already in use (another sandbox?); choose another with --port, or --port 0 for any free port\n`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('a port in use is said before the data folder is opened: a first run’s folder is not made', async () => {
    // Found only once listening, the port was told after PGlite had started (seconds on a disk),
    // and a first run left a fresh data folder behind for nothing.
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    const dataDir = join(tempDir(), 'new', 'pglite');
    try {
      const { code, stderr } = await runCli(['--port', String(port), '--data-dir', dataDir]);
      assert.equal(code, 1, stderr);
      assert.match(stderr, new RegExp(`^jiagong-sandbox: port ${port} is already in use`));
      assert.equal(stderr.split('\n').length, 2, stderr);
      assert.equal(existsSync(join(dataDir, '..')), false, 'a data folder was made');
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('a --data-dir naming a file says so in one line, and what to pass', async () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, 'not a folder\n');
    for (const dataDir of [file, join(file, 'pglite')]) {
      const { code, stderr } = await runCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
      assert.equal(code, 1, stderr);
      assert.equal(
        stderr,
        `jiagong-sandbox: the data folder ${dataDir} cannot be made: ${file} is a file, not a ` +
          `folder. Pass --data-dir a folder (a new one, or one a sandbox made), or --memory\n`,
      );
    }
    assert.equal(readFileSync(file, 'utf8'), 'not a folder\n');
  });

  it('a second signal while it stops ends it at once; the same Ctrl-C sent twice (npm run) stops it cleanly', async () => {
    // A start that hangs: a PostgreSQL that accepts connections and never answers (10 s, then the
    // start fails). Ctrl-C, then Ctrl-C again or a kill: it used to wait out the start regardless.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const connected = () =>
      new Promise<void>((resolve) => silent.once('connection', () => resolve()));
    try {
      const { port } = silent.address() as AddressInfo;
      for (const [first, second, code] of [
        ['SIGINT', 'SIGINT', 130],
        ['SIGINT', 'SIGTERM', 143],
        ['SIGTERM', 'SIGHUP', 129],
      ] as const) {
        const attempt = connected();
        const cli = runSandboxCli(['--port', '0'], undefined, {
          DATABASE_URL: `postgres://dev@127.0.0.1:${port}/jiagong`,
        });
        // Connecting: its signal handlers are in place.
        await attempt;
        cli.child.kill(first);
        while (!cli.output().includes('stopping the sandbox')) {
          await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 600));
        cli.child.kill(second);
        assert.equal(await cli.exit, code, cli.output());
        assert.doesNotMatch(cli.output(), /cannot use the PostgreSQL server/);
        assert.match(cli.output(), new RegExp(`${second} again: exiting`));
      }
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }

    // npm run and npx pass the terminal's Ctrl-C on to the child, which gets it twice at once: the
    // sandbox still closes its database and exits 0.
    const running = await startCli(['--port', '0', '--memory', '--quiet']);
    running.child.kill('SIGINT');
    running.child.kill('SIGINT');
    assert.equal(await running.exit, 0, running.output());
  });
});
