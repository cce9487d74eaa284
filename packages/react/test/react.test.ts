// @jiagong/react is generated from the element registry (scripts/gen-react.ts). These checks
// fail when an element has no wrapper (the generated files are stale), and render every wrapper
// with react-dom/server in Node to its custom element tag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { eventPropName } from '@jiagong/elements/registry';
import { outdated } from '../../../scripts/gen-react.js';
import { presentElements } from '../../../scripts/lib/families.js';

type Wrapper = ComponentType<Record<string, unknown>> & { displayName?: string };

describe('@jiagong/react', () => {
  it('is up to date with the element registry (npm run build regenerates it)', async () => {
    assert.deepEqual(await outdated(), []);
  });

  for (const element of presentElements()) {
    it(`wraps <${element.tag}> as ${element.className}`, async () => {
      const family = (await import(`@jiagong/react/${element.entry}`)) as Record<string, Wrapper>;
      const all = (await import('@jiagong/react')) as unknown as Record<string, Wrapper>;
      const Component = family[element.className];
      assert.ok(Component, `@jiagong/react/${element.entry} has no ${element.className}`);
      assert.equal(all[element.className], Component, 'the package root exports another one');
      assert.equal(Component.displayName, element.className);
      const handlers = Object.fromEntries(element.events.map((e) => [eventPropName(e), () => {}]));
      const html = renderToStaticMarkup(createElement(Component, { id: 'x', ...handlers }));
      assert.match(html, new RegExp(`^<${element.tag}[\\s>]`));
      assert.doesNotMatch(html, /onJg|function/, 'an event handler leaked into the markup');
    });
  }
});
