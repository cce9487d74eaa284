// The element registry (src/registry.ts) is the one list the CDN loader, the React wrappers and
// the docs derive from. These checks make it impossible to add an element without it: every tag a
// family's define.ts declares must be registered under that family, and the reverse.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  elementInfo,
  elements,
  elementsOf,
  eventPropName,
  families,
  type ElementInfo,
} from '@jiagong/elements/registry';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');
const all = elements as readonly ElementInfo[];

/** Tags a define.ts declares in HTMLElementTagNameMap (the convention every family follows). */
function declaredTags(defineFile: string): string[] {
  const text = readFileSync(defineFile, 'utf8');
  const block = /interface HTMLElementTagNameMap\s*{([^}]*)}/.exec(text)?.[1] ?? '';
  return [...block.matchAll(/['"](jg-[a-z0-9-]+)['"]\s*:/g)].map((m) => m[1]!);
}

const familyFolders = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(src, d.name, 'define.ts')))
  .map((d) => d.name);

describe('element registry', () => {
  it('has unique tags and class names, each tag with a known family', () => {
    assert.equal(new Set(all.map((e) => e.tag)).size, all.length);
    assert.equal(new Set(all.map((e) => e.className)).size, all.length);
    for (const e of all) assert.ok(families.includes(e.family), `${e.tag}: ${e.family}`);
  });

  it('lists every family folder that has a define.ts', () => {
    for (const folder of familyFolders) {
      assert.ok(
        (families as readonly string[]).includes(folder),
        `src/${folder}/define.ts exists but "${folder}" is not in registry.ts families`,
      );
    }
  });

  for (const folder of familyFolders) {
    it(`matches src/${folder}/define.ts`, () => {
      const declared = declaredTags(path.join(src, folder, 'define.ts'));
      assert.ok(declared.length > 0, `src/${folder}/define.ts declares no HTMLElementTagNameMap`);
      for (const tag of declared) {
        const entry = elementInfo(tag);
        assert.ok(entry, `<${tag}> (src/${folder}/define.ts) is missing from src/registry.ts`);
        assert.equal(entry.family, folder, `<${tag}> is registered under another family`);
      }
      const registered = elementsOf(folder as ElementInfo['family']).map((e) => e.tag);
      assert.deepEqual(
        [...registered].sort(),
        [...declared].sort(),
        `registry.ts lists elements for ${folder} that its define.ts does not declare`,
      );
    });
  }

  // A partner's tooling imports `@jiagong/elements/${family}` for a tag (the registry is public):
  // a family without an entry of its own (union-picker) must name one in alsoIn that has one.
  it('names, for each element, a family entry the package exports', () => {
    const pkg = JSON.parse(readFileSync(path.join(src, '../package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    for (const e of all) {
      const entry = [e.family, ...(e.alsoIn ?? [])].find((f) => `./${f}` in pkg.exports);
      assert.ok(entry, `<${e.tag}>: no exported entry among ${e.family}, ${e.alsoIn?.join()}`);
      if (!(`./${e.family}` in pkg.exports)) {
        const doc = readFileSync(path.join(src, 'registry.ts'), 'utf8');
        assert.ok(doc.includes('except `' + e.family + '`, which has none'), e.family);
      }
    }
  });

  it('names React event props after the events', () => {
    assert.equal(eventPropName('jg-code-refresh'), 'onJgCodeRefresh');
    assert.equal(eventPropName('change'), 'onChange');
    for (const e of all) {
      const props = e.events.map(eventPropName);
      assert.equal(new Set(props).size, props.length, `${e.tag}: two events share a prop name`);
    }
  });
});
