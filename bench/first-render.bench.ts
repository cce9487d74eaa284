// Time to first render of each element against a local in-process sandbox, in headless
// Chromium, versus a plain Lit element that fetches the same JSON with `fetch` and renders its
// strings — same page, same run, alternating order. "First render" = from mounting to the first
// data on screen (skeleton gone), session token included for member elements. The SDK's share is
// what the element adds: the client (auth, validation with zod/mini), context, tasks, templates.
// Elements that fetch nothing on first render (inputs, provider) are listed and skipped.
// Run: node --conditions=source --import tsx bench/first-render.bench.ts   (BENCH_RUNS, default 7)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startSandbox } from '@jiagong/sandbox';
import { findChromium, HEADLESS_ARGS } from '../scripts/lib/chromium.mjs';
import { bundleForBrowser, startPageServer } from '../scripts/lib/page-server.js';
import { median } from './support/median.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script src="/__jg/globals.js"></script><script type="module" src="/page.js"></script>
</head><body></body></html>`;

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (/usr/bin/chromium or CHROME_PATH)');
  const [sandbox, bundle] = await Promise.all([
    startSandbox({ port: 0, memory: true, quiet: true }),
    bundleForBrowser(path.join(here, 'support/first-render-page.ts')),
  ]);
  const server = await startPageServer(sandbox.url);
  server.route('/', { body: HTML, type: 'text/html; charset=utf-8' });
  server.route('/page.js', { body: bundle, type: 'text/javascript' });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: HEADLESS_ARGS });
  try {
    const page = await browser.newPage();
    // tsx's keepNames helper, for functions puppeteer serialises into the page.
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction('globalThis.__jgReady === true', { timeout: 60_000 });
    const flows = (await page.evaluate('globalThis.__jgFlows')) as {
      tag: string;
      member: string | null;
    }[];

    const element = (tag: string) =>
      page.evaluate(
        (t) =>
          (
            globalThis as unknown as {
              __jgMeasureElement(t: string): Promise<{ ms: number; urls: string[] }>;
            }
          ).__jgMeasureElement(t),
        tag,
      );
    const plain = (urls: string[], member: string) =>
      page.evaluate(
        (u, m) =>
          (
            globalThis as unknown as {
              __jgMeasurePlain(u: string[], m: string): Promise<{ ms: number }>;
            }
          ).__jgMeasurePlain(u, m),
        urls,
        member,
      );

    const rows = [];
    const ratios: number[] = [];
    for (const { tag, member } of flows) {
      // Warm-up: defines the element, opens connections, and tells us what it fetches.
      const first = await element(tag);
      const urls = first.urls;
      if (!urls.length || tag === 'jg-provider') {
        console.log(`<${tag}>: fetches nothing on first render, skipped`);
        continue;
      }
      await plain(urls, member ?? '');
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (i % 2 === 0) {
          ours.push((await element(tag)).ms);
          theirs.push((await plain(urls, member ?? '')).ms);
        } else {
          theirs.push((await plain(urls, member ?? '')).ms);
          ours.push((await element(tag)).ms);
        }
      }
      const value = median(ours);
      const baselineValue = median(theirs);
      const ratio = value / baselineValue;
      ratios.push(ratio);
      const paths = urls.map((u) => new URL(u).pathname).join(', ');
      console.log(
        `<${tag}>: ${value.toFixed(1)} ms vs plain fetch ${baselineValue.toFixed(1)} ms (${ratio.toFixed(2)}×) — ${paths}`,
      );
      rows.push({
        name: `<${tag}> first render`,
        value: Number(value.toFixed(1)),
        unit: 'ms',
        baseline: 'plain Lit element + fetch of the same JSON',
        baselineValue: Number(baselineValue.toFixed(1)),
        ratio: Number(ratio.toFixed(3)),
      });
    }
    if (ratios.length) {
      const geomean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
      rows.push({
        name: `every element (geometric mean of ${ratios.length} ratios)`,
        value: null,
        unit: 'ms',
        baseline: 'plain Lit element + fetch of the same JSON',
        baselineValue: null,
        ratio: Number(geomean.toFixed(3)),
      });
      console.log(`geometric mean: ${geomean.toFixed(2)}× the plain element`);
    }
    console.log(`BENCH_RESULT ${JSON.stringify({ group: 'first-render', rows })}`);
  } finally {
    await browser.close();
    await server.close();
    await sandbox.close();
  }
}

await main();
