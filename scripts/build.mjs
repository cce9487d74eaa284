#!/usr/bin/env node
// `npm run build`: builds every package under packages/* that has src/index.ts, the React
// wrappers, custom-elements.json, the element pages' reference tables, the CDN bundle, docs/openapi.json and the example apps.
// The build is an array of named steps; `optional` ones (the API docs) run only when named.
//   node scripts/build.mjs            all steps but the optional ones
//   node scripts/build.mjs js types   only the named steps
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsInRoot, bin, fromRoot, root } from './lib/paths.mjs';
import { formatDuration, header, run } from './lib/proc.mjs';
import { listPackages } from './lib/workspaces.mjs';

const buildable = () => listPackages().filter((p) => p.buildable);

/** Runs a TypeScript script of ours from source (workspace packages via the `source` condition). */
const tsScript = (file, ...args) =>
  must(process.execPath, ['--conditions=source', '--import', 'tsx', file, ...args]);

/** Example apps with their own Vite build (examples/<name>/vite.config.mjs). */
const viteExamples = () =>
  existsInRoot('examples')
    ? readdirSync(fromRoot('examples'), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsInRoot('examples', d.name, 'vite.config.mjs'))
        .map((d) => d.name)
    : [];

/** Runs a command; throws when it fails so the build stops at the first broken step. */
async function must(cmd, args, options) {
  const { code } = await run(cmd, args, options);
  if (code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code}`);
}

/**
 * @type {{ name: string, description: string, when?: () => boolean, optional?: boolean, run: () => Promise<void> }[]}
 */
export const steps = [
  {
    name: 'clean',
    description: 'remove dist/ of the packages being built',
    run: async () => {
      for (const p of buildable())
        rmSync(path.join(p.dir, 'dist'), { recursive: true, force: true });
    },
  },
  {
    name: 'react',
    description: '@jiagong/react wrappers generated from the element registry',
    when: () => existsInRoot('packages/elements/src/registry.ts'),
    run: () => tsScript('scripts/gen-react.ts'),
  },
  {
    name: 'client-docs',
    description: "the client methods' hover docs, from the contract's endpoint documentation",
    when: () => existsInRoot('scripts/gen-client-docs.ts'),
    run: () => tsScript('scripts/gen-client-docs.ts'),
  },
  {
    name: 'js',
    description: 'rollup: ESM per module into packages/<p>/dist',
    when: () => buildable().length > 0,
    run: () => must(bin('rollup'), ['-c', 'rollup.config.mjs']),
  },
  {
    name: 'types',
    description: 'tsc: .d.ts per package (dependency order, against the dependencies’ dist)',
    when: () => buildable().length > 0,
    run: async () => {
      for (const p of buildable()) {
        const config = path.join(p.dir, 'tsconfig.build.json');
        if (!existsSync(config)) {
          console.warn(`! ${p.name}: no tsconfig.build.json, skipping its .d.ts`);
          continue;
        }
        console.log(`${p.name}`);
        await must(bin('tsc'), ['-p', path.relative(root, config)]);
      }
    },
  },
  {
    name: 'manifest',
    description: 'custom-elements.json (@custom-elements-manifest/analyzer)',
    when: () => existsInRoot('custom-elements-manifest.config.mjs'),
    run: () => must(bin('cem'), ['analyze', '--quiet']),
  },
  {
    name: 'element-docs',
    description: "docs/elements: each element's reference tables, from custom-elements.json",
    when: () => existsInRoot('scripts/gen-element-docs.ts'),
    run: () => tsScript('scripts/gen-element-docs.ts'),
  },
  {
    name: 'cdn',
    description: 'dist/cdn: the loader, per-family chunks and manifest.json with SRI hashes',
    when: () => existsInRoot('scripts/build-cdn.ts'),
    run: () => tsScript('scripts/build-cdn.ts'),
  },
  {
    name: 'openapi',
    description: 'docs/openapi.json from the contract',
    when: () => existsInRoot('scripts/gen-openapi.ts'),
    run: () => tsScript('scripts/gen-openapi.ts'),
  },
  {
    name: 'examples',
    description: 'vite build of the example apps (examples/*/vite.config.mjs)',
    when: () => viteExamples().length > 0,
    run: async () => {
      for (const name of viteExamples()) {
        console.log(`examples/${name}`);
        await must(bin('vite'), ['build', '--logLevel', 'warn', `examples/${name}`]);
      }
    },
  },
  {
    name: 'docs',
    description: 'typedoc: API docs of the client and the contract into docs/api (optional)',
    optional: true,
    when: () => existsInRoot('typedoc.json'),
    run: () => must(bin('typedoc'), ['--options', 'typedoc.json']),
  },
];

/** Runs the build; `names` limits it to those steps. Resolves true on success. */
export async function build(names = []) {
  const unknown = names.filter((n) => !steps.some((s) => s.name === n));
  if (unknown.length) {
    console.error(
      `Unknown build step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.name).join(', ')}`,
    );
    return false;
  }
  const started = Date.now();
  const packages = buildable();
  console.log(
    packages.length
      ? `Building ${packages.map((p) => p.name).join(', ')}`
      : 'No package has src/index.ts yet; nothing to compile.',
  );
  for (const step of steps) {
    if (names.length ? !names.includes(step.name) : step.optional) continue;
    if (step.when && !step.when()) continue;
    header(`build: ${step.name}`, step.description);
    const t = Date.now();
    try {
      await step.run();
    } catch (error) {
      console.error(`✖ build step "${step.name}" failed: ${error.message}`);
      return false;
    }
    console.log(`✓ ${step.name} (${formatDuration(Date.now() - t)})`);
  }
  console.log(`\nBuild finished in ${formatDuration(Date.now() - started)}.`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ok = await build(process.argv.slice(2));
  process.exitCode = ok ? 0 : 1;
}
