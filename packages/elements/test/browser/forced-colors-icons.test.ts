// Windows high contrast (forced colours) paints text, borders and backgrounds in the member's own
// colours, but an <svg> keeps a colour set on it (its forced-color-adjust is
// preserve-parent-color): an icon coloured by the page stayed the brand red or a grey on the
// member's background (red on black, pale pink on white in the dark theme, grey on black). Every
// icon must take the colour of the text it stands beside. Chromium's forced colours are switched
// on through DevTools (`jg-cdp`), which the runner's emulateMedia cannot do.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/provider/index.js';
import '../../src/card-benefits/index.js';
import '../../src/consents/index.js';
import '../../src/courses/index.js';
import '../../src/loan-application/define.js';
import '../../src/member-card/index.js';
import '../../src/merchant-list/index.js';
import '../../src/model-workers/index.js';
import '../../src/points-mall/index.js';
import '../../src/quiz/index.js';
import '../../src/service-menu/index.js';
import { providerFixture, resetSandbox, waitUntil } from '../support/test-helpers.js';

const forcedColors = (scheme: string | null) =>
  executeServerCommand('jg-cdp', [
    [
      'Emulation.setEmulatedMedia',
      {
        features: scheme
          ? [
              { name: 'forced-colors', value: 'active' },
              { name: 'prefers-color-scheme', value: scheme },
            ]
          : [],
      },
    ],
  ]);

/** Icons (in every shadow root below `el`) whose colour is not their parent's, described. */
function iconsOffColour(el: Element): { icons: number; off: string[] } {
  const off: string[] = [];
  let icons = 0;
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot) walk(node.shadowRoot);
      if (!node.matches('svg.jg-icon')) continue;
      icons++;
      const parent = node.parentElement ?? (root.host as Element);
      const own = getComputedStyle(node).color;
      const around = getComputedStyle(parent).color;
      if (own !== around)
        off.push(
          `${root.host.localName} ${parent.localName}.${parent.className}: ${own} in ${around}`,
        );
    }
  };
  walk(el.shadowRoot!);
  return { icons, off };
}

const cases: [string | null, TemplateResult][] = [
  ['m_1001', html`<jg-card-benefits></jg-card-benefits>`],
  ['m_1001', html`<jg-member-card></jg-member-card>`],
  // A member who has not taken part yet: the round's introduction, its title's icon.
  ['m_1002', html`<jg-quiz></jg-quiz>`],
  [null, html`<jg-mall-product-grid></jg-mall-product-grid>`],
  ['m_1001', html`<jg-points-mall></jg-points-mall>`],
  ['m_1001', html`<jg-service-menu></jg-service-menu>`],
  ['m_1001', html`<jg-merchant-list></jg-merchant-list>`],
  [null, html`<jg-courses></jg-courses>`],
  [null, html`<jg-model-workers></jg-model-workers>`],
  ['m_1001', html`<jg-loan-status></jg-loan-status>`],
  ['m_1001', html`<jg-consents></jg-consents>`],
];

describe('forced colours (Windows high contrast): icons', function () {
  this.timeout(60_000);

  before(resetSandbox);
  afterEach(() => forcedColors(null));

  for (const scheme of ['dark', 'light']) {
    it(`draws every icon in the colour of its text, ${scheme} high-contrast theme`, async () => {
      await forcedColors(scheme);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const off: string[] = [];
      let icons = 0;
      for (const [member, template] of cases) {
        for (const theme of ['light', 'dark']) {
          const el = await providerFixture<HTMLElement>(member, template);
          el.parentElement!.setAttribute('theme', theme);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const found = iconsOffColour(el);
          icons += found.icons;
          off.push(...found.off.map((line) => `${theme}: ${line}`));
        }
      }
      expect(icons).to.be.above(cases.length);
      expect(off).to.deep.equal([]);
    });
  }

  // The chosen answer was told by its border colour and background, which forced colours drop:
  // every answer's box looked alike, only the small radio's dot told them apart.
  it("shows the quiz's chosen answer apart from the others", async () => {
    await forcedColors('dark');
    const el = await providerFixture<HTMLElement>('m_1002', html`<jg-quiz></jg-quiz>`);
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('[part~="start-button"]')!.click();
    await waitUntil(() => root.querySelector('legend'), 'the first question', { timeout: 10_000 });
    const options = [...root.querySelectorAll<HTMLElement>('.option')];
    options[1]!.querySelector('input')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const border = (option: HTMLElement) => getComputedStyle(option).borderTopWidth;
    expect(border(options[1]!)).to.equal('2px');
    expect(border(options[0]!)).to.equal('1px');
    expect(border(options[0]!)).to.equal(border(options[2]!));
  });

  // "还有 N 题未作答" and its two buttons sat in a box drawn by its background alone, which forced
  // colours drop: its buttons ran into the question's and the form's own.
  it("frames the quiz's unanswered-questions confirmation", async () => {
    await forcedColors('dark');
    const el = await providerFixture<HTMLElement>('m_1005', html`<jg-quiz></jg-quiz>`);
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('[part~="start-button"]')!.click();
    await waitUntil(() => root.querySelector('legend'), 'the first question', { timeout: 10_000 });
    // To the last question without answering, then 交卷.
    for (let i = 0; i < 8; i++) {
      root.querySelector<HTMLElement>('[part~="next-button"]')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    await waitUntil(() => root.querySelector('[part~="confirm"]'), 'the confirmation');
    const style = getComputedStyle(root.querySelector('[part~="confirm"]')!);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
