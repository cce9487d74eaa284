// Every error class the docs and READMEs name is one a partner can use as the docs say: a class a
// package exports (for `instanceof`), another library's or the platform's, or one of the
// elements' own errors that no entry exports, and then the docs say to tell it by its `name`.
// A bank's developer read "their jg-error carries the SessionTokenError" and wrote
// `import { SessionTokenError } from '@jiagong/client'`, which no package exports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import ts from 'typescript';
import { root } from '../scripts/lib/families.js';
import { PUBLISHED_PACKAGES } from './support/packages.js';

const markdown = [
  'README.md',
  ...['docs', 'docs/elements'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${dir}/${f}`),
  ),
  ...PUBLISHED_PACKAGES.map((p) => `packages/${p}/README.md`),
  ...readdirSync(path.join(root, 'examples'))
    .map((e) => `examples/${e}/README.md`)
    .filter((f) => existsSync(path.join(root, f))),
].map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));

/** Errors of the platform and of other libraries the docs compare with (not ours to export). */
const foreign = new Set([
  'TypeError',
  'ReferenceError',
  'AbortError',
  'FetchError',
  'AxiosError',
  'HTTPError',
]);

/** Every name every public entry (package.json `exports`, `source` condition) exports. */
function exportedNames(): Set<string> {
  const entries = PUBLISHED_PACKAGES.flatMap((p) => {
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'packages', p, 'package.json'), 'utf8'),
    );
    return Object.values(manifest.exports as Record<string, unknown>)
      .map((target) =>
        typeof target === 'object' && target ? (target as { source?: string }).source : undefined,
      )
      .filter((source): source is string => !!source?.endsWith('.ts'))
      .map((source) => path.join(root, 'packages', p, source));
  });
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['source'],
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const symbol = source && checker.getSymbolAtLocation(source);
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : [])
      names.add(exported.name);
  }
  return names;
}

it('every error class the docs name is exported, foreign, or told by its name', () => {
  const exported = exportedNames();
  assert.ok(
    exported.has('ApiError') && exported.has('SchemaTooNewError'),
    'the entries were not read',
  );
  const named = new Map<string, string>();
  for (const { file, text } of markdown) {
    for (const [, name] of text.matchAll(/`(?:[\w.]+\.)?([A-Z]\w*Error)\b[^`]*`/g))
      named.set(name!, file);
  }
  const sources = readdirSync(path.join(root, 'packages'), { recursive: true, encoding: 'utf8' })
    .filter(
      (f) =>
        f.includes(`${path.sep}src${path.sep}`) && f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )
    .map((f) => readFileSync(path.join(root, 'packages', f), 'utf8'))
    .join('\n');
  const nameRow = markdown
    .find((m) => m.file === 'docs/troubleshooting.md')!
    .text.split('\n')
    .find((line) => line.startsWith('| `name` |'));
  const wrong: string[] = [];
  for (const [name, file] of named) {
    if (exported.has(name) || foreign.has(name)) continue;
    if (!new RegExp(`class ${name} extends`).test(sources)) {
      wrong.push(`${file}: ${name} is no class of ours, no package exports it`);
      continue;
    }
    // One of the elements' own errors, which no entry exports: the docs must not import it, and
    // troubleshooting.md's jg-error table must say it is told by its name.
    if (!nameRow?.includes(`\`${name}\``) || !/not exported/.test(nameRow)) {
      wrong.push(
        `docs/troubleshooting.md: the jg-error name row does not say ${name} is not exported`,
      );
    }
    for (const m of markdown) {
      if (new RegExp(`instanceof ${name}\\b|import[^;]*\\b${name}\\b[^;]*from`).test(m.text)) {
        wrong.push(`${m.file}: imports or tests instanceof ${name}, which no package exports`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
