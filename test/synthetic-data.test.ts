// Sandbox data and everything partners read (READMEs, docs, examples, the tests they copy) is
// synthetic: no ID number that could be a real person's. A valid 18-character 居民身份证号码 in a
// region other than 330499 (a code GB/T 2260 allocates to no one) may be someone's. The only ones
// kept are DOMAIN.md §1's published vectors, in the tests that check the validator against them,
// and the numbers earlier sandboxes seeded, where migration 11 and its test name them to replace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateResidentId } from '@jiagong/contract';
import { root } from '../scripts/lib/families.js';

const SKIP = new Set(['node_modules', 'dist', '.git', '.tmp', '.jiagong-data', 'coverage']);
const TEXT = /\.(ts|tsx|mts|mjs|js|json|md|html|css|yml|yaml|txt)$/;

/** DOMAIN.md §1's valid vectors: allowed only where the validator is checked against them. */
const VECTORS = [
  '11010519491231002X',
  '330402199003071237',
  '330483198806300340',
  '330421200002290010',
  '330402199001010019',
];
const VECTOR_TESTS = [
  'packages/contract/test/domain/resident-id.test.ts',
  'packages/contract/test/domain/pasted.test.ts',
  'packages/contract/test/domain/mask.test.ts',
  'packages/elements/src/inputs/inputs.test.ts',
];
/** The ID numbers the sandbox seeded before migration 11, which names them to replace them. */
const OLD_SEED = [
  '330402199205180319',
  '330411200003150228',
  '330481198511020533',
  '330483197808210440',
  '330421199806120265',
];
const OLD_SEED_FILES = [
  'packages/sandbox/src/db/migrations/011_seed_members_synthetic_id_numbers.ts',
  'packages/sandbox/test/suite/persistence.ts',
];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (TEXT.test(entry.name) && statSync(full).size < 2_000_000) yield full;
  }
}

describe('synthetic personal data', () => {
  it('has no valid ID number outside region 330499 but the validator vectors', () => {
    const found: string[] = [];
    for (const file of files(root)) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (rel === 'test/synthetic-data.test.ts') continue; // the lists above
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/g)) {
        const result = validateResidentId(match[0]);
        if (!result.ok || result.regionCode === '330499') continue;
        if (VECTOR_TESTS.includes(rel) && VECTORS.includes(result.value)) continue;
        if (OLD_SEED_FILES.includes(rel) && OLD_SEED.includes(result.value)) continue;
        found.push(`${rel}: ${match[0]}`);
      }
    }
    assert.deepEqual(found, [], 'valid ID numbers in real regions (use 330499 …)');
  });
});
