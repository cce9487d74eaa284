// The box of every field a member types into or chooses with (text fields, selects, search boxes,
// the mall's quantity) is what shows where the field is: WCAG 2.2 SC 1.4.11 asks 3:1 or more
// between that boundary and what is around it. The light divider colour (--jg-color-border,
// 1.5:1 on white, 1.8:1 on the dark canvas) is not enough for it. Each element is mounted as a
// partner mounts it, in light and in dark mode (theme on the provider), and each field's computed
// border colour is read against the first opaque background behind it (the page's white when
// nothing paints one). The focus ring and an invalid field must still stand out from a valid one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/provider/index.js';
import '../../src/inputs/define.js';
import '../../src/union-picker/index.js';
import '../../src/loan-application/define.js';
import '../../src/merchant-list/index.js';
import '../../src/points-mall/index.js';
import '../../src/courses/index.js';
import '../../src/model-workers/index.js';
import {
  PUBLISHABLE_KEY,
  resetSandbox,
  sandboxUrl,
  tokenFor,
  waitForLoad,
} from '../support/test-helpers.js';

type Rgba = [number, number, number, number];

function rgba(value: string): Rgba {
  const parts = value.match(/[\d.]+/g)?.map(Number) ?? [];
  expect(parts.length, `a colour: ${value}`).to.be.at.least(3);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first opaque background around `el` (through shadow roots), else the page's white. */
function backgroundBehind(el: Element): Rgba {
  for (let node: Node | null = el.parentNode; node;) {
    if (node instanceof Element) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] === 1) return colour;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return [255, 255, 255, 1];
}

function borderContrast(field: Element): number {
  const style = getComputedStyle(field);
  expect(style.borderTopStyle, 'the field draws a border').to.not.equal('none');
  return contrast(rgba(style.borderTopColor), backgroundBehind(field));
}

async function mount(theme: string, member: string | null, template: TemplateResult) {
  const provider = await fixture(
    html`<jg-provider
      theme=${theme}
      api-base=${sandboxUrl()}
      publishable-key=${PUBLISHABLE_KEY}
      .getSessionToken=${member ? () => tokenFor(member) : undefined}
      >${template}</jg-provider
    >`,
  );
  const el = provider.firstElementChild as HTMLElement;
  await waitForLoad(el);
  return el;
}

function fields(el: Element, selector: string): Element[] {
  const found = [...el.shadowRoot!.querySelectorAll(selector)];
  expect(found.length, `${el.localName} ${selector}`).to.be.above(0);
  return found;
}

async function settle(el: Element & { updateComplete?: Promise<unknown> }) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Drives <jg-loan-application> to its employer step, the one with its own text fields. */
async function toEmployerStep(el: HTMLElement & { step?: string }) {
  const q = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
  const fill = async (name: string, text: string) => {
    const field = q(`[name="${name}"]`)!;
    const input = (field.shadowRoot?.querySelector('input') ?? field) as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
  };
  const click = async (selector: string) => {
    q(selector)!.click();
    await settle(el);
  };
  const opts = { timeout: 10_000 };
  await waitUntil(() => q('#product-lp_startup'), 'the products did not render', opts);
  await click('#product-lp_startup');
  await click('[part~="next-button"]');
  await fill('amountFen', '10万');
  await click('input[name="termMonths"][value="12"]');
  await click('input[name="repaymentMethod"][value="equal-instalment"]');
  await click('[part~="next-button"]');
  await fill('name', '陆小溪');
  await fill('idNumber', '330499199003071236');
  await fill('mobile', '19900001002');
  await waitUntil(() => (q('[name="unionId"]') as { value?: string }).value !== '', '', opts);
  await click('[part~="next-button"]');
  expect(el.step).to.equal('employer');
}

// What each element shows and the fields in it (in its shadow root; the inputs' box is `.field`).
const cases: {
  name: string;
  member: string | null;
  template: TemplateResult;
  selectors: string[];
  before?: () => Promise<void>;
  /** Its invalid field is red and thicker (red is about as dark as the valid border). */
  thickerWhenInvalid?: boolean;
  prepare?: (el: HTMLElement) => Promise<void>;
}[] = [
  {
    name: '<jg-phone-input>',
    member: null,
    template: html`<jg-phone-input label="手机号"></jg-phone-input>`,
    selectors: ['.field'],
  },
  {
    name: '<jg-union-picker>',
    member: null,
    template: html`<jg-union-picker label="工会"></jg-union-picker>`,
    selectors: ['.field'],
  },
  {
    name: '<jg-loan-application> (employer name and purpose)',
    member: 'm_1002',
    template: html`<jg-loan-application></jg-loan-application>`,
    selectors: ['.input'],
    // The server keeps the draft: a fresh member starts at the first step.
    before: resetSandbox,
    thickerWhenInvalid: true,
    prepare: toEmployerStep,
  },
  {
    name: '<jg-merchant-list> (search box, category)',
    member: 'm_1001',
    template: html`<jg-merchant-list page-size="3"></jg-merchant-list>`,
    selectors: ['.search-box', 'select'],
  },
  {
    name: '<jg-mall-product-grid> (search, sort)',
    member: 'm_1001',
    template: html`<jg-mall-product-grid></jg-mall-product-grid>`,
    selectors: ['[type="search"]', 'select'],
  },
  {
    name: '<jg-mall-product> (quantity)',
    member: 'm_1001',
    template: html`<jg-mall-product product-id="prd_0001"></jg-mall-product>`,
    selectors: ['.stepper input'],
    thickerWhenInvalid: true,
  },
  {
    name: '<jg-points-history> (type)',
    member: 'm_1001',
    template: html`<jg-points-history></jg-points-history>`,
    selectors: ['select'],
  },
  {
    name: '<jg-courses> (search, filters)',
    member: 'm_1001',
    template: html`<jg-courses></jg-courses>`,
    selectors: ['[type="search"]', 'select'],
  },
  {
    name: '<jg-model-workers> (search, filters)',
    member: 'm_1001',
    template: html`<jg-model-workers></jg-model-workers>`,
    selectors: ['[type="search"]', 'select'],
  },
];

describe('the box of every field stands out from the page (3:1, WCAG 1.4.11)', function () {
  this.timeout(60_000);

  for (const theme of ['light', 'dark']) {
    for (const {
      name,
      member,
      template,
      selectors,
      before,
      prepare,
      thickerWhenInvalid,
    } of cases) {
      it(`${name}, ${theme}`, async () => {
        await before?.();
        const el = await mount(theme, member, template);
        await prepare?.(el);
        for (const selector of selectors) {
          for (const field of fields(el, selector)) {
            const ratio = borderContrast(field);
            expect(ratio, `${selector}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
          }
        }
        if (thickerWhenInvalid) {
          const field = fields(el, selectors[0]!)[0]!;
          const valid = getComputedStyle(field).borderTopColor;
          field.setAttribute('aria-invalid', 'true');
          const invalid = getComputedStyle(field);
          expect(invalid.borderTopColor).to.not.equal(valid);
          expect(invalid.borderTopWidth).to.equal('2px');
        }
      });
    }
  }

  it('an invalid field and a focused one still look unlike a valid one', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount(
        theme,
        null,
        html`<jg-phone-input label="手机号" required></jg-phone-input>`,
      );
      const field = el.shadowRoot!.querySelector('.field')!;
      const valid = getComputedStyle(field);
      const [validColour, validShadow] = [valid.borderTopColor, valid.boxShadow];
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      await settle(el);
      // The focus ring is an outline of its own colour, apart from the border.
      expect(getComputedStyle(field).outlineStyle, theme).to.equal('solid');
      expect(getComputedStyle(field).outlineColor, theme).to.not.equal(validColour);
      el.setAttribute('data-user-invalid', '');
      await settle(el);
      const invalid = getComputedStyle(field);
      expect(invalid.borderTopColor, theme).to.not.equal(validColour);
      // Red is about as dark as the valid border: the invalid one is doubled too.
      expect(invalid.boxShadow, theme).to.not.equal(validShadow);
    }
  });
});
