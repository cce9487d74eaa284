// Starts the examples server (examples/server: the partner back end + the example apps) as a
// child process and waits until it prints where it listens. Used by `npm start` and the example
// tests. Its own TypeScript runs through tsx; the @jiagong packages it imports are the published
// builds (run `npm run build` first; `npm start` does), as a partner's server would use them: the
// SSR example renders with the same (minified) templates the browser bundle hydrates.
import { existsSync } from 'node:fs';
import { fromRoot } from './paths.mjs';
import { killTree, start, untilReady } from './proc.mjs';

export const EXAMPLES_CLI_SRC = 'examples/server/src/cli.ts';
const READY = /Examples listening on (https?:\/\/\S+)/;

/** Whether the examples server exists in this checkout. */
export const examplesServerExists = () => existsSync(fromRoot(EXAMPLES_CLI_SRC));

/**
 * Starts it with `--api-base <apiBase>` on `port` (0 = any free port) and resolves
 * { url, stop, output, child } once ready; rejects with its recent output if it exits or stalls
 * first.
 */
export function startExamples({ apiBase, port = 0, echo = false, timeoutMs = 60_000, env } = {}) {
  const child = start(
    process.execPath,
    ['--import', 'tsx', EXAMPLES_CLI_SRC, '--port', String(port), '--api-base', apiBase],
    // The IPC channel closes when we end, even by SIGKILL: the server (its own process group,
    // out of reach of a kill of ours) stops then instead of holding its port as an orphan.
    { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  const ready = untilReady(child, { name: 'examples server', ready: READY, timeoutMs, echo });
  return ready.then(({ url, output }) => ({ url, stop: () => killTree(child), output, child }));
}
