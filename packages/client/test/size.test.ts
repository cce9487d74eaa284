// The size budget of the issue: a client with the schemas of one resource family, minified and
// gzipped, including ky and zod/mini, stays within 18 KB. Built the way a partner's bundler would
// (scripts/lib/bundle-size.ts): rollup + node-resolve (browser/import conditions) + esbuild +
// terser from our TypeScript source, our packages' `sideEffects: false` applied, gzip level 9.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundleSize } from '../../../scripts/lib/bundle-size.js';

const BUDGET_BYTES = 18 * 1024;
/** The ky this package depends on (it may differ from a hoisted copy at the root). */
const KY = fileURLToPath(import.meta.resolve('ky'));

/** Shared with bench/sizes.bench.ts and the elements' budgets, so a KB means the same bytes. */
async function measure(code: string): Promise<{ minified: string; gzip: number }> {
  const { code: minified, gzip } = await bundleSize({ code });
  return { minified, gzip };
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
  const ky = await measure(`import ky from '${KY}'; ky.create({}).get('/x').then(console.log);`);
  const floor = await measure(`
    import ky from '${KY}';
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
