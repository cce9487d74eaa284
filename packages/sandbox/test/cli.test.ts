import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { Api, delivery } from './support/api.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
// Absolute, so the CLI also starts from a working directory outside the repo.
const TSX = import.meta.resolve('tsx');
const children = new Set<ChildProcess>();
const READY = /Sandbox listening on (http:\/\/\S+)/;

interface Cli {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code, or the signal name when a signal ended it. */
  exit: Promise<number | string | null>;
}

/** Runs the CLI from source exactly as the docs say, and waits for its ready line. */
function startCli(args: string[], cwd = process.cwd()): Promise<Cli> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', TSX, CLI, ...args], {
    cwd,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let text = '';
  const exit = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line within 60 s:\n${text}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = READY.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => text, exit });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it was ready:\n${text}`));
    });
  });
}

describe('jiagong-sandbox CLI', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiagong-cli-'));
    dirs.push(dir);
    return dir;
  };
  after(() => {
    // A failed assertion must not leave a server running (it would keep this file alive).
    for (const child of children) child.kill('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

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

  it('refuses contradictory options', async () => {
    await assert.rejects(startCli(['--memory', '--data-dir', tempDir()]), /exclude each other/);
    await assert.rejects(startCli(['--port', 'abc', '--memory']), /not a port/);
  });
});
