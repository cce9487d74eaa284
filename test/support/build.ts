// The distribution tests (examples in Chromium, packed tarballs) run against build output. CI
// builds first (.ci/run: npm run build, then npm test); when a developer runs the tests on a tree
// whose output is missing or older than its sources, this builds what is needed, once, under a
// lock so parallel test files do not build over each other.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../../scripts/lib/families.js';

const SOURCE_DIRS = ['packages', 'examples'];
const SKIP = new Set(['node_modules', 'dist', '.jiagong-data', 'test', 'coverage']);

function newestSource(dir: string, depth = 0): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.') || entry.name === 'custom-elements.json')
      continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full, depth + 1));
    else if (
      /\.(ts|tsx|mjs|js|html|css|json)$/.test(entry.name) &&
      !/\.test\.tsx?$/.test(entry.name)
    )
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(outputs: string[]): boolean {
  const files = outputs.map((o) => path.join(root, o));
  if (!files.every((f) => existsSync(f))) return false;
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(...SOURCE_DIRS.map((d) => newestSource(path.join(root, d))));
  return built >= sources;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stamp = path.join(root, 'node_modules/.cache/jg-test-build.stamp');
const RECENT_MS = 15 * 60_000;

/**
 * A test build in the last 15 minutes counts as fresh when the outputs exist: sources edited
 * while a test run is going must not make one test file rebuild what another one is reading.
 */
function builtRecently(outputs: string[]): boolean {
  if (!outputs.every((o) => existsSync(path.join(root, o)))) return false;
  return existsSync(stamp) && Date.now() - statSync(stamp).mtimeMs < RECENT_MS;
}

/**
 * Makes sure `outputs` (repo-relative files) exist and are newer than every source file,
 * running `node scripts/build.mjs <steps>` otherwise.
 */
export async function ensureBuilt(steps: string[], outputs: string[]): Promise<void> {
  if (isFresh(outputs) || builtRecently(outputs)) return;
  const lock = path.join(root, 'node_modules/.cache/jg-test-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than 10 minutes is a crashed run's.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000) {
        rmSync(lock, { recursive: true, force: true });
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for another test build');
      await sleep(1000);
    }
  }
  try {
    if (isFresh(outputs) || builtRecently(outputs)) return;
    console.log(`# build output missing or stale; running: npm run build -- ${steps.join(' ')}`);
    // Step by step: one package that does not compile yet must not keep the others unbuilt.
    for (const step of steps) {
      try {
        execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), step], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, JG_FAST_MINIFY: '1' },
        });
      } catch {
        console.log(`# build step ${step} failed; testing what was built`);
      }
    }
    writeFileSync(stamp, new Date().toISOString());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
