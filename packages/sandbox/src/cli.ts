#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { DEFAULT_DATA_DIR } from './db/open.js';
import { SECOND_PUBLISHABLE_KEY, SECOND_SECRET_KEY } from './seed/partners.js';
import { startSandbox } from './server.js';
import type { RunningSandbox } from './server.js';

const usage = `Usage: jiagong-sandbox [--port 4010] [--host 127.0.0.1] [--data-dir DIR | --memory] [--quiet]

  --port      port to listen on; 0 picks a free one (default 4010)
  --host      interface to bind (default 127.0.0.1)
  --data-dir  embedded Postgres (PGlite) data folder, kept across restarts
              (default ${DEFAULT_DATA_DIR} under the current directory)
  --memory    embedded Postgres in memory: nothing is kept
  --quiet     no per-request log lines

Environment: DATABASE_URL=postgres://… uses that PostgreSQL server instead of PGlite.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      memory: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: not a port: ${values.port}`);
  if (values.memory && values['data-dir'])
    throw new Error('--memory and --data-dir exclude each other');

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
  const stop = (signal: NodeJS.Signals) => {
    if (state.stopping) return;
    state.stopping = true;
    console.log(`\n${signal}: stopping the sandbox…`);
    // Still starting: the start-up path sees `stopping` and closes what it opened.
    if (state.sandbox) finish(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const databaseUrl = process.env.DATABASE_URL || undefined;
  const sandbox = await startSandbox({
    port,
    host: values.host,
    memory: values.memory,
    dataDir: values['data-dir'],
    databaseUrl,
    quiet: values.quiet,
  });
  state.sandbox = sandbox;
  if (state.stopping) {
    finish(0);
    return;
  }

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
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`jiagong-sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
