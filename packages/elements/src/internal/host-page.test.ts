// The host page: employers paste the elements into old intranet pages and banks put them inside
// app shells. Inherited CSS crosses into every shadow root, so a page's `body { text-align:
// center; white-space: nowrap; text-transform: uppercase; … }` or a `<label>`/`<th>`'s bold would
// restyle the elements' text; these tests place every family in such a page and compare it with
// the same element in a plain one.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { FIRST_VIEWS } from '../../test/support/first-views.js';
import {
  PUBLISHABLE_KEY,
  resetSandbox,
  sandboxUrl,
  tokenFor,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

/** What old intranet pages put on `body` (jQuery-era CSS, 宋体 12px, Bootstrap 3 labels). */
const LEGACY =
  'font:italic bold 12px/1 SimSun,serif;font-variant:small-caps;letter-spacing:1px;' +
  'word-spacing:4px;text-align:center;text-indent:2em;text-transform:uppercase;' +
  'white-space:nowrap;word-break:break-all;-webkit-text-fill-color:#333;color:#333;' +
  // A right-to-left page (Arabic, Hebrew, Uyghur) around Chinese or English elements.
  'direction:rtl';

/** Inherited properties the page must not change inside an element. */
const INHERITED = [
  'text-align',
  'text-transform',
  'text-indent',
  'letter-spacing',
  'word-spacing',
  'white-space',
  'word-break',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'font-family',
  'font-size',
  'line-height',
  'color',
  '-webkit-text-fill-color',
  'direction',
] as const;

// Every family that lists hostResetStyles. The loan form's entry (with its inputs and the union
// picker) and the points mall are at their size budgets: they carry only the part below; what
// partners set for the rest is in docs/theming.md.
const NOT_YET = ['jg-union-picker', 'jg-loan-status'];
const VIEWS: typeof FIRST_VIEWS = [
  ...FIRST_VIEWS.filter(([tag]) => !NOT_YET.includes(tag) && !/^jg-(mall|points)-/.test(tag)),
  // The member code on its own (a partner's own card page), not only inside the card or the list.
  ['jg-member-code', 'm_1001', ''],
];

/**
 * What the loan form (the inputs and union picker inside it too) and the points mall reset on
 * their host: the inherited styles that break their layout or colours on a phone (text run off
 * the screen, centred or indented form text, the page's text colour painted over the theme's).
 */
const LAYOUT = ['text-align', 'white-space', 'text-indent', '-webkit-text-fill-color'] as const;
const LAYOUT_VIEWS: typeof FIRST_VIEWS = [
  ['jg-loan-application', 'm_1002', ''],
  ...FIRST_VIEWS.filter(([tag]) => tag == 'jg-loan-status' || /^jg-(mall|points)-/.test(tag)),
];

/** Every element under `root`'s shadow roots, in tree order. */
function shadowNodes(el: Element): Element[] {
  const found: Element[] = [];
  for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
    found.push(node, ...shadowNodes(node));
  }
  return found;
}

async function mount(
  style: string,
  tag: string,
  member: string | null,
  attributes: string,
): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${style}>
      <jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        .getSessionToken=${member ? () => tokenFor(member) : undefined}
        >${staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`}</jg-provider
      >
    </div>`,
  );
  const el = wrapper.querySelector<HTMLElement>(tag)!;
  await waitForLoad(el);
  await waitUntil(() => shadowNodes(el).length > 3, `${tag} did not render`);
  return el;
}

describe('host page', function () {
  // Above the 10 s every waitUntil and waitForLoad may take (test-helpers.ts): a wait that
  // fails says what it waited for, not mocha's 'Timeout of 10000ms exceeded'.
  this.timeout(30_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(resetSandbox);
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  /** `properties` of the element's shadow nodes that differ between a plain and a legacy page. */
  async function changedBy(
    [tag, member, attributes]: (typeof FIRST_VIEWS)[number],
    properties: readonly string[],
  ): Promise<string[]> {
    const plain = await mount('', tag, member, attributes);
    const legacy = await mount(LEGACY, tag, member, attributes);
    const a = shadowNodes(plain);
    const b = shadowNodes(legacy);
    const changed = new Set<string>();
    for (const [i, node] of a.entries()) {
      const twin = b[i];
      if (!twin || twin.localName !== node.localName) break;
      if (node.localName === 'style' || node.localName === 'slot') continue;
      const x = getComputedStyle(node);
      const y = getComputedStyle(twin);
      for (const property of properties) {
        if (x.getPropertyValue(property) !== y.getPropertyValue(property)) {
          changed.add(`${property}: ${y.getPropertyValue(property)}`);
        }
      }
    }
    return [...changed];
  }

  for (const view of VIEWS) {
    it(`<${view[0]} ${view[2]}> keeps its own text styles in a legacy page`, async () => {
      expect(await changedBy(view, INHERITED), view[0]).to.deep.equal([]);
    });
  }

  for (const view of LAYOUT_VIEWS) {
    it(`<${view[0]} ${view[2]}> keeps its alignment, wrapping and colours in a legacy page`, async () => {
      expect(await changedBy(view, LAYOUT), view[0]).to.deep.equal([]);
    });
  }
});

describe('host page: an element inside a link', function () {
  this.timeout(30_000); // as 'host page'
  before(resetSandbox);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it("a card wrapped in the partner's link: its buttons act without following the link", async () => {
    const link = await fixture<HTMLAnchorElement>(
      html`<a href="#card-page"
        ><jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          .getSessionToken=${() => tokenFor('m_1001')}
          ><jg-member-card></jg-member-card></jg-provider
      ></a>`,
    );
    const card = link.querySelector('jg-member-card')!;
    await waitForLoad(card);
    const part = (name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
    part('code-button').click();
    await waitUntil(() => card.shadowRoot!.querySelector('#code-panel'), 'the code did not open');
    part('reveal-button').click();
    await waitUntil(() => part('reveal-button').textContent!.includes('隐藏'), 'not revealed');
    expect(location.hash).to.equal('');
    // The rest of the card is the partner's link, as they meant it.
    part('card').click();
    expect(location.hash).to.equal('#card-page');
  });
});

describe('host page: rows and cells', function () {
  this.timeout(30_000); // as 'host page'
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(resetSandbox);
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // An app shell's row (an icon beside the element, no min-width: 0) and an intranet's table.
  const containers = {
    'a flex row': 'display:flex;width:344px',
    'a table cell': 'display:table-cell;width:344px',
  };
  for (const [tag, member, attributes] of [
    ...FIRST_VIEWS,
    ['jg-loan-application', 'm_1002', ''] as const,
  ]) {
    for (const [name, style] of Object.entries(containers)) {
      it(`<${tag} ${attributes}> fits ${name} on a 360 px phone`, async () => {
        const row = await fixture<HTMLElement>(
          html`<div style=${style}>
            <span style="flex:none">菜单</span>
            <jg-provider
              style="flex:1"
              api-base=${sandboxUrl()}
              publishable-key=${PUBLISHABLE_KEY}
              .getSessionToken=${member ? () => tokenFor(member) : undefined}
              >${staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`}</jg-provider
            >
          </div>`,
        );
        const el = row.querySelector<HTMLElement>(tag)!;
        await waitForLoad(el);
        expect(el.getBoundingClientRect().right, tag).to.be.at.most(
          row.getBoundingClientRect().right + 0.5,
        );
        expect(row.scrollWidth, tag).to.be.at.most(row.clientWidth);
      });
    }
  }
});
