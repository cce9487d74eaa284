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
// English is opt-in (elements ship zh-CN): the family rows exclude it, and its cost has rows of
// its own: what `@jiagong/elements/locales/en` adds to all elements (bundled alone it is empty:
// it only fills in catalogues nothing else reads), all elements + it, and each family + its `en`
// (the ratio against the family alone is what English adds to that entry).
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

/** Families with an English module exported as `@jiagong/elements/<family>/en`. */
function englishModules(): Set<string> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'packages/elements/package.json'), 'utf8'));
  const found = new Set<string>();
  for (const key of Object.keys(pkg.exports as Record<string, unknown>)) {
    const match = /^\.\/([\w-]+)\/en$/.exec(key);
    if (!match || match[1] === 'locales') continue;
    if (existsSync(path.join(root, `packages/elements/src/${match[1]}/en.ts`)))
      found.add(match[1]!);
    else console.log(`@jiagong/elements/${match[1]}/en: skipped, its en.ts does not exist yet`);
  }
  return found;
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

/** What `whole` has beyond `part`, e.g. an English module beyond the entries it translates. */
function added(name: string, whole: Measured, part: Measured): Measured {
  if (whole.gzip === null || part.gzip === null || whole.min === null || part.min === null) {
    return { name, gzip: null, min: null, unavailable: whole.unavailable ?? part.unavailable };
  }
  const gzip = whole.gzip - part.gzip;
  console.log(`${name}: ${formatKb(whole.min - part.min)} min, ${formatKb(gzip)} gzip (${gzip} B)`);
  return { name, gzip, min: whole.min - part.min };
}

function readCss(specifier: string): number {
  return gzipSize(readFileSync(require.resolve(specifier)));
}

const SHOELACE = 'Shoelace card + button + input';
const MATERIAL = 'Material Web outlined text field + filled button';
const ADYEN = 'Adyen Web drop-in core (AdyenCheckout + Dropin) + adyen.css';
const ADYEN_CARD = 'Adyen Web drop-in + Card + adyen.css';
const ALL = 'all Jiagong elements';
const ENGLISH = 'English texts of every family (what @jiagong/elements/locales/en adds to all)';
const ENGLISH_IMPORT = `import '@jiagong/elements/locales/en';`;

async function main(): Promise<void> {
  const families = elementFamilies();
  const englishEntries = englishModules();
  console.log(`element families: ${families.join(', ')}`);

  const ours: Measured[] = [];
  for (const family of families) {
    ours.push(
      await measure(`@jiagong/elements/${family}`, `export * from '@jiagong/elements/${family}';`),
    );
  }
  const allCode = families.map((family) => `export * from '@jiagong/elements/${family}';`);
  const all = await measure(ALL, allCode.join('\n'));

  const english: { measured: Measured; baseline: Measured }[] = [];
  const allEnglish = await measure(`${ALL} + English`, [...allCode, ENGLISH_IMPORT].join('\n'));
  english.push({ measured: added(ENGLISH, allEnglish, all), baseline: all });
  english.push({ measured: allEnglish, baseline: all });
  for (const [i, family] of families.entries()) {
    if (!englishEntries.has(family)) continue;
    const name = `@jiagong/elements/${family} + its en`;
    const code = `${allCode[i]}\nimport '@jiagong/elements/${family}/en';`;
    english.push({ measured: await measure(name, code), baseline: ours[i]! });
  }

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
    ...english.map(({ measured, baseline }) => row(measured, baseline)),
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
  if ([...ours, all, ...english.map((e) => e.measured)].some((m) => m.unavailable)) {
    process.exitCode = 1;
  }
}

await main();
