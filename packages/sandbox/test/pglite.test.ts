import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxSuite } from './suite/index.js';

const dirs: string[] = [];

sandboxSuite({
  name: 'PGlite',
  options: async () => ({ memory: true }),
  persistentOptions: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiagong-pglite-'));
    dirs.push(dir);
    return { dataDir: dir };
  },
  cleanup: async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  },
});
