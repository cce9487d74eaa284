// What npm consumers receive: each published package as `npm pack` makes it, checked the way
// partners' tools read it. publint (package.json against the files shipped), attw's core (every
// entry point resolves to JavaScript and its types under TypeScript's node10, node16 and bundler
// resolution), every export condition pointing at a shipped file (the monorepo's `source` one
// too: a partner whose bundler or TypeScript uses a `source` condition resolves it), esbuild
// keeping each element entry's customElements.define under `sideEffects` and only that entry,
// no machine paths or secrets, and the metadata npmjs.com shows.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Metafile } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { presentElements, presentFamilies, root } from '../scripts/lib/families.js';
import {
  packedManifest,
  packedPackages,
  readPacked,
  unpackAll,
  type PackedPackage,
} from './support/tarballs.js';

interface Manifest {
  name: string;
  description?: string;
  keywords?: string[];
  author?: unknown;
  license?: string;
  type?: string;
  engines?: { node?: string };
  main?: string;
  types?: string;
  exports: Record<string, string | Record<string, string>>;
  typesVersions?: Record<string, Record<string, string[]>>;
  sideEffects?: boolean | string[];
  customElements?: string;
  bin?: Record<string, string>;
}

let packages: PackedPackage[] = [];
// Inside the repository, so the unpacked packages' third-party dependencies (lit, zod …) resolve
// from its node_modules as they would from a partner's.
const consumer = path.join(root, 'node_modules/.cache', `jg-packaging-${process.pid}`);

before(async () => {
  packages = await packedPackages();
  rmSync(consumer, { recursive: true, force: true });
  unpackAll(packages, path.join(consumer, 'node_modules'));
});

after(() => rmSync(consumer, { recursive: true, force: true }));

const manifestOf = (pkg: PackedPackage) => packedManifest(pkg) as unknown as Manifest;
const unpacked = (pkg: PackedPackage, file = '') =>
  path.join(consumer, 'node_modules', pkg.name, file);

/**
 * attw problems we accept, each for a reason:
 * - CJSResolvesToESM: the packages are ESM only (`type: module`, no `require` condition). Node
 *   20.19+ `require()`s them; older CommonJS uses `import()` (the client README says so).
 */
const ACCEPTED_ATTW = new Set(['CJSResolvesToESM']);

describe('the packed packages, as consumers resolve them', { timeout: 300_000 }, () => {
  it('publint (strict) finds nothing', async () => {
    const found: string[] = [];
    for (const pkg of packages) {
      const bytes = readFileSync(pkg.file);
      const { messages, pkg: json } = await publint({
        pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
        strict: true,
      });
      for (const m of messages) found.push(`${pkg.name}: ${m.type} ${formatMessage(m, json)}`);
    }
    assert.deepEqual(found, []);
  });

  it('attw: every entry point has JavaScript and types under node10, node16 and bundler', async () => {
    const found: string[] = [];
    for (const pkg of packages) {
      const result = await checkPackage(
        createPackageFromTarballData(new Uint8Array(readFileSync(pkg.file))),
      );
      assert.ok(result.types, `${pkg.name} has no types`);
      const manifest = manifestOf(pkg);
      const subpaths = Object.keys(manifest.exports).filter((k) => !k.endsWith('.json'));
      assert.deepEqual(
        Object.keys(result.entrypoints)
          .filter((k) => !k.endsWith('.json'))
          .sort(),
        subpaths.sort(),
      );
      for (const p of result.problems) {
        if (ACCEPTED_ATTW.has(p.kind)) continue;
        const where = 'entrypoint' in p ? ` ${p.entrypoint} (${p.resolutionKind})` : '';
        // node10 ignores `exports`: a subpath's types come from package.json's typesVersions.
        const hint =
          p.kind === 'NoResolution' && p.resolutionKind === 'node10'
            ? ' (add the subpath to typesVersions)'
            : '';
        found.push(`${pkg.name}: ${p.kind}${where}${hint}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('packing leaves package.json as it was (prepack rewrites it for the tarball only)', () => {
    for (const pkg of packages) {
      const repo = readFileSync(path.join(root, 'packages', pkg.folder, 'package.json'), 'utf8');
      assert.equal(readFileSync(path.join(pkg.packedFrom, 'package.json'), 'utf8'), repo);
      assert.ok(!existsSync(path.join(pkg.packedFrom, '.package.json.orig')), pkg.name);
    }
  });

  it('every export condition points at a file the tarball ships', () => {
    for (const pkg of packages) {
      const files = new Set(pkg.files);
      const manifest = manifestOf(pkg);
      for (const [subpath, value] of Object.entries(manifest.exports)) {
        const targets = typeof value === 'string' ? { default: value } : value;
        const conditions = Object.keys(targets);
        assert.equal(conditions.at(-1), 'default', `${pkg.name} ${subpath}: default comes last`);
        if ('types' in targets)
          assert.equal(conditions[0], 'types', `${pkg.name} ${subpath}: types comes first`);
        for (const [condition, target] of Object.entries(targets)) {
          assert.ok(
            files.has(target.replace(/^\.\//, '')),
            `${pkg.name} exports ${subpath} under "${condition}" → ${target}, not in the tarball`,
          );
        }
      }
      for (const field of ['main', 'types', 'customElements'] as const) {
        const target = manifest[field];
        if (target) assert.ok(files.has(target.replace(/^\.\//, '')), `${pkg.name} ${field}`);
      }
      for (const target of Object.values(manifest.bin ?? {})) {
        assert.ok(files.has(target), `${pkg.name} bin ${target}`);
        // `npm publish` rewrites a `./` bin path and warns that the bin "was invalid and removed".
        assert.doesNotMatch(target, /^\.\//, `${pkg.name} bin ${target}`);
      }
    }
  });

  it('imports, in JavaScript and types, only packages it declares', () => {
    // pnpm (strict node_modules) lets a package resolve only its declared dependencies: an
    // undeclared one fails the bundle (JavaScript) or the partner's tsc (declarations).
    const found: string[] = [];
    for (const pkg of packages) {
      const m = packedManifest(pkg) as {
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      const declared = new Set([
        pkg.name,
        ...Object.keys(m.dependencies ?? {}),
        ...Object.keys(m.peerDependencies ?? {}),
      ]);
      for (const f of pkg.files) {
        // The CDN chunks are self-contained bundles.
        if (!/\.(js|d\.ts)$/.test(f) || f.startsWith('dist/cdn/')) continue;
        const text = readFileSync(unpacked(pkg, f), 'utf8');
        for (const [, spec] of text.matchAll(/(?:\bfrom|\bimport\(?)\s*["']([^"'./][^"']*)["']/g)) {
          if (spec!.startsWith('node:')) continue;
          const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(spec!)![1]!;
          if (!declared.has(name)) found.push(`${pkg.name} ${f} imports ${spec}`);
        }
      }
    }
    assert.deepEqual(found, []);
  });

  it('a consumer bundling with a `source` condition gets the built JavaScript', async () => {
    // Many monorepos (this one too) resolve their own packages to TypeScript with a `source`
    // condition, and their bundler applies it to node_modules as well.
    const entry = path.join(consumer, 'source-condition.js');
    writeFileSync(
      entry,
      packages
        .filter((p) => p.folder !== 'sandbox')
        .map((p) => `export * as ${p.folder} from '${p.name}';\n`)
        .join(''),
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['source'],
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: consumer,
    }).catch((error: { errors?: { text: string }[] }) => {
      throw new Error((error.errors ?? []).map((e) => e.text).join('\n') || String(error));
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      !inputs.some((f) => /@jiagong\/[^/]+\/src\//.test(f)),
      inputs.filter((f) => f.includes('@jiagong')).join('\n'),
    );
  });
});

describe(
  'sideEffects: each element entry keeps its definitions and only them',
  {
    timeout: 300_000,
  },
  () => {
    const elements = presentElements();

    /**
     * esbuild's bundle of `code` from the consumer, split as an app's build splits it: the code a
     * page loads with it (the entry chunk and the chunks it imports statically; lazily imported
     * ones only on use) and what each input put in it.
     */
    async function bundle(
      name: string,
      code: string,
    ): Promise<{ text: string; metafile: Metafile }> {
      const file = path.join(consumer, 'entries', `${name.replace(/\W+/g, '-')}.js`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, code);
      const result = await build({
        entryPoints: [file],
        bundle: true,
        splitting: true,
        outdir: path.join(consumer, 'out', name),
        write: false,
        format: 'esm',
        platform: 'browser',
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: consumer,
      });
      const texts = new Map(
        result.outputFiles.map((f) => [path.relative(consumer, f.path), f.text] as const),
      );
      const loaded = new Set<string>();
      const visit = (out: string) => {
        if (loaded.has(out)) return;
        loaded.add(out);
        for (const i of result.metafile.outputs[out]?.imports ?? [])
          if (i.kind === 'import-statement') visit(i.path);
      };
      // Lazily imported modules are entry points of their own in the metafile: start from ours.
      const entry = path.relative(consumer, file);
      for (const [out, meta] of Object.entries(result.metafile.outputs))
        if (meta.entryPoint === entry) visit(out);
      assert.ok(loaded.size > 0, `no output for ${entry}`);
      return {
        text: [...loaded].map((o) => texts.get(o) ?? '').join('\n'),
        metafile: result.metafile,
      };
    }

    /** esbuild keeps a class as `class X` or `var X = class` (decorated, or renamed in scope). */
    const hasClass = (text: string, className: string) =>
      new RegExp(`\\bclass ${className}\\b|\\b${className} = class\\b`).test(text);

    const elementsPkg = () => packages.find((p) => p.folder === 'elements')!;

    /** Families whose define module `family`'s define module imports (the loan form's union picker). */
    const composed = (family: string): string[] => {
      const define = `dist/${family}/define.js`;
      if (!elementsPkg().files.includes(define)) return [];
      const text = readFileSync(unpacked(elementsPkg(), define), 'utf8');
      return [
        ...text.matchAll(
          /from ["']\.\.\/([\w-]+)\/define\.js["']|import ["']\.\.\/([\w-]+)\/define\.js["']/g,
        ),
      ].map((m) => (m[1] ?? m[2])!);
    };

    for (const family of presentFamilies()) {
      it(`import '@jiagong/elements/${family}' defines its elements, and no other family's`, async () => {
        const { text } = await bundle(family, `import '@jiagong/elements/${family}';\n`);
        const with_ = new Set([family, ...composed(family)]);
        const own = elements.filter((e) => with_.has(e.entry) || with_.has(e.family));
        assert.ok(own.length > 0);
        for (const e of own) {
          assert.ok(text.includes(`"${e.tag}"`), `${e.tag} is not in the bundle`);
          assert.ok(hasClass(text, e.className), `${e.className} was dropped`);
        }
        assert.ok(/customElements\.define\(/.test(text), 'no customElements.define call was kept');
        for (const e of elements) {
          if (!own.includes(e)) assert.ok(!hasClass(text, e.className), `${e.tag} came along`);
        }
      });

      it(`import '@jiagong/elements/${family}/en' keeps its English texts`, async () => {
        if (!(`./${family}/en` in manifestOf(elementsPkg()).exports)) return;
        const { metafile } = await bundle(
          `${family}-en`,
          `import '@jiagong/elements/${family}';\nimport '@jiagong/elements/${family}/en';\n`,
        );
        const en = Object.values(metafile.outputs)
          .flatMap((o) => Object.entries(o.inputs))
          .find(([input]) => input.endsWith(`@jiagong/elements/dist/${family}/en.js`));
        assert.ok(en && en[1].bytesInOutput > 0, `dist/${family}/en.js was dropped`);
      });
    }

    it('the package root defines every element', async () => {
      const { text } = await bundle('root', `import '@jiagong/elements';\n`);
      for (const e of elements) assert.ok(hasClass(text, e.className), e.tag);
    });
  },
);

describe('tarball hygiene and metadata', { timeout: 120_000 }, () => {
  it('ships no tests, fixtures of ours, sources, scratch files or local paths', () => {
    for (const pkg of packages) {
      for (const f of pkg.files) {
        assert.doesNotMatch(
          f,
          /(^|\/)(test|tests|__tests__|\.tmp|coverage|node_modules)\/|\.test\.|\.tgz$|^src\/|tsconfig|\.env|\.npmrc/,
          `${pkg.name} ships ${f}`,
        );
      }
      for (const f of pkg.files) {
        const text = readFileSync(unpacked(pkg, f), 'utf8');
        assert.ok(!text.includes(root), `${pkg.name} ${f} names this machine's ${root}`);
        assert.doesNotMatch(text, /sk_live_|-----BEGIN [A-Z ]*PRIVATE KEY/, `${pkg.name} ${f}`);
        // The sandbox's public test secret key belongs to the sandbox and to the contract's
        // documented SANDBOX_SECRET_KEY constant, nowhere a browser bundle draws from.
        if (!['sandbox', 'contract'].includes(pkg.folder))
          assert.ok(!text.includes('sk_test_'), `${pkg.name} ${f} carries the sandbox secret key`);
      }
    }
  });

  it('an installed package packs again (a registry mirror of node_modules)', () => {
    // A bank mirroring its node_modules into an internal registry runs npm pack in each
    // installed package: a prepack left in the tarball's package.json runs
    // ../../scripts/pack-manifest.mjs, which is not there (MODULE_NOT_FOUND).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jg-repack-'));
    try {
      for (const pkg of packages) {
        const scripts = Object.values((packedManifest(pkg).scripts ?? {}) as object);
        assert.deepEqual(
          scripts.filter((s) => String(s).includes('../')),
          [],
          `${pkg.name} scripts`,
        );
        const installed = path.join(dir, pkg.folder);
        mkdirSync(installed);
        execFileSync('tar', ['-xzf', pkg.file, '-C', installed, '--strip-components=1']);
        const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
          cwd: installed,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
          maxBuffer: 64 * 1024 * 1024,
        });
        const [repacked] = JSON.parse(output) as { files: { path: string }[] }[];
        assert.deepEqual(repacked!.files.map((f) => f.path).sort(), [...pkg.files].sort());
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every source map carries its sources (the .ts files are not shipped)', () => {
    for (const pkg of packages) {
      for (const f of pkg.files.filter((x) => x.endsWith('.map'))) {
        const map = JSON.parse(readFileSync(unpacked(pkg, f), 'utf8')) as {
          sources: string[];
          sourcesContent?: (string | null)[];
        };
        map.sources.forEach((source, i) => {
          const shipped = pkg.files.includes(path.posix.join(path.posix.dirname(f), source));
          assert.ok(
            shipped || typeof map.sourcesContent?.[i] === 'string',
            `${pkg.name} ${f} points at ${source}, neither shipped nor embedded`,
          );
          assert.ok(!path.isAbsolute(source), `${pkg.name} ${f}: absolute source ${source}`);
        });
      }
    }
  });

  it("the CDN build in @jiagong/elements matches its manifest's integrity hashes", () => {
    // jsDelivr and unpkg serve these very files: a stale hash fails the page's SRI check.
    const pkg = packages.find((p) => p.folder === 'elements')!;
    const cdn = (file: string) => readFileSync(unpacked(pkg, `dist/cdn/${file}`));
    const sri = (bytes: Buffer, algorithm = 'sha256') =>
      `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
    const manifest = JSON.parse(cdn('manifest.json').toString()) as {
      loader: { file: string; integrity: string };
      chunks: Record<string, { integrity: string }>;
    };
    assert.equal(sri(cdn(manifest.loader.file), 'sha384'), manifest.loader.integrity);
    for (const [file, { integrity }] of Object.entries(manifest.chunks))
      assert.equal(sri(cdn(file)), integrity, `dist/cdn/${file}`);
    const shipped = pkg.files.filter((f) => f.startsWith('dist/cdn/chunks/'));
    assert.deepEqual(
      shipped.map((f) => f.slice('dist/cdn/'.length)).sort(),
      Object.keys(manifest.chunks).sort(),
    );
  });

  it('custom-elements.json names its modules by their path in the package', () => {
    // Tools that follow a superclass or a re-export (API viewers, IDE plugins) look the module
    // up in the package: `/packages/elements/src/…` and `./x.js` lead nowhere there.
    const pkg = packages.find((p) => p.folder === 'elements')!;
    const manifest = readPacked(pkg, 'custom-elements.json').toString();
    const refs = [...manifest.matchAll(/"(?:module|path)": "([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 100);
    const wrong = [...new Set(refs)].filter(
      (ref) =>
        !/^dist\/[\w/.-]+\.js$/.test(ref) ||
        !(pkg.files.includes(ref) || pkg.files.includes(ref.replace(/\.js$/, '.d.ts'))),
    );
    assert.deepEqual(wrong, []);
  });

  it('sizes stay reasonable', () => {
    for (const pkg of packages) {
      for (const f of pkg.files) {
        const size = readFileSync(unpacked(pkg, f)).length;
        assert.ok(size < 1_000_000, `${pkg.name} ${f} is ${size} B`);
      }
      assert.ok(pkg.size < 1_000_000, `${pkg.name} packs to ${pkg.size} B`);
    }
  });

  it('has the metadata npmjs.com and package managers show', () => {
    for (const pkg of packages) {
      const m = manifestOf(pkg);
      assert.equal(m.type, 'module', pkg.name);
      assert.ok(m.description && m.description.length > 30, `${pkg.name} description`);
      assert.ok((m.keywords ?? []).includes('jiagong'), `${pkg.name} keywords`);
      assert.ok(m.author, `${pkg.name} has no author`);
      assert.equal(m.license, 'MIT', pkg.name);
      assert.match(readPacked(pkg, 'LICENSE').toString(), /^MIT License/, pkg.name);
      assert.equal(m.engines?.node, '>=20', `${pkg.name} engines.node`);
      assert.ok(m.sideEffects !== undefined, `${pkg.name} sideEffects`);
    }
    const elements = manifestOf(packages.find((p) => p.folder === 'elements')!);
    assert.equal(elements.customElements, 'custom-elements.json');
  });

  it("each README's first screen has the install command, an example and the docs' path", () => {
    for (const pkg of packages) {
      const firstScreen = readPacked(pkg, 'README.md')
        .toString()
        .split('\n')
        .slice(0, 40)
        .join('\n');
      assert.match(firstScreen, new RegExp(`^# ${pkg.name}\\n`), `${pkg.name} README title`);
      assert.match(
        firstScreen,
        new RegExp(`(npm install|npm i|npx)( -D)? ${pkg.name.replace('/', '\\/')}`),
        `${pkg.name} README: no install command on its first screen`,
      );
      // The example: code using it, or for a command (the sandbox) the command run.
      const hasBin = manifestOf(pkg).bin !== undefined;
      assert.match(
        firstScreen,
        hasBin ? /```sh\nnpx / : /```(ts|tsx|js|html)\n/,
        `${pkg.name} README: no example on its first screen`,
      );
      // No repository URL yet (npm would turn relative links into broken ones): docs by path.
      assert.match(
        firstScreen,
        /^Guides, in the Jiagong SDK repository: `docs\/[\w-]+\.md`/m,
        `${pkg.name} README: no docs path on its first screen`,
      );
    }
  });
});
