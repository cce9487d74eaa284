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
const ROUNDS = Number(process.env.JG_BENCH_ROUNDS ?? 12);
const ROUND_MS = Number(process.env.JG_BENCH_ROUND_MS ?? 400);
const CONCURRENCY = 8;

interface Scenario {
  name: string;
  path: string;
  credential: string;
  client: () => PromiseLike<unknown>;
}

interface Window {
  calls: number;
  /** CPU seconds this process used (user + system). */
  cpu: number;
  wall: number;
}

/** Calls `call` from CONCURRENCY loops for `ms`. */
async function drive(call: () => PromiseLike<unknown>, ms: number): Promise<Window> {
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
      const url = sandbox.url + scenario.path;
      const headers = {
        authorization: `Bearer ${scenario.credential}`,
        accept: 'application/json',
        'accept-language': 'zh-CN',
      };
      const arms = {
        raw: async () => JSON.parse(await (await fetch(url, { headers })).text()) as unknown,
        // What any fetch with a timeout or abort pays: in Node, undici follows the Request's
        // AbortSignal (ky attaches one to every request for its timeout).
        rawWithSignal: async () => {
          const request = new Request(url, { headers, signal: new AbortController().signal });
          return JSON.parse(await (await fetch(request)).text()) as unknown;
        },
        client: scenario.client,
      };
      const names = Object.keys(arms) as (keyof typeof arms)[];
      // Warm every path (JIT, connection pool, server caches).
      for (const name of names) await drive(arms[name], 300);
      const totals = Object.fromEntries(
        names.map((name) => [name, { calls: 0, cpu: 0, wall: 0 }]),
      ) as Record<keyof typeof arms, Window>;
      const ratios: Record<'raw' | 'rawWithSignal', number[]> = { raw: [], rawWithSignal: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // A B C, then C B A: a drift of the server's speed favours none.
        const order = round % 2 ? [...names].reverse() : names;
        const windows = {} as Record<keyof typeof arms, Window>;
        for (const name of order) windows[name] = await drive(arms[name], ROUND_MS);
        for (const name of names) totals[name] = add(totals[name], windows[name]);
        const rate = (w: Window) => w.calls / w.cpu;
        ratios.raw.push(rate(windows.client) / rate(windows.raw));
        ratios.rawWithSignal.push(rate(windows.client) / rate(windows.rawWithSignal));
      }
      const rate = (w: Window) => Math.round(w.calls / w.cpu);
      const wall = (w: Window) => Math.round(w.calls / w.wall);
      const median = (values: number[]) => {
        const sorted = [...values].sort((x, y) => x - y);
        const mid = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
        return Number(mid.toFixed(3));
      };
      const ratio = median(ratios.raw);
      const ratioWithSignal = median(ratios.rawWithSignal);
      console.log(
        `${scenario.name}: client ${rate(totals.client)}, raw fetch + JSON.parse ` +
          `${rate(totals.raw)} calls per CPU-second: ${(ratio * 100).toFixed(1)} % ` +
          `(goal ≥ ${GOAL_RATIO * 100} %) ${ratio >= GOAL_RATIO ? 'ok' : 'UNDER GOAL'}; ` +
          `vs fetch with an AbortSignal ${(ratioWithSignal * 100).toFixed(1)} %; wall clock ` +
          `${wall(totals.client)} vs ${wall(totals.raw)} calls/s`,
      );
      rows.push(
        {
          name: `client ${scenario.name}`,
          value: rate(totals.client),
          unit: 'calls per CPU-second',
          baseline: `raw fetch + JSON.parse ${scenario.name}`,
          baselineValue: rate(totals.raw),
          ratio,
          goal: { minRatio: GOAL_RATIO, text: `≥ ${GOAL_RATIO * 100} % of raw throughput` },
        },
        {
          name: `client ${scenario.name}`,
          value: rate(totals.client),
          unit: 'calls per CPU-second',
          baseline: `fetch(Request with AbortSignal) + JSON.parse ${scenario.name}`,
          baselineValue: rate(totals.rawWithSignal),
          ratio: ratioWithSignal,
        },
      );
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ group: 'client', rows })}`);
  } finally {
    await sandbox.close();
  }
}

await main();
