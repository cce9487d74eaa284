// The element pages in docs/elements carry a reference block per element (attributes with type
// and default, properties, methods, events with `detail` and cancelability, slots, parts, CSS
// properties) that scripts/gen-element-docs.ts writes from custom-elements.json and the code.
// These checks regenerate them in memory from a fresh analysis and fail when a page is stale,
// when a registered element has no block, when the JSDoc leaves a row empty, when an HTML example
// uses an attribute the element does not have, or when a page is not reachable from the docs
// index and the package README.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { format, resolveConfig } from 'prettier';
import {
  declarationsByTag,
  generatePages,
  markedTags,
  pagesDir,
  readCodeFacts,
  type CodeFacts,
  type Manifest,
} from '../../../scripts/gen-element-docs.js';
import { presentElements, root } from '../../../scripts/lib/families.js';
import { freshManifest } from './support/fresh-manifest.js';

let manifest: Manifest;
let facts: CodeFacts;
let pages: Map<string, { current: string; generated: string }>;

before(async () => {
  manifest = freshManifest<Manifest>();
  facts = readCodeFacts();
  pages = await generatePages(manifest, facts);
});

const pageNames = () => readdirSync(pagesDir).filter((f) => f.endsWith('.md'));

describe('docs/elements reference blocks', () => {
  it('give every registered element a block in some page', () => {
    const marked = pageNames().flatMap((f) =>
      markedTags(readFileSync(path.join(pagesDir, f), 'utf8')),
    );
    const missing = presentElements()
      .map((e) => e.tag as string)
      .filter((tag) => !marked.includes(tag));
    assert.deepEqual(missing, [], 'add <!-- api:<tag> --> <!-- /api --> to its page');
  });

  it('are up to date (run node scripts/build.mjs manifest element-docs)', () => {
    for (const [file, { current, generated }] of pages) {
      assert.equal(current, generated, `${path.relative(root, file)} is stale`);
    }
  });

  it('stay as they are when prettier formats the page', async () => {
    const options = { ...(await resolveConfig(path.join(pagesDir, 'x.md'))), parser: 'markdown' };
    for (const [file, { generated }] of pages) {
      const formatted = await format(generated, options);
      for (const block of generated.match(/<!-- api:[\s\S]*?<!-- \/api -->/g) ?? []) {
        assert.ok(formatted.includes(block), `prettier rewrites a block of ${file}`);
      }
    }
  });

  it('show each jg- event with the detail type the code declares', () => {
    for (const element of presentElements()) {
      for (const event of element.events) {
        const found = facts.events.get(event);
        assert.ok(found, `<${element.tag}> ${event}: no HTMLElementEventMap entry`);
        if (event.startsWith('jg-')) {
          assert.ok(found.detail, `<${element.tag}> ${event}: detail type not found`);
        }
      }
    }
    // The routing events are the ones partners cancel; the table must say so.
    assert.equal(facts.events.get('jg-navigate')?.cancelable, true);
    assert.equal(facts.events.get('jg-loan-submitted')?.cancelable, false);
  });

  it('say an event is cancelable in its JSDoc exactly when the code lets it be cancelled', () => {
    const wrong: string[] = [];
    for (const [tag, d] of declarationsByTag(manifest)) {
      for (const e of d.events ?? []) {
        if (!e.name.startsWith('jg-')) continue;
        const says = /cancelable|preventDefault/i.test(e.description ?? '');
        const is = facts.events.get(e.name)?.cancelable ?? false;
        if (says !== is) wrong.push(`<${tag}> ${e.name}: JSDoc ${says}, code ${is}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('have a description for every public property, method, slot and part (JSDoc)', () => {
    const byTag = declarationsByTag(manifest);
    const undocumented: string[] = [];
    for (const element of presentElements()) {
      const d = byTag.get(element.tag);
      assert.ok(d, `<${element.tag}> not in the manifest`);
      for (const m of d.members ?? []) {
        if (m.static || m.privacy === 'private' || m.privacy === 'protected') continue;
        if (!m.description?.trim()) undocumented.push(`<${element.tag}> ${m.kind} ${m.name}`);
      }
      for (const s of [...(d.slots ?? []), ...(d.cssParts ?? [])]) {
        if (!s.description?.trim()) undocumented.push(`<${element.tag}> slot/part ${s.name}`);
      }
    }
    assert.deepEqual(undocumented, []);
  });

  it("use only attributes the elements have in the docs' HTML examples", () => {
    const byTag = declarationsByTag(manifest);
    const global = new Set(['id', 'class', 'style', 'slot', 'hidden', 'lang', 'dir', 'title']);
    const inDir = (dir: string) =>
      readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `${dir}/${f}`);
    const files = [
      'README.md',
      'packages/elements/README.md',
      'packages/react/README.md',
      ...inDir('docs'),
      ...inDir('docs/elements'),
    ];
    const wrong: string[] = [];
    let tags = 0;
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const block of text.matchAll(/^```html\n([\s\S]*?)^```/gm)) {
        for (const [, tag, body = ''] of block[1]!.matchAll(/<(jg-[a-z-]+)(\s[^>]*?)?\/?>/g)) {
          tags++;
          const known = new Set((byTag.get(tag!)?.attributes ?? []).map((a) => a.name));
          if (!byTag.has(tag!)) wrong.push(`${file}: <${tag}> is no element`);
          for (const [, name] of body.matchAll(/([^\s=]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
            if (!known.has(name!) && !global.has(name!) && !/^(aria|data)-/.test(name!)) {
              wrong.push(`${file}: <${tag}> has no attribute ${name}`);
            }
          }
        }
      }
    }
    assert.ok(tags > 20, `only ${tags} element tags found in the docs' HTML`);
    assert.deepEqual(wrong, []);
  });

  it('are linked from docs/README.md and packages/elements/README.md', () => {
    const index = readFileSync(path.join(root, 'docs/README.md'), 'utf8');
    const readme = readFileSync(path.join(root, 'packages/elements/README.md'), 'utf8');
    for (const name of pageNames()) {
      assert.ok(index.includes(`(elements/${name}`), `docs/README.md does not link ${name}`);
      assert.ok(
        readme.includes(`docs/elements/${name}`),
        `packages/elements/README.md does not link ${name}`,
      );
    }
  });
});
