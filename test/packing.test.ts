// `npm publish` (changesets runs it per package) and `npm pack` take whatever is in the package
// folder: without a build, `files: ["dist", …]` matches nothing and the tarball a partner gets
// holds only package.json, README and LICENSE. Each package's `prepack` refuses that.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { root } from '../scripts/lib/families.js';
import { PUBLISHED_PACKAGES } from './support/packages.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jg-packing-'));

after(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm pack --dry-run` in `dir`: its exit code and what it printed. */
function pack(dir: string): { code: number; output: string } {
  try {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The package's manifest, README and LICENSE, as in a fresh clone (no dist/). */
function unbuilt(name: string): string {
  // Laid out as in the repository: prepack and postpack run ../../scripts/pack-manifest.mjs.
  const dir = path.join(tmp, 'packages', name);
  mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(tmp, 'scripts'), { recursive: true });
  copyFileSync(
    path.join(root, 'scripts/pack-manifest.mjs'),
    path.join(tmp, 'scripts/pack-manifest.mjs'),
  );
  for (const file of ['package.json', 'README.md', 'LICENSE']) {
    copyFileSync(path.join(root, 'packages', name, file), path.join(dir, file));
  }
  return dir;
}

describe('packing an unbuilt package', { timeout: 120_000 }, () => {
  for (const name of PUBLISHED_PACKAGES) {
    it(`@jiagong/${name} refuses to pack without its build, and packs with it`, () => {
      const dir = unbuilt(name);
      const refused = pack(dir);
      assert.notEqual(refused.code, 0, `an empty @jiagong/${name} was packed:\n${refused.output}`);
      assert.match(refused.output, /Not built: .*Run npm run build/);

      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        exports: Record<string, string | Record<string, string>>;
        bin?: Record<string, string>;
      };
      // What the exports, bin and types point at (not the monorepo's `source` condition).
      const targets = new Set<string>(Object.values(pkg.bin ?? {}));
      for (const value of Object.values(pkg.exports)) {
        const conditions = typeof value === 'string' ? { default: value } : value;
        for (const [condition, target] of Object.entries(conditions)) {
          if (condition !== 'source') targets.add(target);
        }
      }
      if (name === 'elements') {
        targets.add('dist/cdn/jiagong.js');
        targets.add('dist/cdn/manifest.json');
      }
      targets.delete('./package.json');
      for (const target of targets) {
        const file = path.join(dir, target);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, '');
      }
      const packed = pack(dir);
      assert.equal(packed.code, 0, packed.output);
    });
  }
});
