// A package-lock.json for a consumer project that installs our packed tarballs, made from the
// monorepo's own lock: every third-party package resolves to the exact version (and integrity)
// the monorepo installed, so `npm ci --offline` finds all of them in the npm cache that
// `npm ci` filled, without asking the registry for metadata.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optional?: boolean;
  dev?: boolean;
  peer?: boolean;
}

interface Lock {
  packages: Record<string, LockEntry>;
}

export interface Tarball {
  name: string;
  file: string;
  manifest: { version: string; dependencies?: Record<string, string>; license?: string };
}

/** The lock path `name` resolves to from a package at `from`, as Node would look it up. */
function resolveFrom(lock: Lock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

const KEEP: (keyof LockEntry)[] = [
  'version',
  'resolved',
  'integrity',
  'license',
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'bin',
  'engines',
  'os',
  'cpu',
  'libc',
  'optional',
];

/**
 * The consumer's lock: `rootDeps` (name → spec in its package.json) with the tarballs as
 * `file:` dependencies. Workspace packages inside the monorepo lock (`packages/x`) map to the
 * tarball's place (`node_modules/@jiagong/x`).
 */
export function consumerLock(
  monorepoLockFile: string,
  consumerDir: string,
  consumerName: string,
  rootDeps: Record<string, string>,
  tarballs: Tarball[],
): object {
  const lock = JSON.parse(readFileSync(monorepoLockFile, 'utf8')) as Lock;
  const byName = new Map(tarballs.map((t) => [t.name, t]));
  // Where each of our packages lives in the monorepo lock (its workspace folder).
  const workspaceOf = new Map<string, string>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    const name = key.replace(/^.*node_modules\//, '');
    if (entry.link && entry.resolved && byName.has(name)) workspaceOf.set(name, entry.resolved);
  }

  const out: Record<string, object> = {};
  const queue: { lockPath: string; outPath: string }[] = [];
  const visit = (from: string, fromOut: string, deps: Record<string, string> | undefined) => {
    for (const name of Object.keys(deps ?? {})) {
      const tarball = byName.get(name);
      if (tarball) {
        const outPath = `node_modules/${name}`;
        if (out[outPath]) continue;
        const bytes = readFileSync(tarball.file);
        out[outPath] = {
          version: tarball.manifest.version,
          resolved: `file:${path.relative(consumerDir, tarball.file)}`,
          integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
          license: tarball.manifest.license,
          dependencies: tarball.manifest.dependencies,
        };
        queue.push({ lockPath: workspaceOf.get(name) ?? outPath, outPath });
        continue;
      }
      const found = resolveFrom(lock, from, name);
      if (!found) continue; // an optional peer the monorepo does not install
      // A nested copy under a workspace folder goes under the tarball's folder in the consumer.
      const outPath = found.startsWith(`${from}/`)
        ? `${fromOut}/${found.slice(from.length + 1)}`
        : found;
      if (out[outPath]) continue;
      const entry = lock.packages[found]!;
      out[outPath] = Object.fromEntries(
        KEEP.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]),
      );
      queue.push({ lockPath: found, outPath });
    }
  };

  visit('', '', rootDeps);
  while (queue.length) {
    const { lockPath, outPath } = queue.shift()!;
    const entry = lock.packages[lockPath];
    const tarball = byName.get(outPath.replace(/^node_modules\//, ''));
    const deps = tarball
      ? tarball.manifest.dependencies
      : { ...entry?.dependencies, ...entry?.optionalDependencies };
    const peers = tarball ? undefined : entry?.peerDependencies;
    visit(lockPath, outPath, deps);
    visit(lockPath, outPath, peers);
  }

  return {
    name: consumerName,
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: consumerName, version: '1.0.0', dependencies: rootDeps },
      ...Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}
