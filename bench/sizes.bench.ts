// Bundle sizes (minified + gzip, every dependency inlined) of each element family entry and of
// all families together, beside comparable widgets of peer libraries bundled by the same rollup
// config (scripts/lib/bundle-size.ts) in the same run:
//   Shoelace card + button + input   generic Lit widgets, the same base library as ours
//   Material Web outlined text field + filled button   Google's Lit form widgets
//   Adyen Web drop-in core (AdyenCheckout + Dropin, + Card)   an embeddable partner checkout SDK;
//                                    its stylesheet (adyen.css) is counted too: ours is in the JS
// Goal: all Jiagong elements together ≤ 70 KB gzip and well below (≤ 0.6×) Adyen's drop-in as a
// partner ships it: the drop-in core cannot take a payment without at least one payment method,
// so the goal's baseline is drop-in + Card; the bare core is reported beside it.
// Families whose entry file does not exist yet are listed and skipped.
// Run: node --conditions=source --import tsx bench/sizes.bench.ts
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize, formatKb, gzipSize } from '../scripts/lib/bundle-size.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const GOAL_ALL_KB = 70;
const GOAL_VS_ADYEN = 0.6;

interface Measured {
  name: string;
  gzip: number | null;
  min: number | null;
  /** Why it could not be measured. */
  unavailable?: string;
}

/** Family entries: `exports` keys of @jiagong/elements whose `source` is `./src/<family>/index.ts`. */
function elementFamilies(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'packages/elements/package.json'), 'utf8'));
  const families: string[] = [];
  for (const [key, value] of Object.entries(pkg.exports as Record<string, unknown>)) {
    const source = (value as { source?: unknown } | null)?.source;
    if (typeof source !== 'string') continue;
    const match = /^\.\/src\/([\w-]+)\/index\.ts$/.exec(source);
    if (!match || key !== `./${match[1]}`) continue;
    if (existsSync(path.join(root, 'packages/elements', source))) families.push(match[1]!);
    else console.log(`@jiagong/elements/${match[1]}: skipped, ${source} does not exist yet`);
  }
  return families;
}

async function measure(name: string, code: string, extraGzip = 0): Promise<Measured> {
  const started = performance.now();
  try {
    const { min, gzip } = await bundleSize({ code });
    const ms = (performance.now() - started).toFixed(0);
    const extra = extraGzip ? ` + ${formatKb(extraGzip)} CSS` : '';
    console.log(`${name}: ${formatKb(min)} min, ${formatKb(gzip)} gzip${extra} (${ms} ms)`);
    return { name, min, gzip: gzip + extraGzip };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.log(`${name}: unavailable: ${reason}`);
    return { name, min: null, gzip: null, unavailable: reason };
  }
}

function readCss(specifier: string): number {
  return gzipSize(readFileSync(require.resolve(specifier)));
}

const SHOELACE = 'Shoelace card + button + input';
const MATERIAL = 'Material Web outlined text field + filled button';
const ADYEN = 'Adyen Web drop-in core (AdyenCheckout + Dropin) + adyen.css';
const ADYEN_CARD = 'Adyen Web drop-in + Card + adyen.css';
const ALL = 'all Jiagong elements';

async function main(): Promise<void> {
  const families = elementFamilies();
  console.log(`element families: ${families.join(', ')}`);

  const ours: Measured[] = [];
  for (const family of families) {
    ours.push(
      await measure(`@jiagong/elements/${family}`, `export * from '@jiagong/elements/${family}';`),
    );
  }
  const all = await measure(
    ALL,
    families.map((family) => `export * from '@jiagong/elements/${family}';`).join('\n'),
  );

  let adyenCss = 0;
  let adyenCssError: string | undefined;
  try {
    adyenCss = readCss('@adyen/adyen-web/styles/adyen.css');
  } catch (error) {
    adyenCssError = String(error);
  }
  const sl = '@shoelace-style/shoelace/dist/components';
  const peers = {
    shoelace: await measure(
      SHOELACE,
      ['card/card', 'button/button', 'input/input'].map((c) => `import '${sl}/${c}.js';`).join(''),
    ),
    material: await measure(
      MATERIAL,
      `import '@material/web/textfield/outlined-text-field.js';
       import '@material/web/button/filled-button.js';`,
    ),
    adyen: adyenCssError
      ? { name: ADYEN, gzip: null, min: null, unavailable: `adyen.css: ${adyenCssError}` }
      : await measure(ADYEN, `export { AdyenCheckout, Dropin } from '@adyen/adyen-web';`, adyenCss),
    adyenCard: adyenCssError
      ? { name: ADYEN_CARD, gzip: null, min: null, unavailable: `adyen.css: ${adyenCssError}` }
      : await measure(
          ADYEN_CARD,
          `export { AdyenCheckout, Dropin, Card } from '@adyen/adyen-web';`,
          adyenCss,
        ),
  };

  const kb = (bytes: number | null) => (bytes === null ? null : Number((bytes / 1024).toFixed(2)));
  const ratio = (a: Measured, b: Measured) =>
    a.gzip === null || b.gzip === null ? null : Number((a.gzip / b.gzip).toFixed(3));
  const row = (m: Measured, baseline: Measured, goal?: unknown) => ({
    name: m.unavailable ? `${m.name} (unavailable: ${m.unavailable})` : m.name,
    value: kb(m.gzip),
    unit: 'KB gzip',
    baseline: baseline.unavailable ? `${baseline.name} (unavailable)` : baseline.name,
    baselineValue: kb(baseline.gzip),
    ratio: ratio(m, baseline),
    ...(goal === undefined ? {} : { goal }),
  });

  const rows = [
    ...ours.map((m) =>
      row(
        m,
        m.name.endsWith('/inputs') && !peers.material.unavailable ? peers.material : peers.shoelace,
      ),
    ),
    row(all, peers.adyenCard, {
      maxValue: GOAL_ALL_KB,
      maxRatio: GOAL_VS_ADYEN,
      text: `≤ ${GOAL_ALL_KB} KB and ≤ ${GOAL_VS_ADYEN}× Adyen`,
    }),
    row(all, peers.adyen),
    row(all, peers.shoelace),
    row(peers.shoelace, all),
    row(peers.material, all),
    row(peers.adyen, all),
    row(peers.adyenCard, all),
  ];

  if (all.gzip !== null) {
    const allKb = all.gzip / 1024;
    const vsAdyen = ratio(all, peers.adyenCard);
    const ok = allKb <= GOAL_ALL_KB && (vsAdyen === null || vsAdyen <= GOAL_VS_ADYEN);
    console.log(
      `${ALL}: ${allKb.toFixed(1)} KB gzip, ${vsAdyen ?? 'n/a'}× Adyen drop-in + Card ` +
        `(goal ≤ ${GOAL_ALL_KB} KB, ≤ ${GOAL_VS_ADYEN}×) ${ok ? 'ok' : 'OVER GOAL'}`,
    );
  }
  console.log(`BENCH_RESULT ${JSON.stringify({ group: 'sizes', rows })}`);
  // Our own entries must measure; an unavailable peer is reported, not fatal.
  if (ours.some((m) => m.unavailable) || all.unavailable) process.exitCode = 1;
}

await main();
