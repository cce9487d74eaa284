// Browser bundles carry the schema modules: built only from what stays small and can be dropped
// when unused (src/schemas/build.ts, checks.ts). zod/mini's schema builders bring its schema
// prototype (async parsing, check, clone …), zod's own checks, z.int(), the iso builders and
// z.extend each bring zod code to every element bundle, and a top-level `.check()` call keeps its
// schema in bundles that never use it. (z.record, large too, is left to server-only schemas; the
// size budgets in packages/client/test/size.test.ts catch it anywhere else.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dirs = ['../src/schemas/', '../src/endpoints/'].map((dir) => new URL(dir, import.meta.url));
const avoid: [RegExp, string][] = [
  [/\)\s*\.check\(/, 'a builder of ./build.js with its checks instead of schema.check(…)'],
  [
    /\bz\.(?!infer\b|input\b|output\b|Zod|core\b)\w+/,
    'the builders of ./build.js (s.object, s.string …)',
  ],
  [
    /\bz\.(minLength|maxLength|minimum|maximum|regex|int)\(/,
    'the checks of ./checks.js (and s.Int)',
  ],
  [/\bz\.(iso|extend|refine)\b/, 'a pattern check of ./checks.js or s.extend() of ./build.js'],
];

test('schema modules use the small, tree-shakable building blocks', () => {
  const files = dirs.flatMap((dir) => readdirSync(dir).map((name) => new URL(name, dir)));
  for (const file of files.filter(({ pathname }) => !/\/(build|checks)\.ts$/.test(pathname))) {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, ''); // comments may name what the code avoids
    for (const [pattern, instead] of avoid) {
      assert.doesNotMatch(source, pattern, `${file.pathname}: use ${instead}`);
    }
  }
});
