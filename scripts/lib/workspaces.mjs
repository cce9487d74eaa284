// The packages under packages/*, their build entry points and their build order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from './paths.mjs';

/** Finds the `source` target inside an exports value (string targets and nested conditions). */
function sourceTarget(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (typeof value.source === 'string') return value.source;
  for (const nested of Object.values(value)) {
    const found = sourceTarget(nested);
    if (found) return found;
  }
  return undefined;
}

/**
 * Entry points of a package: every `exports` key with a `source` condition whose file exists.
 * Returns { [entryName]: absolutePath }, entryName being the path under src without extension.
 * Wildcard exports ("./*") are skipped: list each entry explicitly.
 */
export function packageEntries(dir, pkg) {
  const exportsField = pkg.exports;
  if (!exportsField || typeof exportsField !== 'object') return {};
  const isConditionsOnly = !Object.keys(exportsField).some((key) => key.startsWith('.'));
  const map = isConditionsOnly ? { '.': exportsField } : exportsField;
  const srcDir = path.join(dir, 'src');
  const entries = {};
  for (const value of Object.values(map)) {
    const target = sourceTarget(value);
    if (!target || target.includes('*')) continue;
    const file = path.resolve(dir, target);
    if (!existsSync(file) || !file.startsWith(srcDir + path.sep)) continue;
    const name = path
      .relative(srcDir, file)
      .replace(/\.[cm]?tsx?$/, '')
      .split(path.sep)
      .join('/');
    entries[name] = file;
  }
  return entries;
}

/**
 * Every packages/* folder with a package.json, in dependency order (a package comes after the
 * workspace packages it depends on). `buildable` = it has src/index.ts and at least one entry.
 */
export function listPackages() {
  const packagesDir = fromRoot('packages');
  const dirs = existsSync(packagesDir)
    ? readdirSync(packagesDir, { withFileTypes: true })
        .filter(
          (d) => d.isDirectory() && existsSync(path.join(packagesDir, d.name, 'package.json')),
        )
        .map((d) => path.join(packagesDir, d.name))
    : [];
  const packages = dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const entries = packageEntries(dir, pkg);
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    return {
      dir,
      folder: path.basename(dir),
      name: pkg.name,
      pkg,
      deps,
      entries,
      buildable: existsSync(path.join(dir, 'src', 'index.ts')) && Object.keys(entries).length > 0,
    };
  });

  const byName = new Map(packages.map((p) => [p.name, p]));
  const ordered = [];
  const state = new Map();
  const visit = (p) => {
    if (state.get(p) === 'done') return;
    if (state.get(p) === 'visiting') throw new Error(`dependency cycle through ${p.name}`);
    state.set(p, 'visiting');
    for (const dep of p.deps) {
      const other = byName.get(dep);
      if (other) visit(other);
    }
    state.set(p, 'done');
    ordered.push(p);
  };
  for (const p of packages.sort((a, b) => a.folder.localeCompare(b.folder))) visit(p);
  return ordered;
}
