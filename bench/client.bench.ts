// Client overhead: calls per second through @jiagong/client (auth, retry bookkeeping, response
// validation with zod/mini, typed errors) versus raw `fetch` + `JSON.parse` of the same request,
// against the same in-process sandbox in the same run.
// Calls per second are counted per CPU-second of this process (client and sandbox share it):
// that is the throughput with a core to itself, and it stays meaningful on a busy machine where
// wall-clock rates swing with other processes (both are printed). The sandbox's own time (PGlite)
// dominates and drifts, so the two alternate in many short windows (A B B A …) and the ratio is
// the median of the ratios of adjacent windows.
// Goal: the client keeps ≥ 85 % of raw throughput.
// Run: node --conditions=source --import tsx bench/client.bench.ts
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { createClient, createServerClient } from '@jiagong/client';
import { startSandbox } from '@jiagong/sandbox';

const GOAL_RATIO = 0.85;
const ROUNDS = Number(process.env.JG_BENCH_ROUNDS ?? 16);
const ROUND_MS = Number(process.env.JG_BENCH_ROUND_MS ?? 400);
const CONCURRENCY = 8;

interface Scenario {
  name: string;
  path: string;
  credential: string;
  client: () => Promise<unknown>;
}

interface Window {
  calls: number;
  /** CPU seconds this process used (user + system). */
  cpu: number;
  wall: number;
}

/** Calls `call` from CONCURRENCY loops for `ms`. */
async function drive(call: () => Promise<unknown>, ms: number): Promise<Window> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const until = start + ms;
  let calls = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await call();
        calls++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuStart);
  return { calls, cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - start) / 1000 };
}

const add = (a: Window, b: Window): Window => ({
  calls: a.calls + b.calls,
  cpu: a.cpu + b.cpu,
  wall: a.wall + b.wall,
});

async function main() {
  const sandbox = await startSandbox({ port: 0, memory: true, quiet: true });
  try {
    const admin = createServerClient({ baseUrl: sandbox.url, secretKey: SANDBOX_SECRET_KEY });
    const { token } = await admin.sessions.create({ memberId: 'm_1001' });
    const client = createClient({
      baseUrl: sandbox.url,
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
      getSessionToken: () => token,
    });
    const scenarios: Scenario[] = [
      {
        name: 'services.list',
        path: '/v1/services',
        credential: SANDBOX_PUBLISHABLE_KEY,
        client: () => client.services.list(),
      },
      {
        name: 'me.card.get',
        path: '/v1/me/card',
        credential: token,
        client: () => client.me.card.get(),
      },
      {
        name: 'mall.products.list (20 products)',
        path: '/v1/mall/products?limit=20',
        credential: SANDBOX_PUBLISHABLE_KEY,
        client: () => client.mall.products.list({ limit: 20 }),
      },
    ];

    const rows = [];
    for (const scenario of scenarios) {
      const headers = {
        authorization: `Bearer ${scenario.credential}`,
        accept: 'application/json',
        'accept-language': 'zh-CN',
      };
      const raw = async () => {
        const response = await fetch(sandbox.url + scenario.path, { headers });
        return JSON.parse(await response.text()) as unknown;
      };
      // Warm both paths (JIT, connection pool, server caches).
      await drive(raw, 300);
      await drive(scenario.client, 300);
      let rawTotal: Window = { calls: 0, cpu: 0, wall: 0 };
      let clientTotal: Window = { calls: 0, cpu: 0, wall: 0 };
      const ratios: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // A B, then B A: a drift of the server's speed favours neither.
        const [first, second] = round % 2 ? [scenario.client, raw] : [raw, scenario.client];
        const a = await drive(first, ROUND_MS);
        const b = await drive(second, ROUND_MS);
        const [rawRound, clientRound] = round % 2 ? [b, a] : [a, b];
        rawTotal = add(rawTotal, rawRound);
        clientTotal = add(clientTotal, clientRound);
        ratios.push(clientRound.calls / clientRound.cpu / (rawRound.calls / rawRound.cpu));
      }
      const rawRate = Math.round(rawTotal.calls / rawTotal.cpu);
      const clientRate = Math.round(clientTotal.calls / clientTotal.cpu);
      ratios.sort((x, y) => x - y);
      const median = (ratios[(ratios.length - 1) >> 1]! + ratios[ratios.length >> 1]!) / 2;
      const ratio = Number(median.toFixed(3));
      const wall = (w: Window) => Math.round(w.calls / w.wall);
      console.log(
        `${scenario.name}: client ${clientRate}, raw fetch + JSON.parse ${rawRate} calls per ` +
          `CPU-second: ${(ratio * 100).toFixed(1)} % (goal ≥ ${GOAL_RATIO * 100} %) ` +
          `${ratio >= GOAL_RATIO ? 'ok' : 'UNDER GOAL'}; wall clock ${wall(clientTotal)} vs ` +
          `${wall(rawTotal)} calls/s`,
      );
      rows.push({
        name: `client ${scenario.name}`,
        value: clientRate,
        unit: 'calls per CPU-second',
        baseline: `raw fetch + JSON.parse ${scenario.name}`,
        baselineValue: rawRate,
        ratio,
        goal: { minRatio: GOAL_RATIO, text: `≥ ${GOAL_RATIO * 100} % of raw throughput` },
      });
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ group: 'client', rows })}`);
  } finally {
    await sandbox.close();
  }
}

await main();
