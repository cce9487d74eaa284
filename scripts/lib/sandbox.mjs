// Starts the sandbox API server (packages/sandbox) as a child process and waits until it says
// where it listens. Used by the test script (in-memory, random port) and by `npm start`.
import { existsSync } from 'node:fs';
import { fromRoot } from './paths.mjs';
import { killTree, start, untilReady } from './proc.mjs';

export const SANDBOX_CLI_SRC = 'packages/sandbox/src/cli.ts';
export const SANDBOX_CLI_DIST = 'packages/sandbox/dist/cli.js';
export const SANDBOX_KEYS = { publishable: 'pk_test_jiaxing', secret: 'sk_test_jiaxing' };

const READY = /Sandbox listening on (https?:\/\/\S+)/;

/** How to run the sandbox CLI: from TypeScript source when present, else from dist; or null. */
export function sandboxCommand() {
  if (existsSync(fromRoot(SANDBOX_CLI_SRC))) {
    return {
      cmd: process.execPath,
      args: ['--conditions=source', '--import', 'tsx', SANDBOX_CLI_SRC],
      from: SANDBOX_CLI_SRC,
    };
  }
  if (existsSync(fromRoot(SANDBOX_CLI_DIST))) {
    return { cmd: process.execPath, args: [SANDBOX_CLI_DIST], from: SANDBOX_CLI_DIST };
  }
  return null;
}

/**
 * Starts the sandbox with extra CLI args and resolves { url, stop, output } once it prints
 * "Sandbox listening on <url>". Rejects (after killing it) on early exit or timeout, with its
 * recent output in the message. `echo` forwards its output to ours as it arrives.
 */
export function startSandbox({
  args = [],
  env,
  timeoutMs = 60_000,
  echo = false,
  command = sandboxCommand(),
} = {}) {
  if (!command) return Promise.reject(new Error('the sandbox CLI does not exist yet'));
  const child = start(command.cmd, [...command.args, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = untilReady(child, { name: 'sandbox', ready: READY, timeoutMs, echo });
  return ready.then(({ url, output }) => ({ url, stop: () => killTree(child), output, child }));
}
