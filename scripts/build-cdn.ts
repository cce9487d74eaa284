// The CDN build (`npm run build` step `cdn`): dist/cdn/
//   jiagong.js           the loader: a few KB, defines `jg-` elements on demand (packages/elements/src/cdn)
//   chunks/*.js          one entry chunk per element family (zh-CN and English texts) + shared
//                        chunks (lit, the client …), code-split, minified, ES2020,
//                        content-hashed (cache them forever)
//   manifest.json        every file with its Subresource Integrity hash and sizes, and which
//                        chunks each family and tag needs: the loader's hash is sha384 (the one
//                        a page pastes, as srihash.org and jsDelivr give it), each chunk's sha256
//                        (the loader carries them all: 34 hashes of incompressible base64, where
//                        sha256's 44 characters instead of sha384's 64 weigh 600 B less gzip on
//                        every page, and sha256 is as collision-resistant as SRI needs)
// Two rollup passes: the family chunks first, then the loader, whose generated entry embeds the
// chunk names and hashes (they only exist once the chunks are written). A copy goes to
// packages/elements/dist/cdn so the npm package serves it from jsDelivr/unpkg too.
//
//   node --conditions=source --import tsx scripts/build-cdn.ts
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk, type Plugin, type RollupLog } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { minifyElementLiterals } from './lib/minify-literals.mjs';
import {
  elementsDir,
  familyEntry,
  fromRoot,
  presentElements,
  presentFamilies,
} from './lib/families.js';
import type { Family } from '@jiagong/elements/registry';

export const CDN_DIR = fromRoot('dist/cdn');
const LOADER_SRC = path.join(elementsDir, 'src/cdn/loader.ts');
const ENTRY_ID = '\0jiagong-cdn-entry';

const plugins = (): Plugin[] => [
  nodeResolve({
    browser: true,
    // `source`: workspace packages compile from TypeScript; lit's default export is its
    // production build (no `development` condition).
    exportConditions: ['source', 'browser', 'import', 'default'],
    extensions: ['.ts', '.mjs', '.js'],
  }),
  esbuild({
    target: 'es2020',
    // The libraries too (lit's and ky's class fields, `??=`): the chunks are ES2020 as the
    // design says, and the same syntax whichever minifier runs, so what the tests load
    // (JG_FAST_MINIFY) is what partners get.
    exclude: [],
    tsconfig: fromRoot('tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  minifyElementLiterals(),
  // terser squeezes a few % more; esbuild is 4× faster (`npm start` sets JG_FAST_MINIFY).
  !process.env.JG_FAST_MINIFY
    ? terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } })
    : minify({ target: 'es2020', legalComments: 'none' }),
];

function onwarn(warning: RollupLog, warn: (w: RollupLog) => void): void {
  // INVALID_ANNOTATION: zod's source has comments rollup cannot place; harmless, and not ours.
  const quiet = ['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'];
  if (warning.code && quiet.includes(warning.code)) return;
  warn(warning);
}

const FAMILY_ID = '\0jiagong-cdn-family:';

/**
 * A family's CDN entry: its npm entry plus its English texts (`<family>/en.ts`), or the shared
 * ones (`internal/en.ts`) for a family without texts of its own (the provider).
 * npm users opt in to English per import; a page using the CDN has no build step to add one, and
 * must still switch with `locale="en"`, so its chunks carry both languages. The provider needs
 * the shared English too: it resolves its locale as soon as its chunk runs, often before the
 * chunks of the elements inside it arrive, and without it warned that English was not loaded.
 */
function familyEntries(): Plugin {
  return {
    name: 'jiagong-cdn-family',
    resolveId: (id) => (id.startsWith(FAMILY_ID) ? id : null),
    load: (id) => {
      if (!id.startsWith(FAMILY_ID)) return null;
      const entry = familyEntry(id.slice(FAMILY_ID.length) as Family);
      const own = path.join(path.dirname(entry), 'en.ts');
      const english = existsSync(own) ? own : path.join(elementsDir, 'src/internal/en.ts');
      return [`export * from ${JSON.stringify(entry)};`, `import ${JSON.stringify(english)};`].join(
        '\n',
      );
    },
  };
}

const elementsVersion = (): string =>
  (JSON.parse(readFileSync(path.join(elementsDir, 'package.json'), 'utf8')) as { version: string })
    .version;

export const sri = (code: string | Uint8Array, algorithm: 'sha256' | 'sha384'): string =>
  `${algorithm}-${createHash(algorithm).update(code).digest('base64')}`;

interface FileInfo {
  integrity: string;
  bytes: number;
  gzipBytes: number;
}

const describe = (code: string, algorithm: 'sha256' | 'sha384' = 'sha256'): FileInfo => ({
  integrity: sri(code, algorithm),
  bytes: Buffer.byteLength(code),
  gzipBytes: gzipSync(code, { level: 9 }).length,
});

/**
 * The chunks a chunk needs, transitively: with `dynamic`, also those it may `import()` later
 * (and their imports). The loader preloads all of them with their integrity hash, so every
 * byte a family can ever run is checked, not only its static graph.
 */
function closure(name: string, byName: Map<string, OutputChunk>, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = byName.get(file);
    for (const dep of [
      ...(chunk?.imports ?? []),
      ...(dynamic ? (chunk?.dynamicImports ?? []) : []),
    ]) {
      if (seen.has(dep) || dep === name) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(name);
  return [...seen];
}

export async function buildCdn(): Promise<void> {
  const families = presentFamilies();
  if (!families.length) {
    console.log('No element family exists yet; no CDN build.');
    return;
  }
  // Built next to dist/cdn and swapped in at the end: a failed build leaves the last good one,
  // and a server reading dist/cdn never sees a half-written bundle.
  const out = `${CDN_DIR}.next`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // Pass 1: the family chunks.
  const chunkBundle = await rollup({
    input: Object.fromEntries(families.map((f) => [f, `${FAMILY_ID}${f}`])),
    plugins: [familyEntries(), ...plugins()],
    onwarn,
    // The family entries define elements when they run: that is their job.
    treeshake: { moduleSideEffects: true },
  });
  const { output } = await chunkBundle.write({
    dir: out,
    format: 'es',
    entryFileNames: 'chunks/[name]-[hash].js',
    // A shared chunk may be named after a family's virtual entry module: the family's name.
    chunkFileNames: ({ name }) => `chunks/${name.replace(/^_jiagong-cdn-family_/, '')}-[hash].js`,
    minifyInternalExports: true,
    experimentalMinChunkSize: 600,
  });
  await chunkBundle.close();

  const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const files = chunks.map((c) => c.fileName).sort();
  const info = new Map(files.map((f) => [f, describe(byName.get(f)!.code)]));
  const familyFiles: Record<string, string[]> = {};
  const lazyFiles: Record<string, string[]> = {};
  for (const family of families) {
    const entry = chunks.find((c) => c.isEntry && c.name === family);
    if (!entry) throw new Error(`no entry chunk for ${family}`);
    const needed = closure(entry.fileName, byName, false).sort();
    familyFiles[family] = [entry.fileName, ...needed];
    lazyFiles[family] = closure(entry.fileName, byName, true)
      .filter((f) => !needed.includes(f))
      .sort();
  }
  const tags = Object.fromEntries(presentElements().map((e) => [e.tag, e.entry]));

  // Pass 2: the loader, with the chunk table baked in.
  const config = {
    version: elementsVersion(),
    chunks: files.map((f) => [f, info.get(f)!.integrity]),
    families: Object.fromEntries(
      Object.entries(familyFiles).map(([family, list]) => [
        family,
        [...list, ...lazyFiles[family]!].map((f) => files.indexOf(f)),
      ]),
    ),
    tags,
  };
  const entryPlugin: Plugin = {
    name: 'jiagong-cdn-entry',
    resolveId: (id) => (id === ENTRY_ID ? id : null),
    load: (id) =>
      id === ENTRY_ID
        ? [
            `import { start } from ${JSON.stringify(LOADER_SRC)};`,
            `export { load, whenDefined, knownTags } from ${JSON.stringify(LOADER_SRC)};`,
            `start({ base: import.meta.url, ...${JSON.stringify(config)} });`,
          ].join('\n')
        : null,
  };
  const loaderBundle = await rollup({
    input: ENTRY_ID,
    plugins: [entryPlugin, ...plugins()],
    onwarn,
  });
  const { output: loaderOutput } = await loaderBundle.write({
    file: path.join(out, 'jiagong.js'),
    format: 'es',
  });
  await loaderBundle.close();
  const loaderChunk = loaderOutput.find((o): o is OutputChunk => o.type === 'chunk')!;
  if (loaderChunk.imports.length || loaderChunk.dynamicImports.length) {
    throw new Error('the loader must not import anything statically: it would not stay small');
  }

  const version = elementsVersion();
  const manifest = {
    name: '@jiagong/elements',
    version,
    loader: { file: 'jiagong.js', ...describe(loaderChunk.code, 'sha384') },
    chunks: Object.fromEntries(files.map((f) => [f, info.get(f)])),
    families: Object.fromEntries(
      families.map((family) => {
        const [entry, ...imports] = familyFiles[family]!;
        return [
          family,
          {
            entry,
            imports,
            lazy: lazyFiles[family],
            tags: Object.keys(tags).filter((t) => tags[t] === family),
            gzipBytes: familyFiles[family]!.reduce((sum, f) => sum + info.get(f)!.gzipBytes, 0),
          },
        ];
      }),
    ),
  };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const previous = `${CDN_DIR}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(CDN_DIR)) renameSync(CDN_DIR, previous);
  renameSync(out, CDN_DIR);
  rmSync(previous, { recursive: true, force: true });

  // The npm package carries the same files, so `…/@jiagong/elements/dist/cdn/jiagong.js` works.
  const packageCdn = path.join(elementsDir, 'dist/cdn');
  rmSync(packageCdn, { recursive: true, force: true });
  cpSync(CDN_DIR, packageCdn, { recursive: true });

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `loader jiagong.js: ${kb(manifest.loader.bytes)} min, ${kb(manifest.loader.gzipBytes)} gzip`,
  );
  for (const [family, f] of Object.entries(manifest.families)) {
    console.log(
      `  ${family.padEnd(17)} ${f.tags.join(', ')}  (${kb(f.gzipBytes)} gzip with imports)`,
    );
  }
  console.log(
    `${files.length} chunks in dist/cdn/chunks, manifest.json with SRI (loader sha384, chunks sha256)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  await buildCdn();
}
