// The PGlite data folder against what a developer's machine does to it: a second sandbox on the
// same folder, a folder left unopenable, and kill -9 right after a commit.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { DataDirLockedError, lockDataDir } from '../src/db/lock.js';
import { Api, delivery } from './support/api.js';
import { CLI, children, runSandboxCli, tempDirs, TSX } from './support/cli.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the sandbox data folder', () => {
  const tempDir = tempDirs('jiagong-folder-');

  it('a second sandbox on the same folder is refused in one line naming the first one', async () => {
    const dataDir = join(tempDir(), 'pglite');
    const first = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    const url = await first.ready;

    const second = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    assert.equal(await second.exit, 1, second.output());
    const said = second.output().trim();
    assert.equal(said.split('\n').length, 1, said);
    assert.match(said, /^jiagong-sandbox: the data folder .* is in use by another sandbox/);
    assert.ok(said.includes(`(pid ${first.child.pid})`), said);
    assert.match(said, /--memory/);
    assert.match(said, /--data-dir/);
    assert.match(said, /--port/);

    // The first one was not disturbed, and lets go of the folder when it stops.
    const api = new Api(url);
    assert.equal((await api.get('/v1/me/orders', await api.session('m_1001'))).status, 200);
    first.child.kill('SIGTERM');
    assert.equal(await first.exit, 0, first.output());
    assert.ok(!existsSync(`${dataDir}.lock`), 'the lock is released on stop');
  });

  it('an order and a draft committed just before kill -9 are there after the restart', async () => {
    const dataDir = join(tempDir(), 'pglite');
    const first = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    let api = new Api(await first.ready);
    let token = await api.session('m_1001');
    const order = await api.post('/v1/me/orders', token, {
      productId: 'prd_0001',
      quantity: 1,
      delivery,
    });
    assert.equal(order.status, 201);
    const draft = await api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      json: { step: 'amount', values: { amountFen: 3_000_000 } },
    });
    assert.equal(draft.status, 200);
    first.child.kill('SIGKILL');
    assert.equal(await first.exit, 'SIGKILL');
    // The killed process could not remove its lock: the next start must take it over.
    assert.ok(existsSync(`${dataDir}.lock`));

    const second = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    api = new Api(await second.ready);
    assert.doesNotMatch(second.output(), /could not be opened/);
    token = await api.session('m_1001');
    assert.equal((await api.get(`/v1/me/orders/${order.body.id}`, token)).status, 200);
    assert.deepEqual((await api.get('/v1/me/loan-draft', token)).body.draft.values, {
      amountFen: 3_000_000,
    });
    second.child.kill('SIGTERM');
    assert.equal(await second.exit, 0, second.output());
  });

  it('a sandbox whose npm start was killed -9 (with its process group) stops and lets go of the folder', async () => {
    const dataDir = join(tempDir(), 'pglite');
    // npm start's shape: the sandbox in a process group of its own (scripts/lib/proc.mjs), told
    // the parent's pid; the parent relays its ready line.
    const parentCode = `
      import { spawn } from 'node:child_process';
      const child = spawn(process.execPath, JSON.parse(process.argv[1]), {
        detached: true,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, DATABASE_URL: '', JIAGONG_SANDBOX_STOP_WITH_PID: String(process.pid) },
      });
      child.stdout.on('data', (chunk) => {
        if (/Sandbox listening on/.test(chunk)) console.log('READY ' + child.pid);
      });`;
    const args = ['--conditions=source', '--import', TSX, CLI, '--port', '0'];
    const parent = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        parentCode,
        JSON.stringify([...args, '--data-dir', dataDir, '--quiet']),
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.add(parent);
    let out = '';
    parent.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const deadline = Date.now() + 120_000;
    while (!/READY \d+/.test(out) && Date.now() < deadline) await sleep(100);
    const sandboxPid = Number(/READY (\d+)/.exec(out)?.[1]);
    assert.ok(sandboxPid > 0, out);
    assert.ok(existsSync(`${dataDir}.lock`));

    process.kill(-parent.pid!, 'SIGKILL'); // its group only: the sandbox has its own
    const alive = () => {
      try {
        process.kill(sandboxPid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const killedAt = Date.now();
    while (alive() && Date.now() - killedAt < 15_000) await sleep(100);
    const stillRunning = alive();
    if (stillRunning) process.kill(sandboxPid, 'SIGKILL');
    assert.ok(!stillRunning, 'the orphaned sandbox still runs, holding its port and folder');
    // It closed the database on the way out, which releases the lock.
    assert.ok(!existsSync(`${dataDir}.lock`), 'the lock was released by a clean close');
  });

  it('a folder PGlite cannot open is moved aside, kept, and the sandbox starts from the seed', async () => {
    const parent = tempDir();
    const dataDir = join(parent, 'pglite');
    // A folder as a crash leaves it: a WAL that no longer holds the checkpoint pg_control names
    // (PGlite answers only "Aborted()"), and PGlite's stale postmaster.pid.
    const pg = await PGlite.create(dataDir);
    await pg.exec('CREATE TABLE left_behind (id int)');
    await pg.close();
    for (const name of readdirSync(join(dataDir, 'pg_wal'))) {
      const path = join(dataDir, 'pg_wal', name);
      if (statSync(path).isFile()) writeFileSync(path, Buffer.alloc(statSync(path).size));
    }
    writeFileSync(join(dataDir, 'postmaster.pid'), '-42\n/pglite/data\n');

    const cli = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    const api = new Api(await cli.ready);
    const said = cli.output();
    assert.match(said, /data folder .* could not be opened/);
    assert.match(said, /synthetic/);
    const moved = readdirSync(parent).filter((name) => name.startsWith('pglite.broken-'));
    assert.equal(moved.length, 1, readdirSync(parent).join(', '));
    assert.ok(said.includes(join(parent, moved[0]!)), 'the warning says where the old folder is');
    assert.equal(
      readFileSync(join(parent, moved[0]!, 'PG_VERSION'), 'utf8').trim().length > 0,
      true,
    );

    // Seeded afresh: the test members are there.
    const token = await api.session('m_1001');
    assert.equal(await api.balance(token), 12_800);
    cli.child.kill('SIGTERM');
    assert.equal(await cli.exit, 0, cli.output());
  });

  it('a folder of another PostgreSQL major (another sandbox’s PGlite) is refused, never moved', async () => {
    const parent = tempDir();
    const dataDir = join(parent, 'pglite');
    const pg = await PGlite.create(dataDir);
    await pg.exec('CREATE TABLE kept (id int)');
    await pg.close();
    // What a newer PGlite's Postgres writes; this PGlite cannot open it.
    writeFileSync(join(dataDir, 'PG_VERSION'), '99\n');

    const cli = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    // Without the check, it was moved aside and a fresh sandbox started: stop that one.
    const code = await Promise.race([cli.exit, cli.ready.then(() => 'started')]);
    if (code === 'started') cli.child.kill('SIGTERM');
    assert.equal(code, 1, cli.output());
    const said = cli.output().trim();
    assert.equal(said.split('\n').length, 1, said);
    assert.match(
      said,
      /^jiagong-sandbox: the data folder .* was made by PostgreSQL 99 \(another @jiagong\/sandbox, newer than this one\), and this one runs PostgreSQL \d+/,
    );
    assert.match(said, /left as it is/);
    assert.deepEqual(
      readdirSync(parent).filter((name) => name.includes('broken')),
      [],
    );
    assert.equal(readFileSync(join(dataDir, 'PG_VERSION'), 'utf8'), '99\n');
    assert.ok(!existsSync(`${dataDir}.lock`), 'the lock was released');
  });

  it('a folder that is not a data folder is refused, never moved', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'notes.txt'), 'mine');
    const cli = runSandboxCli(['--port', '0', '--data-dir', dataDir, '--quiet']);
    const code = await Promise.race([cli.exit, cli.ready.then(() => 'ready')]);
    if (code === 'ready') {
      // PGlite made a database beside the files: also fine, as long as they are untouched.
      cli.child.kill('SIGTERM');
      await cli.exit;
    }
    assert.equal(readFileSync(join(dataDir, 'notes.txt'), 'utf8'), 'mine');
  });
});

describe('the data folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiagong-lock-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('one process cannot hold a folder twice', () => {
    const lock = lockDataDir(join(dir, 'a'));
    assert.throws(() => lockDataDir(join(dir, 'a')), DataDirLockedError);
    lock.release();
    lockDataDir(join(dir, 'a')).release();
    assert.ok(!existsSync(join(dir, 'a.lock')));
  });

  it('a live process’s lock is respected; a dead one’s, garbage, or one from before a reboot is taken over', () => {
    const path = join(dir, 'b.lock');
    const record = (pid: number, bootedAt?: number) =>
      JSON.stringify({ pid, bootedAt, host: 'x', startedAt: '' });
    writeFileSync(path, record(process.ppid));
    assert.throws(() => lockDataDir(join(dir, 'b')), /in use by another sandbox \(pid \d+\)/);

    for (const stale of [record(2 ** 22 + 12345), 'garbage', '', record(process.ppid, 1_000_000)]) {
      writeFileSync(path, stale);
      const lock = lockDataDir(join(dir, 'b'));
      assert.equal(JSON.parse(readFileSync(path, 'utf8')).pid, process.pid);
      lock.release();
      assert.ok(!existsSync(path));
    }
  });
});

describe('DATABASE_URL', () => {
  it('a server that cannot be reached is named (no password) in one line, and nothing is repaired', async () => {
    const cli = runSandboxCli(['--port', '0', '--quiet'], 60_000, {
      DATABASE_URL: 'postgres://jg:hunter2@127.0.0.1:1/jiagong',
    });
    assert.equal(await cli.exit, 1, cli.output());
    const said = cli.output().trim();
    assert.equal(said.split('\n').length, 1, said);
    assert.match(
      said,
      /^jiagong-sandbox: cannot use the PostgreSQL server in DATABASE_URL \(postgres:\/\/jg:\*\*\*@127\.0\.0\.1:1\/jiagong\): .*ECONNREFUSED/,
    );
    assert.match(said, /unset it to use the embedded PGlite/);
    assert.doesNotMatch(said, /hunter2/);
    assert.doesNotMatch(said, /could not be opened|broken/);
  });
});
