// The published packages as npm packs them: one `npm pack` of all of them per test process
// (the first caller packs, later callers in the same process share the result), after making
// sure the build output they ship exists (ensureBuilt).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib/families.js';
import { ensureBuilt } from './build.js';
import { PUBLISHED_PACKAGES } from './packages.js';

export interface PackedPackage {
  /** Its folder under packages/ (`elements`). */
  readonly folder: string;
  /** Its name (`@jiagong/elements`). */
  readonly name: string;
  /** The .tgz file. */
  readonly file: string;
  /** The paths inside the tarball, relative to its `package/` folder. */
  readonly files: readonly string[];
  readonly size: number;
  readonly unpackedSize: number;
  /** The copy of the package folder it was packed from. */
  readonly packedFrom: string;
}

/** What every test that packs needs built (the consumer test's list). */
export const PACKED_OUTPUTS = {
  steps: ['react', 'js', 'types', 'manifest', 'cdn'],
  outputs: [
    ...PUBLISHED_PACKAGES.map((p) => `packages/${p}/dist/index.d.ts`),
    'packages/elements/custom-elements.json',
    'dist/cdn/manifest.json',
  ],
};

let packing: Promise<PackedPackage[]> | undefined;

/** Every published package packed once per process, into a temporary folder removed at exit. */
export function packedPackages(): Promise<PackedPackage[]> {
  packing ??= (async () => {
    await ensureBuilt(PACKED_OUTPUTS.steps, PACKED_OUTPUTS.outputs);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jg-tarballs-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    // Packed from a copy: packing runs the packages' prepack, which rewrites package.json for
    // the tarball (and postpack puts it back); the monorepo's own copy, which other tests and
    // builds read meanwhile, is left alone.
    const stage = path.join(dir, 'stage');
    // The packages' prepack and postpack run ../../scripts/pack-manifest.mjs: give the copies one.
    cpSync(
      path.join(root, 'scripts/pack-manifest.mjs'),
      path.join(dir, 'scripts/pack-manifest.mjs'),
    );
    const output = PUBLISHED_PACKAGES.map((folder) => {
      const from = path.join(root, 'packages', folder);
      const to = path.join(stage, folder);
      const pkg = JSON.parse(readFileSync(path.join(from, 'package.json'), 'utf8')) as {
        files: string[];
      };
      for (const entry of ['package.json', ...pkg.files]) {
        if (existsSync(path.join(from, entry)))
          cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
      }
      return execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
        cwd: to,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
        maxBuffer: 64 * 1024 * 1024,
      });
    });
    const packed = output.flatMap((o) => JSON.parse(o) as unknown[]) as {
      name: string;
      filename: string;
      size: number;
      unpackedSize: number;
      files: { path: string }[];
    }[];
    return PUBLISHED_PACKAGES.map((folder) => {
      const p = packed.find((x) => x.name === `@jiagong/${folder}`);
      if (!p) throw new Error(`npm pack did not pack @jiagong/${folder}`);
      return {
        folder,
        name: p.name,
        file: path.join(dir, p.filename),
        files: p.files.map((f) => f.path),
        size: p.size,
        unpackedSize: p.unpackedSize,
        packedFrom: path.join(stage, folder),
      };
    });
  })();
  return packing;
}

/** A file of the tarball, as bytes (`tar` reads it; no unpacking to disk). */
export function readPacked(pkg: PackedPackage, file: string): Buffer {
  return execFileSync('tar', ['-xzOf', pkg.file, `package/${file}`], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The tarball's package.json. */
export const packedManifest = (pkg: PackedPackage): Record<string, unknown> =>
  JSON.parse(readPacked(pkg, 'package.json').toString('utf8')) as Record<string, unknown>;

/**
 * Unpacks every tarball into `nodeModules/@jiagong/<folder>`, as npm installs it. Their own
 * nested dependencies (a version other than the monorepo's, e.g. the client's ky) are linked
 * from the workspace folder, so resolution from the unpacked files finds what an install would.
 */
export function unpackAll(pkgs: readonly PackedPackage[], nodeModules: string): void {
  for (const pkg of pkgs) {
    const dir = path.join(nodeModules, '@jiagong', pkg.folder);
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', pkg.file, '-C', dir, '--strip-components=1']);
    const nested = path.join(root, 'packages', pkg.folder, 'node_modules');
    if (existsSync(nested)) symlinkSync(nested, path.join(dir, 'node_modules'), 'dir');
  }
}
