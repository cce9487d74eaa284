// Proves the Node test path of `npm test`: node:test + tsx with the `source` condition.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

test('package.json exposes the TypeScript source through the `source` condition', async () => {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, { source?: string }>;
  };
  assert.equal(pkg.exports['.']?.source, './src/index.ts');
});

test('the workspace package resolves to its source under --conditions=source', () => {
  const resolved = import.meta.resolve('@jiagong/contract');
  assert.match(resolved, /\/packages\/contract\/src\/index\.ts$/);
});
