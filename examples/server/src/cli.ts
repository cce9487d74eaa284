#!/usr/bin/env node
// Starts the examples server: `node --conditions=source --import tsx examples/server/src/cli.ts
// --port 8080 --api-base http://127.0.0.1:4010`. Prints "Examples listening on <url>" once ready
// (scripts/start.mjs and the example tests wait for it). Ctrl-C / SIGTERM close it cleanly.
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { examplesApp } from './app.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'api-base': { type: 'string', default: 'http://127.0.0.1:4010' },
  },
  strict: true,
});

const app = examplesApp({
  apiBase: values['api-base'].replace(/\/$/, ''),
  publishableKey: process.env.JIAGONG_PUBLISHABLE_KEY ?? SANDBOX_PUBLISHABLE_KEY,
  // A real partner reads its secret key from its secret store; the sandbox's is public.
  secretKey: process.env.JIAGONG_SECRET_KEY ?? SANDBOX_SECRET_KEY,
});

function listen(port: number): void {
  const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
    const host = values.host === '0.0.0.0' ? '127.0.0.1' : values.host;
    console.log(`Examples listening on http://${host}:${info.port}`);
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    // 8080 is popular: take the next free port rather than failing the whole `npm start`.
    if (error.code === 'EADDRINUSE' && port !== 0 && port < Number(values.port) + 10) {
      console.warn(`port ${port} is in use, trying ${port + 1}`);
      listen(port + 1);
      return;
    }
    console.error(`examples server: ${error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Started by npm start (scripts/lib/examples.mjs) with an IPC channel: it closes when npm start
  // ends in any way, SIGKILL included, and an orphan would keep serving pages whose sandbox is gone.
  if (process.connected) process.once('disconnect', stop);
}

listen(Number(values.port));
