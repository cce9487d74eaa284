// Size budgets: each element family's entry, bundled with everything it imports (lit, the client,
// zod/mini, lean-qr …), minified and gzipped, must stay under its budget. A partner pays for
// exactly this when they import one family. Family engineers add their row to `budgets`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const rootDir = path.resolve(packageDir, '../..');

interface Budget {
  /** Family folder under src/, i.e. the entry `@jiagong/elements/<entry>`. */
  entry: string;
  budgetKb: number;
}

export const budgets: Budget[] = [
  { entry: 'member-card', budgetKb: 30 },
  { entry: 'service-menu', budgetKb: 25 },
  { entry: 'points-mall', budgetKb: 40 },
  { entry: 'loan-application', budgetKb: 45 },
  // The inputs entry also defines the union picker, which loads the union tree: the client comes along.
  { entry: 'inputs', budgetKb: 50 },
  { entry: 'content', budgetKb: 30 },
];

/** Minified + gzipped bytes of `src/<entry>/index.ts` with all its dependencies inlined. */
export async function measureEntry(entry: string): Promise<{ min: number; gzip: number }> {
  const bundle = await rollup({
    input: path.join(packageDir, 'src', entry, 'index.ts'),
    plugins: [
      nodeResolve({
        exportConditions: ['source', 'browser', 'import', 'default'],
        extensions: ['.ts', '.mjs', '.js'],
      }),
      esbuild({
        target: 'es2020',
        tsconfig: path.join(rootDir, 'tsconfig.base.json'),
        // Lit's production build: no dev-mode warnings, as partners ship it.
        define: { 'process.env.NODE_ENV': '"production"' },
      }),
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (
        ['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'].includes(
          warning.code ?? '',
        )
      )
        return;
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    await bundle.close();
  }
}

describe('bundle size budgets (minified + gzip, all dependencies included)', () => {
  for (const { entry, budgetKb } of budgets) {
    const exists = existsSync(path.join(packageDir, 'src', entry, 'index.ts'));
    it(
      `@jiagong/elements/${entry} ≤ ${budgetKb} KB`,
      { skip: exists ? false : `src/${entry}/index.ts does not exist yet`, timeout: 120_000 },
      async () => {
        const { min, gzip } = await measureEntry(entry);
        const kb = (bytes: number) => (bytes / 1024).toFixed(1);
        console.log(`# ${entry}: ${kb(min)} KB min, ${kb(gzip)} KB gzip (budget ${budgetKb} KB)`);
        assert.ok(
          gzip <= budgetKb * 1024,
          `${entry} is ${kb(gzip)} KB gzip, over its ${budgetKb} KB budget`,
        );
      },
    );
  }
});
