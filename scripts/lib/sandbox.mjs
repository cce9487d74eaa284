// Starts the sandbox API server (packages/sandbox) as a child process and waits until it says
// where it listens. Used by the test script (in-memory, random port) and by `npm start`.
import { existsSync } from 'node:fs';
import { fromRoot } from './paths.mjs';
import { killTree, start } from './proc.mjs';

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
  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 200) recent.shift();
  };
  const output = () => recent.join('\n');
  const stop = () => killTree(child);

  return new Promise((resolve, reject) => {
    let ready = false;
    const fail = (reason) => {
      if (ready) return;
      clearTimeout(timer);
      void stop();
      reject(new Error(`${reason}\n--- sandbox output (last lines) ---\n${output()}`));
    };
    const timer = setTimeout(
      () => fail(`the sandbox did not print "Sandbox listening on …" within ${timeoutMs / 1000} s`),
      timeoutMs,
    );
    const onData = (stream) => (chunk) => {
      if (echo) stream.write(chunk);
      for (const line of chunk.toString().split(/\r?\n/)) {
        if (!line) continue;
        remember(line);
        const match = !ready && READY.exec(line);
        if (match) {
          ready = true;
          clearTimeout(timer);
          resolve({ url: match[1].replace(/\/$/, ''), stop, output, child });
        }
      }
    };
    // Keep draining both pipes for the whole run, or a chatty server blocks on a full pipe.
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.once('error', (error) => fail(`could not start the sandbox: ${error.message}`));
    child.once('exit', (code, signal) =>
      fail(`the sandbox exited before it was ready (code ${code}, signal ${signal})`),
    );
  });
}
