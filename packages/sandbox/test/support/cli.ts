import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
// Absolute, so the CLI also starts from a working directory outside the repo.
export const TSX = import.meta.resolve('tsx');
const READY = /Sandbox listening on (http:\/\/\S+)/;

/** Every CLI a test started; kill the leftovers in `after`, or a failed test keeps them alive. */
export const children = new Set<ChildProcess>();

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code, or the signal name when a signal ended it. */
  exit: Promise<number | string | null>;
  /** Resolves with the URL once the ready line is printed; rejects if it exits first. */
  ready: Promise<string>;
}

/**
 * Runs the sandbox CLI from source, as the docs say, with DATABASE_URL cleared unless `env` sets
 * it, in `cwd` (this process's working directory by default).
 */
export function runSandboxCli(
  args: string[],
  timeoutMs = 120_000,
  env: Record<string, string> = {},
  cwd = process.cwd(),
): CliRun {
  const child = spawn(process.execPath, ['--conditions=source', '--import', TSX, CLI, ...args], {
    cwd,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let text = '';
  const exit = new Promise<number | string | null>((resolve) =>
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal);
    }),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line within ${timeoutMs / 1000} s:\n${text}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = READY.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it was ready:\n${text}`));
    });
  });
  // A test that only awaits `exit` must not see an unhandled rejection.
  ready.catch(() => undefined);
  return { child, output: () => text, exit, ready };
}

/**
 * Makes temporary folders (`prefix` and a random ending) for the calling describe block; after it,
 * kills the CLIs still running (a failed assertion must not leave one keeping the file alive) and
 * removes the folders.
 */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  after(() => {
    for (const child of children) child.kill('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
