// @jiagong/react with React 18. The root installs React 19 (react.test.ts renders with it); React 18
// comes from its own fixture project, test/react18, installed here on first use (npm ci). Every
// wrapper is server-rendered with React 18's react-dom/server and must give the same markup as
// with React 19: its tag with its attributes, no handler leaking into it, no React warning.
// In Chromium, test/browser/react18.test.ts renders, sets properties and handles events.
import { before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { createElement, version as react19Version, type ComponentType } from 'react';
import { renderToString as renderToString19 } from 'react-dom/server';
import { eventPropName } from '@jiagong/elements/registry';
import { presentElements } from '../../../scripts/lib/families.js';
import { buildReact18Server } from './support/react-harness.mjs';

type Wrapper = ComponentType<Record<string, unknown>> & { displayName?: string };
type Server18 = typeof import('./support/react-entry.server.js');

let react18: Server18;
let wrappers18: Record<string, Wrapper>;
let wrappers19: Record<string, Wrapper>;

before(
  async () => {
    // Installs the fixture when its node_modules is missing (a fresh clone, CI) or stale.
    const server = await buildReact18Server();
    react18 = (await import(pathToFileURL(server).href)) as Server18;
    wrappers18 = react18.wrappers as unknown as Record<string, Wrapper>;
    wrappers19 = (await import('@jiagong/react')) as unknown as Record<string, Wrapper>;
  },
  { timeout: 5 * 60_000 },
);

/** Renders with React 18 while recording what React logs (warnings go to console.error). */
function render18(t: TestContext, node: ReturnType<typeof createElement>) {
  const logged = t.mock.method(console, 'error', () => {});
  try {
    return react18.renderToString(node);
  } finally {
    const messages = logged.mock.calls.map((call) => call.arguments.map(String).join(' '));
    logged.mock.restore();
    assert.deepEqual(messages, [], 'React 18 logged errors or warnings');
  }
}

const attributes = {
  id: 'x',
  className: 'jg-test',
  'data-test': 'y',
  'aria-label': '嘉工',
};

describe('@jiagong/react with React 18', () => {
  it('renders with the fixture’s React 18, apart from the root’s React 19', () => {
    assert.match(react18.React.version, /^18\./);
    assert.match(react18.reactDomVersion, /^18\./);
    assert.match(react19Version, /^19\./);
  });

  for (const element of presentElements()) {
    it(`server-renders <${element.tag}> as ${element.className}, as React 19 does`, (t) => {
      const Component = wrappers18[element.className];
      assert.ok(Component, `@jiagong/react has no ${element.className}`);
      assert.equal(Component.displayName, element.className);
      const handlers = Object.fromEntries(element.events.map((e) => [eventPropName(e), () => {}]));
      const props = { ...attributes, ...handlers };
      const html = render18(t, react18.React.createElement(Component, props));
      assert.match(html, new RegExp(`^<${element.tag}\\s[^>]*></${element.tag}>$`));
      for (const attribute of ['id="x"', 'class="jg-test"', 'data-test="y"', 'aria-label="嘉工"']) {
        assert.ok(html.includes(attribute), `${attribute} missing from ${html}`);
      }
      assert.doesNotMatch(html, /onJg|function|=>/, 'an event handler leaked into the markup');
      const Component19 = wrappers19[element.className]!;
      assert.equal(html, renderToString19(createElement(Component19, props)));
    });
  }

  it('server-renders a provider with elements inside, as React 19 does', (t) => {
    const { JgProvider, JgMemberCard, JgCardBenefits } = wrappers18;
    assert.ok(JgProvider && JgMemberCard && JgCardBenefits);
    const tree = (R: { createElement: typeof createElement }, w: Record<string, Wrapper>) =>
      R.createElement(
        w.JgProvider!,
        { apiBase: 'https://sandbox.jiagong.example', publishableKey: 'pk_test_jiaxing' },
        R.createElement(w.JgMemberCard!, { onJgCardReveal: () => {} }),
        R.createElement('p', null, '会员权益'),
        R.createElement(w.JgCardBenefits!, { id: 'benefits' }),
      );
    const html = render18(t, tree(react18.React, wrappers18));
    assert.equal(
      html,
      '<jg-provider><jg-member-card></jg-member-card><p>会员权益</p>' +
        '<jg-card-benefits id="benefits"></jg-card-benefits></jg-provider>',
    );
    assert.equal(html, renderToString19(tree({ createElement }, wrappers19)));
  });
});
