// useWorld(): a sandbox that cannot start fails the file with that start's own error, not with
// `world.close is not a function` from the after hook (what a reader of CI's log saw instead).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const fixture = fileURLToPath(new URL('./support/failing-world.fixture.ts', import.meta.url));

it('a failed sandbox start is the failure the file reports, and the only one', () => {
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=tap', fixture],
    // Without the runner's NODE_TEST_CONTEXT, so the child reports on its own stdout.
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_TEST_CONTEXT: undefined } },
  );
  const out = run.stdout + run.stderr;
  assert.notEqual(run.status, 0, out);
  assert.match(out, /probe: the sandbox could not start/, out);
  assert.doesNotMatch(out, /is not a function/, out);
  assert.match(out, /# fail 1\n/, out);
});
