// Sandbox server load: requests per second for catalogue reads (GET /v1/mall/products) and
// order creation (POST /v1/me/orders with an Idempotency-Key), on embedded PGlite and on a real
// PostgreSQL (a throwaway server from packages/sandbox/test/support/postgres.ts).
// Baseline: GET /health on the same server in the same run — the HTTP stack's ceiling (Hono,
// node-server, middleware, no database). The server runs in its own process (the CLI, from
// source, default development mode: every response is also validated against the contract);
// this process only drives 20 concurrent fetch loops. The machine may be busy, so baseline and
// scenario alternate in short windows (A B B A …) and the ratio is the median of adjacent pairs.
// Run: node --conditions=source --import tsx bench/sandbox.bench.ts
// Env: JG_BENCH_ROUNDS (default 6), JG_BENCH_ROUND_MS (default 700).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SANDBOX_PUBLISHABLE_KEY as PK, SANDBOX_SECRET_KEY as SK } from '@jiagong/contract';
import { findPostgresBin, startPostgres } from '../packages/sandbox/test/support/postgres.js';
import { median } from './support/median.js';

const WORKERS = 20;
const ROUNDS = Number(process.env.JG_BENCH_ROUNDS ?? 6);
const ROUND_MS = Number(process.env.JG_BENCH_ROUND_MS ?? 700);
const CLI = fileURLToPath(new URL('../packages/sandbox/src/cli.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const MEMBERS = ['m_1001', 'm_1002', 'm_1005'];

interface Server {
  url: string;
  stop(): Promise<void>;
}

function startServer(args: string[], env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--import', TSX, CLI, '--port', '0', '--quiet', ...args],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Sandbox listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`sandbox exited:\n${output}`)));
  });
}

/** Runs `call` from WORKERS loops for `ms`; answers requests per second (non-2xx counts as failure). */
async function drive(
  call: (worker: number) => Promise<Response>,
  ms: number,
): Promise<{ rps: number; failed: number }> {
  const start = performance.now();
  const until = start + ms;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, worker) => {
      while (performance.now() < until) {
        const res = await call(worker);
        await res.arrayBuffer();
        if (res.ok) done++;
        else failed++;
      }
    }),
  );
  return { rps: done / ((performance.now() - start) / 1000), failed };
}

interface Measured {
  baselineRps: number;
  rps: number;
  ratio: number;
  failed: number;
}

/** Alternates baseline and scenario windows: A B B A, ROUNDS times. */
async function compare(
  baseline: () => Promise<Response>,
  scenario: (worker: number) => Promise<Response>,
): Promise<Measured> {
  await drive(baseline, 300);
  await drive(scenario, 300);
  const a: number[] = [];
  const b: number[] = [];
  let failed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const first = await drive(baseline, ROUND_MS);
    const second = await drive(scenario, ROUND_MS);
    const third = await drive(scenario, ROUND_MS);
    const fourth = await drive(baseline, ROUND_MS);
    a.push(first.rps, fourth.rps);
    b.push(second.rps, third.rps);
    failed += second.failed + third.failed;
  }
  const ratios = a.map((base, i) => b[i]! / base);
  const baselineRps = a.reduce((s, v) => s + v, 0) / a.length;
  const rps = b.reduce((s, v) => s + v, 0) / b.length;
  return { baselineRps, rps, ratio: median(ratios), failed };
}

async function measure(storage: string, server: Server) {
  const json = (path: string, auth: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${auth}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  for (const member of MEMBERS) {
    const res = await json(`/sandbox/members/${member}/points`, SK, { balance: 1_000_000_000 });
    if (!res.ok) throw new Error(`setPoints ${res.status}`);
  }
  const tokens: string[] = [];
  for (const member of MEMBERS) {
    const res = await json('/v1/sessions', SK, { memberId: member });
    tokens.push(((await res.json()) as { token: string }).token);
  }
  const health = () => fetch(`${server.url}/health`);
  const rows = [];

  const products = await compare(health, () => json('/v1/mall/products?limit=20', PK));
  console.log(
    `${storage}: GET /v1/mall/products ${products.rps.toFixed(0)} req/s vs /health ${products.baselineRps.toFixed(0)} req/s (×${products.ratio.toFixed(3)})`,
  );
  rows.push({
    name: `${storage}: GET /v1/mall/products (20 per page)`,
    value: Math.round(products.rps),
    unit: 'req/s',
    baseline: `${storage}: GET /health, same server`,
    baselineValue: Math.round(products.baselineRps),
    ratio: Number(products.ratio.toFixed(4)),
    goal: { minRatio: 0.1, text: '≥ 10 % of the HTTP ceiling' },
  });

  const orders = await compare(health, (worker) =>
    json(
      '/v1/me/orders',
      tokens[worker % tokens.length]!,
      { productId: 'prd_0002', quantity: 1 },
      { 'Idempotency-Key': randomUUID() },
    ),
  );
  if (orders.failed > 0) console.log(`${storage}: ${orders.failed} order requests failed`);
  console.log(
    `${storage}: POST /v1/me/orders ${orders.rps.toFixed(0)} req/s vs /health ${orders.baselineRps.toFixed(0)} req/s (×${orders.ratio.toFixed(3)})`,
  );
  rows.push({
    name: `${storage}: POST /v1/me/orders (one hot product, 3 members)`,
    value: Math.round(orders.rps),
    unit: 'req/s',
    baseline: `${storage}: GET /health, same server`,
    baselineValue: Math.round(orders.baselineRps),
    ratio: Number(orders.ratio.toFixed(4)),
    goal: { minRatio: 0.02, text: '≥ 2 % of the HTTP ceiling, no failed order' },
    met: orders.failed === 0 && orders.ratio >= 0.02,
  });
  return rows;
}

async function main() {
  const rows = [];
  const pglite = await startServer(['--memory'], { DATABASE_URL: '' });
  try {
    rows.push(...(await measure('PGlite', pglite)));
  } finally {
    await pglite.stop();
  }

  if (findPostgresBin()) {
    const postgres = await startPostgres();
    try {
      const url = await postgres.createDatabase('jiagong_bench');
      const server = await startServer([], { DATABASE_URL: url });
      try {
        rows.push(...(await measure(`PostgreSQL ${postgres.version}`, server)));
      } finally {
        await server.stop();
      }
    } finally {
      await postgres.stop();
    }
  } else {
    console.log(
      'PostgreSQL server binaries not found (apt-get install postgresql): PostgreSQL rows skipped',
    );
  }
  console.log(`BENCH_RESULT ${JSON.stringify({ group: 'sandbox', rows })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
