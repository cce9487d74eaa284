// One JS build for every package under packages/* that has src/index.ts: ESM, one output module
// per source module (so bundlers tree-shake per file and per element family), dependencies left
// as imports. Type declarations are emitted by tsc (scripts/build.mjs), not by rollup.
// The CDN bundle gets its own config here later.
import path from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { minifyElementLiterals } from './scripts/lib/minify-literals.mjs';
import { keepUseClient } from './scripts/lib/use-client.mjs';
import { listPackages } from './scripts/lib/workspaces.mjs';

/** Bare specifiers (package names, node: builtins) stay imports; only relative files are built. */
const isExternal = (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');

/** @type {import('rollup').RollupOptions[]} */
export const packageConfigs = listPackages()
  .filter((p) => p.buildable)
  .map((p) => ({
    input: p.entries,
    external: isExternal,
    plugins: [
      keepUseClient(),
      esbuild({
        target: 'es2020',
        tsconfig: 'tsconfig.base.json',
        sourceMap: true,
        loaders: { '.json': 'json' },
      }),
      // Touches only @jiagong/elements' html``/css`` literals (its filter), whatever the package.
      minifyElementLiterals(),
    ],
    output: {
      dir: path.join(p.dir, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: path.join(p.dir, 'src'),
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      // A circular import between our own modules is worth a look but not a failed build.
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  }));

export default packageConfigs;
