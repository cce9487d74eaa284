// A tiny glob, enough for our test/file patterns (`*`, `**`, `?`, leading `!` to exclude).
// Node 20 has no fs.glob, and the globbing libraries we have are only transitive dependencies.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.mjs';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.jiagong-data', 'coverage']);

/** Converts a repo-relative posix glob into an anchored RegExp. */
export function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more whole directories; a trailing `**` matches anything.
      if (glob[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The leading directories of a glob that contain no wildcard: where walking can start. */
function staticBase(glob) {
  const parts = glob.split('/');
  const base = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?]/.test(part)) break;
    base.push(part);
  }
  return base.join('/');
}

function walk(dirRel, out) {
  let entries;
  try {
    entries = readdirSync(path.join(root, dirRel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(rel, out);
    } else if (entry.isFile()) out.push(rel);
  }
}

/**
 * Repo-relative files matching any positive pattern and no `!` pattern, sorted.
 * node_modules, dist and data folders are never entered.
 */
export function findFiles(patterns) {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  const found = new Set();
  for (const pattern of include) {
    const re = globToRegExp(pattern);
    const files = [];
    walk(staticBase(pattern), files);
    for (const file of files) {
      if (re.test(file) && !exclude.some((ex) => ex.test(file))) found.add(file);
    }
  }
  return [...found].sort();
}
