#!/usr/bin/env node
// A published package's prepack/postpack: `node ../../scripts/pack-manifest.mjs prepare <built
// file>…` then `… restore`, run by npm in the package's folder.
//
// prepare: refuses to pack what is not built (npm would ship a tarball without dist/), then writes
// the tarball's package.json without the monorepo's `source` export condition (it points at
// src/*.ts, which is not shipped: a partner whose bundler sets that common condition would
// resolve to nothing) nor the scripts pointing outside the package. The original is kept beside
// it; restore puts it back after packing.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const ORIGINAL = '.package.json.orig';
const [command, ...built] = process.argv.slice(2);

if (command === 'prepare') {
  const missing = built.filter((file) => !existsSync(file));
  if (missing.length) {
    console.error(
      `Not built: ${missing.join(', ')}. Run npm run build at the repository root first.`,
    );
    process.exit(1);
  }
  const text = readFileSync('package.json', 'utf8');
  // A pack that failed half-way left the original here: keep that one, not its rewrite.
  if (!existsSync(ORIGINAL)) writeFileSync(ORIGINAL, text);
  const pkg = JSON.parse(text);
  for (const target of Object.values(pkg.exports ?? {}))
    if (target && typeof target === 'object') delete target.source;
  if (Array.isArray(pkg.sideEffects))
    pkg.sideEffects = pkg.sideEffects.filter((pattern) => !pattern.startsWith('./src/'));
  // Nor the scripts that run this file from outside the package: an installed copy is packed
  // again (a bank mirroring node_modules into its registry runs npm pack in it), where they fail
  // with MODULE_NOT_FOUND. npm runs postpack from the manifest it read before prepack.
  for (const [name, script] of Object.entries(pkg.scripts ?? {}))
    if (script.includes('../')) delete pkg.scripts[name];
  if (pkg.scripts && !Object.keys(pkg.scripts).length) delete pkg.scripts;
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
} else if (command === 'restore') {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, 'package.json');
} else {
  console.error('usage: pack-manifest.mjs prepare <built file>… | restore');
  process.exit(2);
}
