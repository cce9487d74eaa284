// React 18 next to the monorepo's React 19 for the @jiagong/react tests.
//
// The root installs React 19, and React 18 cannot join it there (react-dom@19 would reject it
// as a peer under `npm ci`). So React 18 lives in its own small project, packages/react/test/react18
// (own package.json and package-lock.json, not a workspace), installed on demand by
// ensureReact18(). The wrappers come from the repo's sources, bundled with esbuild so that their
// `react` import resolves to the React under test:
//   - Node (server rendering): @jiagong/react's sources are bundled into react18/dist/server.mjs
//     and everything else stays an import, so Node resolves `react` from the fixture and
//     `@jiagong/elements`, Lit … from the root, the same modules the React 19 test uses.
//   - Chromium (web-test-runner): reactHarnessPlugin() serves one bundle per React version
//     (React, react-dom/client, the wrappers and the elements) at /__jg/react-harness/<18|19>.js.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');

/** The React 18 fixture project. */
export const REACT18_DIR = path.resolve(here, '../react18');
/** Where the web-test-runner plugin serves the harness bundles. */
export const HARNESS_PATH = '/__jg/react-harness/';

const INSTALL_LOCK = path.join(REACT18_DIR, '.installing');
const STALE_LOCK_MS = 5 * 60_000;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Whether node_modules holds exactly what the fixture's package-lock.json pins. */
function react18Installed() {
  // npm writes this hidden lockfile last: without it an install was cut short.
  if (!existsSync(path.join(REACT18_DIR, 'node_modules/.package-lock.json'))) return false;
  const { packages } = readJson(path.join(REACT18_DIR, 'package-lock.json'));
  return Object.entries(packages).every(([where, entry]) => {
    if (!where) return true;
    const manifest = path.join(REACT18_DIR, where, 'package.json');
    return existsSync(manifest) && readJson(manifest).version === entry.version;
  });
}

/**
 * What `npm run` (`npm test`) tells its scripts about the project it runs in (the root as local
 * prefix, the root's package.json …): the fixture's install must not inherit it. The user's
 * npm settings (registry, cache, proxy, CA) pass through.
 */
const PARENT_NPM_ENV =
  /^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_(local_prefix|prefix|global|location|workspaces?|include_workspace_root|user_agent)$)/i;

function npmCi() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !PARENT_NPM_ENV.test(key)),
  );
  const args = [
    'ci',
    // Not a workspace of the root, whatever the root's package.json says.
    '--workspaces=false',
    '--prefer-offline',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--no-update-notifier',
    '--loglevel=error',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
      cwd: REACT18_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`npm ci in ${REACT18_DIR} failed (exit ${code}):\n${output}`));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the install lock (a directory: mkdir is atomic), waiting for another process's install. */
async function lockInstall() {
  for (;;) {
    try {
      mkdirSync(INSTALL_LOCK);
      return () => rmSync(INSTALL_LOCK, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(INSTALL_LOCK).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      // A crashed install leaves its lock behind.
      if (age > STALE_LOCK_MS) rmSync(INSTALL_LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}

let installing;

/**
 * Installs the React 18 fixture (`npm ci`, from the npm cache when it can) unless its
 * node_modules already matches its lock. Resolves { installed: boolean, ms }.
 */
export function ensureReact18() {
  installing ??= (async () => {
    const started = Date.now();
    if (react18Installed()) return { installed: false, ms: 0 };
    const release = await lockInstall();
    try {
      // Another process may have installed it while we waited for the lock.
      if (react18Installed()) return { installed: false, ms: Date.now() - started };
      await npmCi();
      if (!react18Installed()) throw new Error(`npm ci left ${REACT18_DIR} incomplete`);
      return { installed: true, ms: Date.now() - started };
    } finally {
      release();
    }
  })();
  // A failed attempt may be retried (e.g. once the registry is reachable again).
  installing.catch(() => (installing = undefined));
  return installing;
}

/** Resolves `react`, `react-dom` (and their subpaths) from `dir` wherever they are imported. */
function reactFrom(dir) {
  const marker = 'jg-react-from';
  return {
    name: 'jg-react-from',
    setup(build) {
      build.onResolve({ filter: /^(react|react-dom)(\/.*)?$/ }, (args) => {
        if (args.pluginData === marker) return undefined;
        return build.resolve(args.path, { kind: args.kind, resolveDir: dir, pluginData: marker });
      });
    },
  };
}

/** Bundles only @jiagong/react; every other package stays an import for Node to resolve. */
const onlyJiagongReact = {
  name: 'jg-only-jiagong-react',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      /^@jiagong\/react(\/|$)/.test(args.path) ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Writes react18/dist/server.mjs: test/support/react-entry.server.ts with @jiagong/react bundled
 * in. Imported from there, its `react` and `react-dom/server` are the fixture's React 18 while
 * the elements, Lit and the registry are the root's. Resolves the file's path.
 */
export async function buildReact18Server() {
  await ensureReact18();
  const outfile = path.join(REACT18_DIR, 'dist/server.mjs');
  await esbuild.build({
    entryPoints: [path.join(here, 'react-entry.server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    plugins: [onlyJiagongReact],
    logLevel: 'silent',
  });
  return outfile;
}

/**
 * The browser harness for React `version` (18: the fixture's, 19: the root's) as one ES module:
 * test/support/react-entry.browser.ts with React, the wrappers and the elements bundled in.
 */
export async function buildBrowserHarness(version) {
  if (version === '18') await ensureReact18();
  const result = await esbuild.build({
    entryPoints: [path.join(here, 'react-entry.browser.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2020',
    // As the other browser tests: workspace sources, Lit's dev build, React's development build.
    conditions: ['source', 'development'],
    define: { 'process.env.NODE_ENV': '"development"' },
    tsconfig: path.join(root, 'tsconfig.base.json'),
    plugins: version === '18' ? [reactFrom(REACT18_DIR)] : [],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * web-test-runner plugin serving /__jg/react-harness/18.js and /19.js (built on first request).
 * A build that fails serves a module that throws, so the test file importing it fails with the
 * reason instead of the run hanging.
 */
export function reactHarnessPlugin() {
  const builds = new Map();
  return {
    name: 'jg-react-harness',
    async serve(context) {
      if (!context.path.startsWith(HARNESS_PATH)) return undefined;
      const version = /^(18|19)\.js$/.exec(context.path.slice(HARNESS_PATH.length))?.[1];
      if (!version) return undefined;
      if (!builds.has(version)) {
        const build = buildBrowserHarness(version);
        builds.set(version, build);
        build.catch(() => builds.delete(version));
      }
      try {
        return { body: await builds.get(version), type: 'js' };
      } catch (error) {
        const message = `React ${version} harness: ${error?.message ?? error}`;
        return { body: `throw new Error(${JSON.stringify(message)});`, type: 'js' };
      }
    },
  };
}
