// Minified + gzipped size of a bundle, built the way a partner's bundler would: rollup +
// node-resolve (browser/import conditions, our TypeScript through the `source` condition) +
// esbuild + terser, everything inlined into one file, our html``/css`` literals minified as the
// published build does. The size-budget tests and
// bench/sizes.bench.ts share it, so a budget and a benchmark figure always mean the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyElementLiterals } from './minify-literals.mjs';

const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

export interface BundleSize {
  /** Minified bytes. */
  min: number;
  /** Gzipped bytes (level 9) of the minified code. */
  gzip: number;
  /** The minified code, for content checks ("carries no foreign schemas"). */
  code: string;
}

/** What to bundle: a file path, or module source text importing what it measures. */
export type BundleInput = { file: string } | { code: string };

const VIRTUAL = '\0jg-size-entry.ts';

function virtualEntry(code: string): Plugin {
  return {
    name: 'jg-size-entry',
    resolveId: (id) => (id === VIRTUAL ? id : null),
    load: (id) => (id === VIRTUAL ? code : null),
  };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '.*');
  // A pattern without a slash matches a file name in any folder (webpack's rule).
  return new RegExp(glob.includes('/') ? `^${body}$` : `(^|/)${body}$`);
}

type SideEffects = (id: string) => boolean | undefined;

/**
 * Applies our workspace packages' `sideEffects` declarations as a bundler does for published
 * packages. From source, rollup-plugin-esbuild resolves `./x.js` to `./x.ts` itself, so
 * node-resolve never attaches the flag to those files.
 */
function workspaceSideEffects(): SideEffects {
  const packagesDir = path.join(root, 'packages');
  const rules: { dir: string; test: (rel: string) => boolean }[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(packagesDir, entry.name);
    let pkg: { sideEffects?: boolean | string[] };
    try {
      pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof pkg;
    } catch {
      continue;
    }
    const declared = pkg.sideEffects;
    if (declared === undefined || declared === true) continue;
    const patterns = declared === false ? [] : declared.map(globToRegExp);
    rules.push({ dir: dir + path.sep, test: (rel) => patterns.some((re) => re.test(rel)) });
  }
  return (id) => {
    const rule = rules.find((r) => id.startsWith(r.dir));
    if (!rule) return undefined;
    return rule.test(path.relative(rule.dir, id).split(path.sep).join('/'));
  };
}

/** Minified + gzipped size of `input` with all its dependencies inlined. */
export async function bundleSize(input: BundleInput): Promise<BundleSize> {
  const sideEffects = workspaceSideEffects();
  const bundle = await rollup({
    input: 'file' in input ? input.file : VIRTUAL,
    plugins: [
      ...('code' in input ? [virtualEntry(input.code)] : []),
      nodeResolve({
        exportConditions: ['source', 'browser', 'import', 'default'],
        extensions: ['.ts', '.mjs', '.js'],
        browser: true,
      }),
      esbuild({
        target: 'es2020',
        tsconfig: path.join(root, 'tsconfig.base.json'),
        // Production builds (Lit, Preact …): no dev-mode code, as partners ship it.
        define: { 'process.env.NODE_ENV': '"production"' },
      }),
      // As the published build: our html``/css`` literals minified (scripts/lib/minify-literals.mjs).
      minifyElementLiterals(),
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    treeshake: { moduleSideEffects: (id) => sideEffects(id) ?? true },
    onwarn(warning, warn) {
      const quiet = ['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'];
      if (quiet.includes(warning.code ?? '')) return;
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    return { min: Buffer.byteLength(code), gzip: gzipSize(code), code };
  } finally {
    await bundle.close();
  }
}

/** Gzipped bytes (level 9) of a string or buffer, e.g. a stylesheet shipped beside a bundle. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** `12.3 KB` (1 KB = 1024 bytes). */
export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
