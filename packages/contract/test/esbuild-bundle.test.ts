// What a partner whose bundler is esbuild (Angular's application builder, tsup, Bun, esbuild
// itself) ships for the contract. esbuild keeps every export of a namespace that is reached
// through another namespace (zod/mini's `z.core.parse`), so when the contract used `z.core`, the
// card family's client carried all of zod: its JSON Schema code and every locale (95 KB gzip,
// against 13 KB through rollup). The contract imports zod's core by name instead.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

/** esbuild's minified browser bundle of `code`, with the bytes each zod file put in it. */
async function bundle(code: string) {
  const { outputFiles, metafile } = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // Our packages from their sources, as the other tests take them.
    conditions: ['source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.values(metafile.outputs)[0]!.inputs;
  const zodFiles = Object.entries(inputs)
    .filter(([file, { bytesInOutput }]) => file.includes('node_modules/zod/') && bytesInOutput > 0)
    .map(([file]) => file.replace(/.*node_modules\/zod\//, ''));
  return { gzip: gzipSync(outputFiles[0]!.contents).length, zodFiles };
}

describe('an esbuild bundle', () => {
  it("of the card family's client carries zod's parsing only, no locales or JSON Schema", async () => {
    const { gzip, zodFiles } = await bundle(`
      import { createClientFor } from '@jiagong/client';
      import { cardEndpoints } from '@jiagong/contract';
      console.log(createClientFor(cardEndpoints, { baseUrl: '/api', publishableKey: 'pk_test_x' }));
    `);
    assert.deepEqual(
      zodFiles.filter((file) => /locales\/|json-schema|to-json-schema|compile/.test(file)),
      [],
    );
    // 19.5 KB measured (ky 4.7 KB of it); rollup makes 12.7 KB. Before: 95 KB.
    assert.ok(gzip < 30_000, `${gzip} B gzip`);
  });

  it('of the endpoint table alone stays small', async () => {
    const { gzip } = await bundle(
      `import { endpoints } from '@jiagong/contract'; console.log(endpoints);`,
    );
    // 10 KB measured. Before: 85 KB.
    assert.ok(gzip < 20_000, `${gzip} B gzip`);
  });
});
