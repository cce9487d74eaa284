// The packages as a partner gets them: `npm pack` each one, install the tarballs into a fresh
// project outside the monorepo (offline, from the npm cache), then build that project with
// rollup and with Vite and type-check it with tsc (bundler and node16 resolution). The bundles
// must contain only the element families the project imports.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { build as viteBuild } from 'vite';
import { presentElements, presentFamilies, root } from '../scripts/lib/families.js';
import { PUBLISHED_PACKAGES } from './support/packages.js';
import { consumerLock, type Tarball } from './support/consumer-lock.js';
import { ensureBuilt } from './support/build.js';

const families = presentFamilies();
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

let tmp: string;
let consumer: string;
const tarballs: (Tarball & { files: string[] })[] = [];

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${path.basename(cmd)} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`,
    );
  }
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(consumer, file)), { recursive: true });
  writeFileSync(path.join(consumer, file), text);
};

/** What the consumer project imports: two families, the client, the contract, React. */
function writeConsumer(deps: Record<string, string>): void {
  write(
    'package.json',
    `${JSON.stringify({ name: 'jiagong-consumer', version: '1.0.0', private: true, type: 'module', dependencies: deps }, null, 2)}\n`,
  );
  write(
    'index.html',
    '<!doctype html><html><head><meta charset="utf-8"><title>consumer</title></head><body><script type="module" src="./src/main.ts"></script></body></html>\n',
  );
  write(
    'src/main.ts',
    `import '@jiagong/elements/provider';
import { JgMemberCard, type JgCardRevealEvent } from '@jiagong/elements/member-card';
import '@jiagong/elements/member-card/en';
import { createClient, isApiError, type JiagongClient } from '@jiagong/client';
import { validateResidentId, SANDBOX_PUBLISHABLE_KEY } from '@jiagong/contract';
import { elements } from '@jiagong/elements/registry';

const client: JiagongClient = createClient({
  baseUrl: 'https://sandbox.example',
  publishableKey: SANDBOX_PUBLISHABLE_KEY,
  getSessionToken: async () => ({ token: 'st_x', expiresAt: new Date().toISOString() }),
});
const card = document.createElement('jg-member-card');
const typed: JgMemberCard = card;
card.addEventListener('jg-card-reveal', (event) => {
  const revealed: boolean = event.detail.revealed;
  const same: JgCardRevealEvent = event;
  console.log(revealed, same);
});
// @ts-expect-error the detail is typed, not any
const wrong: string = ({} as JgCardRevealEvent).detail.revealed;
const provider = document.createElement('jg-provider');
provider.publishableKey = SANDBOX_PUBLISHABLE_KEY;
provider.append(typed);
document.body.append(provider);
console.log(client, isApiError(new Error('x')), validateResidentId('330499199003070014').ok, elements.length, wrong);
`,
  );
  write(
    'src/app.tsx',
    `import { JgProvider } from '@jiagong/react/provider';
import { JgMemberCard } from '@jiagong/react/member-card';

export function App() {
  return (
    <JgProvider apiBase="https://sandbox.example" publishableKey="pk_test_jiaxing" tokenEndpoint="/api/session">
      <JgMemberCard
        onJgCardReveal={(event) => console.log(event.detail.revealed)}
        // @ts-expect-error the handler gets the typed event
        onJgCodeRefresh={(event: CustomEvent<{ nope: number }>) => event.detail.nope}
      />
      {/* @ts-expect-error a read-only property is no prop (@lit/react would assign it: TypeError) */}
      <JgMemberCard effectiveLocale="en" />
    </JgProvider>
  );
}
`,
  );
  const compilerOptions = {
    target: 'ES2020',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    // As @tsconfig/strictest sets: the published declarations compile with it too.
    exactOptionalPropertyTypes: true,
    noEmit: true,
    jsx: 'react-jsx',
    types: [],
    verbatimModuleSyntax: true,
    // Our own declarations must compile; third-party ones are checked by their authors.
    skipLibCheck: false,
  };
  write(
    'tsconfig.json',
    JSON.stringify(
      {
        compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler' },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  write(
    'tsconfig.node16.json',
    JSON.stringify(
      {
        compilerOptions: { ...compilerOptions, module: 'Node16', moduleResolution: 'node16' },
        include: ['src'],
      },
      null,
      2,
    ),
  );
}

before(async () => {
  await ensureBuilt(
    ['react', 'js', 'types', 'manifest', 'cdn'],
    [
      ...PUBLISHED_PACKAGES.map((p) => `packages/${p}/dist/index.d.ts`),
      'packages/elements/custom-elements.json',
      'dist/cdn/manifest.json',
    ],
  );
  tmp = mkdtempSync(path.join(os.tmpdir(), 'jg-consumer-'));
  const packDir = path.join(tmp, 'pack');
  mkdirSync(packDir);
  const packed = JSON.parse(
    run(
      'npm',
      [
        'pack',
        '--json',
        '--pack-destination',
        packDir,
        ...PUBLISHED_PACKAGES.flatMap((p) => ['-w', `packages/${p}`]),
      ],
      root,
    ),
  ) as { name: string; filename: string; files: { path: string }[] }[];
  for (const p of packed) {
    const file = path.join(packDir, p.filename);
    const dir = PUBLISHED_PACKAGES.find((d) => p.name === `@jiagong/${d}`)!;
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'),
    ) as Tarball['manifest'];
    tarballs.push({ name: p.name, file, manifest, files: p.files.map((f) => f.path) });
  }
  consumer = path.join(tmp, 'consumer');
  mkdirSync(consumer);
  const deps: Record<string, string> = {
    ...Object.fromEntries(tarballs.map((t) => [t.name, `file:../pack/${path.basename(t.file)}`])),
    react: '^19.0.0',
    'react-dom': '^19.0.0',
    '@types/react': '^19.0.0',
  };
  writeConsumer(deps);
  const lock = consumerLock(
    path.join(root, 'package-lock.json'),
    consumer,
    'jiagong-consumer',
    deps,
    tarballs,
  );
  write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  const common = ['--no-audit', '--no-fund', '--ignore-scripts'];
  try {
    run('npm', ['ci', '--offline', ...common], consumer);
  } catch (offlineError) {
    // The cache lacks something (a machine that never ran npm ci here): allow the registry.
    console.log(
      `# offline install failed, retrying --prefer-offline:\n# ${String(offlineError).split('\n').slice(0, 3).join('\n# ')}`,
    );
    rmSync(path.join(consumer, 'node_modules'), { recursive: true, force: true });
    run('npm', ['install', '--prefer-offline', ...common], consumer);
  }
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('packed packages in a consumer project', { timeout: 300_000 }, () => {
  it('each tarball has its entry points, types, README and LICENCE, and no sources or tests', () => {
    for (const t of tarballs) {
      const files = new Set(t.files);
      for (const must of [
        'package.json',
        'README.md',
        'LICENSE',
        'dist/index.js',
        'dist/index.d.ts',
      ]) {
        assert.ok(files.has(must), `${t.name} lacks ${must}`);
      }
      for (const f of files) {
        assert.doesNotMatch(f, /^src\/|\.test\.|^test\//, `${t.name} ships ${f}`);
      }
      const pkg = JSON.parse(
        readFileSync(path.join(consumer, 'node_modules', t.name, 'package.json'), 'utf8'),
      ) as {
        exports: Record<string, string | Record<string, string>>;
        license: string;
        sideEffects: unknown;
      };
      assert.equal(pkg.license, 'MIT');
      assert.ok(pkg.sideEffects !== undefined, `${t.name} does not declare sideEffects`);
      for (const [key, value] of Object.entries(pkg.exports)) {
        const targets = typeof value === 'string' ? { default: value } : value;
        for (const [condition, target] of Object.entries(targets)) {
          if (condition === 'source') continue; // the monorepo's own condition
          assert.ok(
            files.has(target.replace(/^\.\//, '')),
            `${t.name} exports ${key} (${condition}) → missing ${target}`,
          );
        }
      }
    }
    const elements = tarballs.find((t) => t.name === '@jiagong/elements')!;
    // sideEffects: exactly the modules that define elements (each family's define.js and the
    // entries importing them) and the English modules (they fill in a catalogue and export
    // nothing, so a bundler would drop them), so bundlers drop everything else nobody uses.
    const { sideEffects } = JSON.parse(
      readFileSync(path.join(consumer, 'node_modules/@jiagong/elements/package.json'), 'utf8'),
    ) as { sideEffects: string[] };
    const patterns = sideEffects
      .filter((p) => p.startsWith('./dist/'))
      .map((p) => new RegExp(`^${p.slice(2).replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`));
    const marked = elements.files.filter((f) => patterns.some((re) => re.test(f))).sort();
    const defining = elements.files
      .filter((f) => /^dist\/[^/]+\/define\.js$/.test(f))
      .flatMap((f) => [f, f.replace(/define\.js$/, 'index.js')])
      .filter((f) => elements.files.includes(f));
    const english = elements.files.filter((f) => /^dist\/[^/]+\/en\.js$/.test(f));
    assert.ok(english.includes('dist/locales/en.js'), 'no dist/locales/en.js');
    assert.deepEqual(marked, [...new Set(['dist/index.js', ...defining, ...english])].sort());
    assert.ok(elements.files.includes('custom-elements.json'));
    assert.ok(elements.files.includes('dist/cdn/jiagong.js'));
    assert.ok(elements.files.includes('dist/cdn/manifest.json'));
    for (const family of families) {
      assert.ok(elements.files.includes(`dist/${family}/index.js`), `no dist/${family}/index.js`);
    }
  });

  it('type-checks with moduleResolution bundler and node16', () => {
    run(bin('tsc'), ['-p', 'tsconfig.json'], consumer);
    run(bin('tsc'), ['-p', 'tsconfig.node16.json', '--skipLibCheck'], consumer);
  });

  it('builds with rollup, keeping only the families it imports', async () => {
    const bundle = await rollup({
      input: path.join(consumer, 'src/main.ts'),
      plugins: [
        nodeResolve({ browser: true, rootDir: consumer }),
        esbuild({ target: 'es2020', tsconfig: path.join(consumer, 'tsconfig.json') }),
      ],
      onwarn: () => undefined,
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    const code = output.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n');
    assert.match(code, /customElements\.define\(\s*["']jg-member-card["']/);
    assert.match(code, /jg-provider/);
    assert.match(code, /class JgMemberCard\b/);
    // The English module exports nothing: only its sideEffects flag keeps it in the bundle.
    assert.match(code, /Check your internet and try again/);
    for (const e of presentElements()) {
      if (['provider', 'member-card'].includes(e.entry)) continue;
      assert.doesNotMatch(
        code,
        new RegExp(`class ${e.className}\\b`),
        `${e.tag} is in a bundle that never imports it`,
      );
    }
    assert.doesNotMatch(code, /sk_test_/);
  });

  it('builds with Vite (app and React)', async () => {
    write(
      'src/react-main.tsx',
      `import { createRoot } from 'react-dom/client';\nimport { App } from './app.js';\ncreateRoot(document.body).render(<App />);\n`,
    );
    write(
      'react.html',
      '<!doctype html><html><head><meta charset="utf-8"><title>react</title></head><body><script type="module" src="./src/react-main.tsx"></script></body></html>\n',
    );
    const outDir = path.join(consumer, 'dist');
    await viteBuild({
      root: consumer,
      configFile: false,
      logLevel: 'silent',
      oxc: { jsx: { runtime: 'automatic' } },
      build: {
        outDir,
        target: 'es2020',
        rollupOptions: {
          input: [path.join(consumer, 'index.html'), path.join(consumer, 'react.html')],
        },
      },
    } as Parameters<typeof viteBuild>[0]);
    assert.ok(existsSync(path.join(outDir, 'index.html')));
    assert.ok(existsSync(path.join(outDir, 'react.html')));
  });
});
