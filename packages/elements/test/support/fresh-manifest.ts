// custom-elements.json as the analyzer writes it from the code now (with the repository's
// config), not the copy on disk, which may be stale: the checks that read it see today's JSDoc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../../../scripts/lib/families.js';

/** Runs `cem analyze` into a temporary folder and returns the manifest it wrote there. */
export function freshManifest<T>(): T {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jg-cem-'));
  try {
    // The analyzer joins --outdir to its cwd, so it must be relative.
    execFileSync(
      path.join(root, 'node_modules/.bin/cem'),
      ['analyze', '--quiet', '--outdir', path.relative(root, tmp)],
      { cwd: root, stdio: 'pipe' },
    );
    return JSON.parse(readFileSync(path.join(tmp, 'custom-elements.json'), 'utf8')) as T;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
