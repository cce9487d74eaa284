// Child processes for the scripts: each child gets its own process group so that a timeout or
// Ctrl-C ends the whole tree it started (tsc workers, Chromium, the sandbox), never anything else.
import { spawn } from 'node:child_process';
import { root } from './paths.mjs';

const live = new Set();

/** Ends the process group of one child we started: TERM first, KILL if it lingers. */
export function killTree(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

let handlersInstalled = false;
let shuttingDown = false;

/** True once Ctrl-C (or TERM/HUP) is stopping our children: their exits are expected. */
export const isShuttingDown = () => shuttingDown;

function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      shuttingDown = true;
      // Children live in their own groups, so the terminal's Ctrl-C does not reach them. They get
      // a graceful TERM (the sandbox closes its database) and a KILL if they linger.
      const code = signal === 'SIGINT' ? 130 : 143;
      void Promise.all([...live].map((child) => killTree(child))).then(() => process.exit(code));
    });
  }
}

/**
 * Starts a child in its own process group. `stdio` defaults to inheriting stdout/stderr.
 * The child is killed if this process is interrupted.
 */
export function start(
  cmd,
  args,
  { env, cwd = root, stdio = ['ignore', 'inherit', 'inherit'] } = {},
) {
  installSignalHandlers();
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio,
    detached: true,
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/**
 * Waits for a server `child` (stdout and stderr piped) to print the line `ready` matches, whose
 * first group is its URL: resolves { url, output } (the URL without a trailing slash; output()
 * gives its last 200 lines). On an early exit, a failed start or after `timeoutMs` it stops the
 * child and rejects, naming it by `name`, with those lines. `echo` forwards its output to ours.
 */
export function untilReady(child, { name, ready, timeoutMs, echo = false }) {
  const recent = [];
  const output = () => recent.join('\n');
  return new Promise((resolve, reject) => {
    let listening = false;
    const fail = (reason) => {
      if (listening) return;
      clearTimeout(timer);
      void killTree(child);
      reject(new Error(`${reason}\n--- ${name} output (last lines) ---\n${output()}`));
    };
    const timer = setTimeout(
      () => fail(`the ${name} did not say where it listens within ${timeoutMs / 1000} s`),
      timeoutMs,
    );
    const onData = (stream) => (chunk) => {
      if (echo) stream.write(chunk);
      for (const line of chunk.toString().split(/\r?\n/)) {
        if (!line) continue;
        recent.push(line);
        if (recent.length > 200) recent.shift();
        const match = !listening && ready.exec(line);
        if (match) {
          listening = true;
          clearTimeout(timer);
          resolve({ url: match[1].replace(/\/$/, ''), output });
        }
      }
    };
    // Keep draining both pipes for the whole run, or a chatty server blocks on a full pipe.
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.once('error', (error) => fail(`could not start the ${name}: ${error.message}`));
    child.once('exit', (code, signal) =>
      fail(`the ${name} exited before it was ready (code ${code}, signal ${signal})`),
    );
  });
}

/**
 * Runs a command to completion with inherited output.
 * Resolves { code, signal, timedOut }; never rejects for a non-zero exit.
 * `onStdout(chunk)` pipes stdout through us instead: each chunk is echoed, then handed over.
 */
export function run(cmd, args, { env, cwd, timeoutMs, onStdout } = {}) {
  return new Promise((resolve) => {
    let timedOut = false;
    let child;
    try {
      const stdio = ['ignore', onStdout ? 'pipe' : 'inherit', 'inherit'];
      child = start(cmd, args, { env, cwd, stdio });
      child.stdout?.on('data', (chunk) => {
        process.stdout.write(chunk);
        onStdout(chunk);
      });
    } catch (error) {
      console.error(String(error));
      resolve({ code: 127, signal: null, timedOut });
      return;
    }
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            console.error(
              `\n✖ ${cmd} timed out after ${Math.round(timeoutMs / 1000)} s; stopping it.`,
            );
            void killTree(child);
          }, timeoutMs)
        : undefined;
    child.once('error', (error) => {
      clearTimeout(timer);
      console.error(`✖ could not run ${cmd}: ${error.message}`);
      resolve({ code: 127, signal: null, timedOut });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, signal, timedOut });
    });
  });
}

/** Formats a duration in ms as "1.2 s" / "3 min 4 s". */
export function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const min = Math.floor(ms / 60_000);
  return `${min} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A step header, visible in a long log. */
export function header(title, detail = '') {
  const line = `━━ ${title} ${detail ? `· ${detail} ` : ''}`;
  console.log(`\n${line}${'━'.repeat(Math.max(4, 78 - line.length))}`);
}
