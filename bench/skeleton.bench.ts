// Main-thread cost of the loading skeleton on a low-end phone: Chromium with its CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate), six elements in their loading state (three lines each, as
// a bank app's home page with its cards still loading over a slow link), main-thread task time
// over a window (CDP Performance metrics `TaskDuration`), against the same markup shimmering by
// `background-position` (the usual CSS skeleton) in the same run, alternating order.
// Run: node --conditions=source --import tsx bench/skeleton.bench.ts   (BENCH_RUNS, default 3)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, HEADLESS_ARGS } from '../scripts/lib/chromium.mjs';
import { bundleForBrowser } from '../scripts/lib/page-server.js';
import { median } from './support/median.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WINDOW_MS = 1500;
const ELEMENTS = 6;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (/usr/bin/chromium or CHROME_PATH)');
  const bundle = await bundleForBrowser(path.join(here, 'support/skeleton-page.ts'));
  const browser = await puppeteer.launch({ executablePath, headless: true, args: HEADLESS_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await page.setContent('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>');
    await page.addScriptTag({ content: bundle, type: 'module' });
    await page.waitForFunction('globalThis.__jgReady === true');
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    const taskMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    /** Main-thread ms per second while `kind` skeletons are on screen. */
    const measure = async (kind: 'sdk' | 'background') => {
      await page.evaluate(
        (k, n) =>
          (
            globalThis as unknown as { __jgShowSkeletons(k: string, n: number): void }
          ).__jgShowSkeletons(k, n),
        kind,
        ELEMENTS,
      );
      await sleep(300); // past the first render and the animations' start
      const before = await taskMs();
      await sleep(WINDOW_MS);
      return ((await taskMs()) - before) / (WINDOW_MS / 1000);
    };

    const sdk: number[] = [];
    const background: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (run % 2) {
        background.push(await measure('background'));
        sdk.push(await measure('sdk'));
      } else {
        sdk.push(await measure('sdk'));
        background.push(await measure('background'));
      }
      console.log(
        `run ${run + 1}: sdk skeleton ${sdk.at(-1)!.toFixed(1)} ms/s, ` +
          `background-position shimmer ${background.at(-1)!.toFixed(1)} ms/s`,
      );
    }
    const value = median(sdk);
    const baselineValue = median(background);
    const row = {
      name: `loading skeleton, main thread at 4× CPU (${ELEMENTS} elements)`,
      value: Math.round(value * 10) / 10,
      unit: 'ms/s',
      baseline: 'background-position shimmer',
      baselineValue: Math.round(baselineValue * 10) / 10,
      ratio: baselineValue > 0 ? Math.round((value / baselineValue) * 1000) / 1000 : null,
      goal: { maxRatio: 0.25, text: '≤ 0.25× (compositor-only sheen)' },
    };
    console.log(`BENCH_RESULT ${JSON.stringify({ group: 'low-end phone', rows: [row] })}`);
  } finally {
    await browser.close();
  }
}

await main();
