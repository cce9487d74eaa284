// JIAGONG_SANDBOX_PGLITE_CACHE (e684482): in-memory sandboxes start on a copy of the first one's
// fresh database. A copy PGlite cannot start on (another PGlite version's, left in a folder kept
// across an upgrade; a damaged file) must cost the speed-up only, never the sandbox's start.
// Each case runs in its own process: the variable is read when the module loads.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, it } from 'node:test';

const pglite = fileURLToPath(new URL('../src/db/pglite.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jiagong-pglite-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Opens an in-memory database in a new process with the cache in `dir`; what it answered. */
async function openInChild(): Promise<string> {
  const script = join(dir, 'open.mts');
  writeFileSync(
    script,
    `import { openPglite } from ${JSON.stringify(pglite)};\n` +
      `const db = await openPglite({});\n` +
      `console.log(JSON.stringify((await db.query('select 1 as one')).rows));\n` +
      `process.exit(0);\n`,
  );
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, JIAGONG_SANDBOX_PGLITE_CACHE: dir },
    timeout: 240_000,
  });
  return stdout.trim();
}

describe('in-memory sandboxes with JIAGONG_SANDBOX_PGLITE_CACHE', { timeout: 600_000 }, () => {
  it('start on a copy PGlite cannot load as without one, and leave a good copy', async () => {
    const file = join(dir, 'pglite-initdb.tar');
    writeFileSync(file, 'not a PGlite data folder');
    // Before: "Error: PGlite failed to initialize properly", the sandbox did not start.
    assert.equal(await openInChild(), '[{"one":1}]');
    assert.ok(statSync(file).size > 1_000_000, 'the damaged copy was not replaced');
    // The next one starts on the good copy.
    assert.equal(await openInChild(), '[{"one":1}]');
  });
});
