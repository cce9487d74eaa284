// The size budget of the issue: a client with the schemas of one resource family, minified and
// gzipped, including ky and zod/mini, stays within 18 KB. Built the way a partner's bundler would:
// rollup + node-resolve (browser/import conditions) + terser, from our TypeScript source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const BUDGET_BYTES = 18 * 1024;
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Our packages' `sideEffects` flags, by source folder. */
const sideEffectsByFolder = new Map(
  ['contract', 'client'].map((name) => {
    const pkg = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')) as {
      sideEffects?: boolean;
    };
    return [`${root}packages/${name}/src/`, pkg.sideEffects !== false];
  }),
);

/** An entry module given as source text. */
function virtualEntry(code: string): Plugin {
  return {
    name: 'virtual-entry',
    resolveId: (id) => (id === 'entry' ? '\0entry.ts' : null),
    load: (id) => (id === '\0entry.ts' ? code : null),
  };
}

async function measure(entry: string): Promise<{ minified: string; gzip: number }> {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      virtualEntry(entry),
      nodeResolve({
        exportConditions: ['source', 'browser', 'import', 'default'],
        extensions: ['.ts', '.mjs', '.js'],
      }),
      esbuild({ target: 'es2020', tsconfig: `${root}tsconfig.base.json` }),
      // The settings of scripts/lib/bundle-size.ts (elements' budgets, bench/sizes), so a KB
      // here means the same bytes there.
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    treeshake: {
      // The published packages declare `"sideEffects": false`, which bundlers apply to every file
      // of the package. From source, rollup-plugin-esbuild resolves `./x.js` to `./x.ts` itself,
      // so node-resolve never attaches the flag to those files: apply it here as a bundler would.
      moduleSideEffects: (id) => {
        for (const [folder, hasSideEffects] of sideEffectsByFolder) {
          if (id.startsWith(folder)) return hasSideEffects;
        }
        return true;
      },
    },
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const minified = output[0].code;
  return { minified, gzip: gzipSync(minified, { level: 9 }).length };
}

/** A bundle that creates the client of one family and calls it, so nothing is dropped. */
const familyEntry = (group: string, call: string) => `
  import { createClientFor, isApiError } from '@jiagong/client';
  import { ${group} } from '@jiagong/contract';
  const client = createClientFor(${group}, { baseUrl: location.origin, publishableKey: 'pk_test_jiaxing', getSessionToken: () => fetch('/token').then((r) => r.json()) });
  ${call}.then(console.log, (e) => console.error(isApiError(e) ? e.code : e));
`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test(`the card family client (createClientFor + cardEndpoints) is within ${kb(BUDGET_BYTES)} gzip`, async () => {
  const { minified, gzip } = await measure(familyEntry('cardEndpoints', 'client.me.card.get()'));
  // What the budget is spent on: ky alone, and ky + zod/mini + the card schemas without the client.
  const ky = await measure(`import ky from 'ky'; ky.create({}).get('/x').then(console.log);`);
  const floor = await measure(`
    import ky from 'ky';
    import { cardEndpoints, ErrorBody } from '@jiagong/contract';
    const schemas = [...Object.values(cardEndpoints).map((e) => e.response), ErrorBody];
    ky.create({}).get('/x').json().then((x) => console.log(schemas.map((s) => s.safeParse(x))));
  `);
  const breakdown =
    `ky ${kb(ky.gzip)}, + zod/mini and the card schemas ${kb(floor.gzip)}, ` +
    `+ the client ${kb(gzip)}`;
  console.log(`card family: ${kb(minified.length)} minified, ${kb(gzip)} gzip (${breakdown})`);
  // It carries the card's schemas and none of the other families'.
  assert.match(minified, /cardNumberMasked/);
  for (const foreign of ['aprMinPercent', 'pointsTotal', 'regionCode', 'dataCategories']) {
    assert.ok(!minified.includes(foreign), `the card bundle must not contain ${foreign}`);
  }
  assert.ok(
    gzip <= BUDGET_BYTES,
    `${kb(gzip)} gzip is over the ${kb(BUDGET_BYTES)} budget: ${breakdown}`,
  );
});

test('the other families and the full client are measured too', async () => {
  const rows: string[] = [];
  for (const [group, call] of [
    ['catalogueEndpoints', 'client.services.list()'],
    ['mallEndpoints', 'client.mall.products.list()'],
    ['loanEndpoints', 'client.loans.products()'],
  ] as const) {
    const { gzip } = await measure(familyEntry(group, call));
    rows.push(`${group} ${kb(gzip)}`);
  }
  const full = await measure(`
    import { createClient } from '@jiagong/client';
    createClient({ baseUrl: location.origin, publishableKey: 'pk_test_jiaxing' }).services.list().then(console.log);
  `);
  rows.push(`createClient (every family) ${kb(full.gzip)}`);
  console.log(`gzip sizes: ${rows.join(', ')}`);
  assert.ok(full.minified.includes('aprMinPercent'), 'the full client carries every family');
});
