// The points-mall grid with 10,000 products against 100, in headless Chromium, one run:
// - first render: navigation start → first product card on screen;
// - scroll cost: main-thread time (CDP TaskDuration) per step of the same 20-step scroll sweep
//   once every product is loaded (median step);
// - DOM size: the most elements the grid's shadow root held during the sweep.
// Goal: 10,000 products cost at most 1.5× the time of 100 and a bounded number of DOM nodes.
//
// The page bundles `@jiagong/elements/points-mall` with esbuild and talks to a local stub of the
// catalogue endpoints (contract-shaped products, real cursor pages of 100), so the figures
// measure the grid, not a database. Run: node --conditions=source --import tsx bench/mall-scroll.bench.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HEADLESS_ARGS } from '../scripts/lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SIZES = { baseline: 100, large: 10_000 } as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGE_SIZE = 100;
// 20 × 400 px stays inside the 100-product list (50 rows of 268 px on a phone), so both sizes
// scroll through the same number of fully populated rows.
const SWEEP_STEPS = 20;
const SWEEP_STEP_PX = 400;
const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1 };
const GOAL = 1.5;
/** The grid's shadow root never holds more than this many elements, whatever the list length. */
const MAX_ELEMENTS = 400;

// ---------------------------------------------------------------------------------------------
// Stub API: /n<count>/v1/mall/… serves a catalogue of <count> products.

const categories = ['cat_union', 'cat_food', 'cat_daily', 'cat_digital', 'cat_books', 'cat_travel'];

function product(i: number, origin: string) {
  const id = `prd_${String(i + 1).padStart(5, '0')}`;
  return {
    id,
    categoryId: categories[i % categories.length]!,
    name: `示例商品 ${i + 1} 号 职工专享礼品`,
    summary: '职工专享',
    description: '沙箱演示数据。',
    imageUrl: `${origin}/img/${i % 12}.svg`,
    images: [`${origin}/img/${i % 12}.svg`],
    pointsPrice: 100 + ((i * 37) % 50) * 10,
    cashPriceFen: 0,
    stock: (i * 13) % 200,
    perMemberLimit: i % 3 === 0 ? 2 : null,
    fulfilment: (['delivery', 'pickup', 'virtual'] as const)[i % 3],
    createdAt: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString().replace('Z', '+00:00'),
  };
}

function svg(i: number): string {
  const hue = (Number(i) * 30) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="hsl(${hue} 60% 80%)"/></svg>`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'max-age=3600' });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse, bundle: Uint8Array, origin: string) {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname === '/bench.js') return send(res, 200, 'text/javascript', bundle);
  const img = /^\/img\/(\d+)\.svg$/.exec(url.pathname);
  if (img) return send(res, 200, 'image/svg+xml', svg(Number(img[1])));
  const page = /^\/page\/(\d+)$/.exec(url.pathname);
  if (page) {
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><style>body{margin:0;font-family:sans-serif}</style></head><body>
<jg-mall-product-grid api-base="${origin}/n${page[1]}" publishable-key="pk_test_jiaxing" page-size="${PAGE_SIZE}"></jg-mall-product-grid>
<script type="module" src="/bench.js"></script></body></html>`;
    return send(res, 200, 'text/html; charset=utf-8', html);
  }
  const api = /^\/n(\d+)(\/v1\/.*)$/.exec(url.pathname);
  if (api) {
    const count = Number(api[1]);
    const json = (body: unknown) => send(res, 200, 'application/json', JSON.stringify(body));
    if (api[2] === '/v1/mall/categories') {
      return json({
        data: categories.map((id, i) => ({ id, name: `分类 ${i + 1}`, productCount: count / 6 })),
      });
    }
    if (api[2] === '/v1/mall/products') {
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 20));
      const end = Math.min(count, start + limit);
      const data = [];
      for (let i = start; i < end; i++) data.push(product(i, origin));
      return json({ data, nextCursor: end < count ? String(end) : null });
    }
  }
  send(
    res,
    404,
    'application/json',
    '{"error":{"code":"not_found","message":"not found","requestId":"bench"}}',
  );
}

// ---------------------------------------------------------------------------------------------
// Measurements in the page.

interface Sample {
  firstRenderMs: number;
  loadAllMs: number;
  sweepTaskMs: number;
  maxElements: number;
  loaded: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function measure(browser: Browser, origin: string, count: number): Promise<Sample> {
  const page: Page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  // tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(…)`; the
  // functions below run in the page, serialised, where that helper must exist too.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  page.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`page console: ${message.text()}`);
  });
  if (process.env.BENCH_DEBUG) page.on('request', (r) => console.error('request', r.url()));
  if (process.env.BENCH_DEBUG)
    page.on('requestfinished', (r) => console.error('done', r.url(), r.response()?.status()));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  try {
    await page.goto(`${origin}/page/${count}`, { waitUntil: 'domcontentloaded' });
    await page
      .waitForFunction(
        () =>
          !!document
            .querySelector('jg-mall-product-grid')
            ?.shadowRoot?.querySelector('[part~="product"]'),
        { polling: 'raf', timeout: 60_000 },
      )
      .catch(async (error: unknown) => {
        const state = await page.evaluate(() =>
          document.querySelector('jg-mall-product-grid')?.shadowRoot?.innerHTML.slice(2000, 6000),
        );
        console.error(`the grid did not render products; its shadow root:\n${state}`);
        throw error;
      });
    const firstRenderMs = await page.evaluate(() => performance.now());

    // Scroll to the end until every page is loaded (the grid fetches as the member nears the end).
    const loadStart = Date.now();
    await page.evaluate(async (total: number) => {
      const grid = document.querySelector('jg-mall-product-grid') as HTMLElement & {
        loadedProducts: readonly unknown[];
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let stalled = 0;
      while (grid.loadedProducts.length < total && stalled < 500) {
        const before = grid.loadedProducts.length;
        window.scrollTo(0, document.documentElement.scrollHeight);
        await frame();
        await new Promise((resolve) => setTimeout(resolve, 0));
        stalled = grid.loadedProducts.length === before ? stalled + 1 : 0;
      }
      window.scrollTo(0, 0);
      await frame();
      await frame();
    }, count);
    const loadAllMs = Date.now() - loadStart;
    const loaded = await page.evaluate(
      () =>
        (
          document.querySelector('jg-mall-product-grid') as HTMLElement & {
            loadedProducts: readonly unknown[];
          }
        ).loadedProducts.length,
    );

    const metric = async (name: string) => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return metrics.find((m) => m.name === name)?.value ?? 0;
    };
    // Start both sweeps from a clean heap: loading 100 pages leaves garbage the baseline lacks.
    await cdp.send('HeapProfiler.collectGarbage');
    // Each step's main-thread time on its own; the median ignores a stray GC or image decode.
    const stepMs: number[] = [];
    let maxElements = 0;
    for (let i = 0; i < SWEEP_STEPS; i++) {
      const before = await metric('TaskDuration');
      const elements = await page.evaluate(async (stepPx: number) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        window.scrollBy(0, stepPx);
        await frame();
        await frame();
        return document.querySelector('jg-mall-product-grid')!.shadowRoot!.querySelectorAll('*')
          .length;
      }, SWEEP_STEP_PX);
      stepMs.push(((await metric('TaskDuration')) - before) * 1000);
      maxElements = Math.max(maxElements, elements);
    }
    const sweepTaskMs = median(stepMs);
    return {
      firstRenderMs,
      loadAllMs,
      sweepTaskMs,
      maxElements,
      loaded,
    };
  } finally {
    await page.close();
  }
}

async function main() {
  const built = await esbuild.build({
    stdin: {
      contents: "import '@jiagong/elements/points-mall';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    conditions: ['source'],
    tsconfig: path.join(root, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const bundle = built.outputFiles[0]!.contents;
  console.log(`bundle: ${(bundle.length / 1024).toFixed(1)} KB (minified)`);

  let origin = '';
  const server = createServer((req, res) => handle(req, res, bundle, origin));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...HEADLESS_ARGS, '--disable-dev-shm-usage'],
  });
  try {
    // One warm-up so the first measured run does not pay for a cold browser.
    await measure(browser, origin, SIZES.baseline);
    const samples: Record<keyof typeof SIZES, Sample[]> = { baseline: [], large: [] };
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order so drift (thermal, GC) does not favour one size.
      const order = run % 2 ? (['large', 'baseline'] as const) : (['baseline', 'large'] as const);
      for (const size of order) {
        const sample = await measure(browser, origin, SIZES[size]);
        samples[size].push(sample);
        console.log(
          `${String(SIZES[size]).padStart(6)} products: first render ${sample.firstRenderMs.toFixed(1)} ms, ` +
            `load all ${sample.loadAllMs} ms (${sample.loaded}), scroll ${sample.sweepTaskMs.toFixed(2)} ms/step, ` +
            `${sample.maxElements} elements`,
        );
      }
    }
    const pick = (size: keyof typeof SIZES, key: keyof Sample) =>
      median(samples[size].map((s) => s[key]));
    for (const size of ['baseline', 'large'] as const) {
      const loaded = pick(size, 'loaded');
      if (loaded !== SIZES[size])
        throw new Error(`only ${loaded} of ${SIZES[size]} products loaded`);
    }
    const row = (
      name: string,
      key: keyof Sample,
      unit: string,
      digits: number,
      goal: number | { maxRatio: number; maxValue: number; text: string } = GOAL,
    ) => {
      const value = pick('large', key);
      const baselineValue = pick('baseline', key);
      return {
        name,
        value: Number(value.toFixed(digits)),
        unit,
        baseline: `${SIZES.baseline} products`,
        baselineValue: Number(baselineValue.toFixed(digits)),
        ratio: Number((value / baselineValue).toFixed(3)),
        goal,
      };
    };
    const rows = [
      row(`first render, ${SIZES.large} products`, 'firstRenderMs', 'ms', 1),
      row(`scroll main-thread time per step, ${SIZES.large} products`, 'sweepTaskMs', 'ms', 2),
      row(
        `max elements in the grid while scrolling, ${SIZES.large} products`,
        'maxElements',
        'elements',
        0,
        { maxRatio: GOAL, maxValue: MAX_ELEMENTS, text: `≤ ${GOAL}× and ≤ ${MAX_ELEMENTS}` },
      ),
    ];
    for (const r of rows) {
      const ok = r.ratio <= GOAL && (typeof r.goal === 'number' || r.value <= r.goal.maxValue);
      const goal = typeof r.goal === 'number' ? `≤ ${GOAL}×` : r.goal.text;
      console.log(
        `${r.name}: ${r.value} ${r.unit} vs ${r.baselineValue} (${r.ratio}×, goal ${goal}) ` +
          (ok ? 'ok' : 'OVER GOAL'),
      );
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ group: 'mall-scroll', rows })}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
