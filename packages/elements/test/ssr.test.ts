// Server-side rendering: every element renders with @lit-labs/ssr in plain Node, with no
// `window` or `document` (no global DOM shim is installed: lit's own Node build provides only
// HTMLElement and customElements), and its output carries declarative shadow DOM so the page
// shows the element's first paint (usually its loading skeleton) before any script runs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { presentElements, presentFamilies } from '../../../scripts/lib/families.js';

const globals = globalThis as { window?: unknown; document?: unknown };

async function renderTag(tag: string, attributes = ''): Promise<string> {
  const name = unsafeStatic(tag);
  const attrs = unsafeStatic(attributes);
  // lit/static-html: `unsafeStatic` tag names are resolved before parsing, which the lint rules
  // for ordinary bindings cannot know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return collectResult(render(html`<${name} ${attrs}></${name}>`));
}

describe('SSR with @lit-labs/ssr (no window, no document)', () => {
  it('runs without a DOM', () => {
    assert.equal(globals.window, undefined);
    assert.equal(globals.document, undefined);
  });

  for (const family of presentFamilies()) {
    it(`imports @jiagong/elements/${family} without touching window or document`, async () => {
      await import(`@jiagong/elements/${family}`);
      assert.equal(globals.window, undefined, 'the import defined a global window');
      assert.equal(globals.document, undefined, 'the import defined a global document');
    });
  }

  it('imports @jiagong/elements/locales/en without touching window or document', async () => {
    await import('@jiagong/elements/locales/en');
    assert.equal(globals.window, undefined, 'the import defined a global window');
    assert.equal(globals.document, undefined, 'the import defined a global document');
  });

  for (const element of presentElements()) {
    describe(`<${element.tag}>`, () => {
      it('renders declarative shadow DOM', async () => {
        await import(`@jiagong/elements/${element.entry}`);
        const out = await renderTag(element.tag);
        assert.ok(new RegExp(`<${element.tag}[\\s>]`).test(out), out.slice(0, 300));
        assert.ok(
          /<template shadowroot="open" shadowrootmode="open"[\s>]/.test(out),
          `no declarative shadow root in: ${out.slice(0, 300)}`,
        );
      });

      it('renders with locale, theme and senior set', async () => {
        await import(`@jiagong/elements/${element.entry}`);
        // English is opt-in on the server as in the browser.
        await import('@jiagong/elements/locales/en');
        const out = await renderTag(element.tag, 'locale="en" theme="dark" senior');
        assert.ok(/shadowrootmode="open"/.test(out), out.slice(0, 300));
        assert.ok(/theme="dark"/.test(out), out.slice(0, 300));
        assert.ok(/ lang="en"/.test(out), `not in English: ${out.slice(0, 300)}`);
      });
    });
  }
});
