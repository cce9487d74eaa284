// Older members enlarge text: Android's system font size (1.3–2×, which Android WebViews apply
// to px text as well), WeChat's 字体大小, the browser's zoom. WCAG 2.1 AA asks that text at 200 %
// loses no content or function (1.4.4), that a 320 px screen needs no sideways scrolling (1.4.10)
// and that a member's own text spacing cuts nothing off (1.4.12). The elements size their text by
// the --jg-font-size-* tokens in px, so doubling the tokens on a host is what a 200 % text zoom
// does to it; the spacing rules go into every shadow root, where a bookmarklet cannot reach.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from './theme.js';
import { FIRST_VIEWS } from '../../test/support/first-views.js';
import { visiblePart } from '../../test/support/phone-layout.js';
import { providerFixture, resetSandbox, waitUntil } from '../../test/support/test-helpers.js';

@customElement('jg-text-resize-probe')
class TextResizeProbe extends LitElement {
  static override styles = baseStyles;

  override render() {
    return html`<p>嘉工卡</p>`;
  }
}

const TOKENS = ['sm', 'md', 'lg', 'xl'].map((size) => `--jg-font-size-${size}`);
/** The light theme's text at 200 %, set before the element renders (a member's setting). */
const DOUBLED =
  '--jg-font-size-sm:26px;--jg-font-size-md:30px;--jg-font-size-lg:36px;--jg-font-size-xl:44px';
/** Senior mode's text at 200 %. */
const DOUBLED_SENIOR =
  '--jg-font-size-sm:32px;--jg-font-size-md:38px;--jg-font-size-lg:44px;--jg-font-size-xl:56px';

/** `el` and every jg-* element inside it, shadow roots included. */
function hosts(el: Element): HTMLElement[] {
  const inside = [...el.querySelectorAll('*'), ...(el.shadowRoot?.querySelectorAll('*') ?? [])];
  return [
    ...(el.localName.startsWith('jg-') ? [el as HTMLElement] : []),
    ...inside.flatMap((node) => (node.shadowRoot ? hosts(node) : [])),
  ];
}

/** Text `factor` times as large in every element under `root` (its own, senior or not, too). */
async function enlargeText(root: Element, factor = 2): Promise<void> {
  const all = hosts(root);
  const sizes = all.map((el) => TOKENS.map((t) => getComputedStyle(el).getPropertyValue(t)));
  all.forEach((el, i) =>
    TOKENS.forEach((t, j) => el.style.setProperty(t, `calc(${factor} * ${sizes[i]![j]})`)),
  );
  await Promise.all(all.map((el) => (el as Partial<LitElement>).updateComplete));
}

/** WCAG 1.4.12's spacing, set by the member, in every shadow root under `root`. */
function spaceText(root: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}' +
      'p{margin-block-end:2em!important}',
  );
  for (const el of hosts(root)) {
    const shadow = el.shadowRoot!;
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }
}

/** Whether `node` sits in a sideways scroller of its own (a row of chips): one-way scrolling. */
function inScroller(node: Element): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(el).overflowX)) return true;
  }
  return false;
}

/**
 * What a member would see cut off, run over or past the screen's edge, under `host`; `shortened`
 * names the elements that may shorten their text by design (the text is shown in full nearby).
 */
function defects(host: Element, shortened = ''): string[] {
  const found: string[] = [];
  const edge = document.documentElement.clientWidth + 0.5;
  for (const el of hosts(host)) {
    const runs: { owner: Element; box: DOMRect }[] = [];
    const modal = el.shadowRoot!.querySelector('dialog:modal');
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      if (!node.checkVisibility() || node.closest('.jg-visually-hidden, .jg-skeleton')) continue;
      const text = node.textContent!.trim().replace(/\s+/g, ' ').slice(0, 24);
      const name = `${el.localName} <${node.localName} class="${node.className}"> "${text}"`;
      const style = getComputedStyle(node);
      // A one-line field's value scrolls inside it as the member moves the caret.
      const clips =
        /hidden|clip/.test(style.overflowX + style.overflowY) &&
        node.localName !== 'input' &&
        !(shortened && node.matches(shortened));
      if (clips && node.scrollHeight > node.clientHeight + 1) found.push(`${name} cut off below`);
      if (clips && node.scrollWidth > node.clientWidth + 1) found.push(`${name} cut off sideways`);
      if (node.getBoundingClientRect().right > edge && !inScroller(node)) {
        found.push(`${name} past the screen's edge`);
      }
      // Under a modal dialog the page is covered: only the dialog's own text can run over itself.
      if (modal && !modal.contains(node)) continue;
      for (const text of node.childNodes) {
        if (text.nodeType !== Node.TEXT_NODE || !text.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const box of range.getClientRects()) {
          const shown = visiblePart(node, box);
          if (shown) runs.push({ owner: node, box: shown });
        }
      }
    }
    // Text of one element drawn over the text of another.
    for (const [i, a] of runs.entries()) {
      for (const b of runs.slice(i + 1)) {
        if (a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) {
          found.push(`${el.localName}: "${a.owner.textContent}" over "${b.owner.textContent}"`);
        }
      }
    }
  }
  return [...new Set(found)];
}

/** Places the element as a partner's page does on a phone: 16 px from each edge. */
function inPage(el: Element): void {
  (el.parentElement as HTMLElement).style.cssText = 'display: block; padding: 0 16px';
}

/** Runs `body` on a phone of `width` px, then puts the test viewport back. */
async function onPhone(width: number, body: () => Promise<void>): Promise<void> {
  await setViewport({ width, height: 640 });
  try {
    await body();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

describe('text resize and spacing (WCAG 1.4.4, 1.4.10, 1.4.12)', function () {
  this.timeout(30_000);
  // The virtualizer's benign "ResizeObserver loop" notice would fail tests through window.onerror.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it("takes the page's text-size-adjust, through which WeChat and WebViews enlarge text", async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="-webkit-text-size-adjust: 150%">
        <jg-text-resize-probe></jg-text-resize-probe>
      </div>`,
    );
    const probe = page.querySelector<TextResizeProbe>('jg-text-resize-probe')!;
    const text = probe.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(text).getPropertyValue('text-size-adjust')).to.equal('150%');
  });

  it('<jg-loan-application>: the products and the step indicator at 200 % on a 320 px phone', async () => {
    await onPhone(320, async () => {
      const el = await providerFixture<HTMLElement>(
        'm_1002',
        html`<jg-loan-application></jg-loan-application>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('form'), 'no form', { timeout: 10_000 });
      inPage(el);
      // The current step's label may shorten: the step's heading below says it in full.
      await enlargeText(el);
      expect(defects(el, '.steps .label')).to.deep.equal([]);
      spaceText(el);
      expect(defects(el, '.steps .label')).to.deep.equal([]);
      (el as HTMLElement & { locale: string }).locale = 'en';
      await waitUntil(
        () => el.shadowRoot!.querySelector('.steps .label')?.textContent == 'Product',
      );
      expect(defects(el, '.steps .label'), 'English').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'sideways scrolling').to.be.at.most(320);
    });
  });

  it('<jg-mall-product-grid>: cells as tall as their text at 200 %, no row over the next', async () => {
    await onPhone(320, async () => {
      const el = await providerFixture<HTMLElement>(
        'm_1001',
        html`<jg-mall-product-grid style=${DOUBLED}></jg-mall-product-grid>`,
      );
      inPage(el);
      // The grid renders the cells in sight: the toolbar above it takes a screen at 200 %.
      el.shadowRoot!.querySelector('[part="grid"]')!.scrollIntoView();
      const cards = () => [...el.shadowRoot!.querySelectorAll('[part~="product"]')];
      await waitUntil(() => cards().length > 3, 'no cards', { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(defects(el)).to.deep.equal([]);
      spaceText(el);
      expect(defects(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'sideways scrolling').to.be.at.most(320);
    });
  });

  it('<jg-points-mall senior>: a six-figure balance at 200 % and spaced on a 320 px phone', async () => {
    await onPhone(320, async () => {
      // A member of many years: 128,000 points, one word a line cannot break.
      await fetch('/__jg/sandbox/members/m_1002/points', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ balance: 128_000 }),
      });
      try {
        const el = await providerFixture<HTMLElement>(
          'm_1002',
          html`<jg-points-mall senior style=${DOUBLED_SENIOR}></jg-points-mall>`,
        );
        inPage(el);
        const balance = () => el.shadowRoot!.querySelector('[part="balance"] strong');
        await waitUntil(balance, 'no balance', { timeout: 10_000 });
        expect(balance()!.textContent).to.equal('128,000');
        spaceText(el);
        expect(defects(el)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'sideways scrolling').to.be.at.most(320);
      } finally {
        await resetSandbox();
      }
    });
  });

  // Every family's first view, with the member that gives it the most to show, in a phone's
  // page at 200 % text, then with the member's text spacing too (a service's description too:
  // she must read what the module is, not only hear it in the tile's name).
  // Chinese, normal and senior; English (longer words, which do not break) at normal size.
  const MODES = [
    ['zh-CN', false],
    ['zh-CN', true],
    ['en', false],
  ] as const;
  for (const [tag, member, attributes] of FIRST_VIEWS) {
    for (const [locale, senior] of MODES) {
      const name = `<${tag}${attributes ? ` ${attributes}` : ''} locale="${locale}"${senior ? ' senior' : ''}>`;
      it(`${name}: nothing cut off, run over or past a 320 px screen at 200 % and spaced`, async () => {
        await onPhone(320, async () => {
          const el = await providerFixture<HTMLElement>(
            member,
            staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} locale=${locale}
              ?senior=${senior} style=${senior ? DOUBLED_SENIOR : DOUBLED}></${unsafeStatic(tag)}>`,
          );
          inPage(el);
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(defects(el), 'at 200 %').to.deep.equal([]);
          spaceText(el);
          expect(defects(el), 'spaced').to.deep.equal([]);
          expect(document.documentElement.scrollWidth, 'sideways scrolling').to.be.at.most(320);
        });
      });
    }
  }

  // What a control opens: the member code, a merchant's code dialog, the redemption.
  const opened: [tag: string, member: string, attributes: string, control: string][] = [
    ['jg-member-card', 'm_1001', '', 'code-button'],
    ['jg-merchant-list', 'm_1001', '', 'code-button'],
    ['jg-mall-product', 'm_1001', 'product-id="prd_0002"', 'redeem-button'],
  ];
  for (const [tag, member, attributes, control] of opened) {
    for (const senior of [false, true]) {
      const name = `<${tag}${attributes ? ` ${attributes}` : ''}${senior ? ' senior' : ''}>`;
      it(`${name}: what ${control} opens at 200 % and spaced`, async () => {
        await onPhone(320, async () => {
          const el = await providerFixture<HTMLElement>(
            member,
            staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} ?senior=${senior}
              style=${senior ? DOUBLED_SENIOR : DOUBLED}></${unsafeStatic(tag)}>`,
          );
          inPage(el);
          el.shadowRoot!.querySelector<HTMLElement>(`[part~="${control}"]`)!.click();
          await new Promise((resolve) => setTimeout(resolve, 1500));
          expect(defects(el, '.description'), 'at 200 %').to.deep.equal([]);
          spaceText(el);
          expect(defects(el, '.description'), 'spaced').to.deep.equal([]);
          expect(document.documentElement.scrollWidth, 'sideways scrolling').to.be.at.most(320);
        });
      });
    }
  }

  it('<jg-loan-application>: every step to the review at 200 % and spaced', async () => {
    await onPhone(320, async () => {
      const el = await providerFixture<HTMLElement & { step: string }>(
        'm_1002',
        html`<jg-loan-application style=${DOUBLED}></jg-loan-application>`,
      );
      try {
        await waitUntil(() => el.shadowRoot?.querySelector('form'), 'no form', { timeout: 10_000 });
        inPage(el);
        spaceText(el);
        const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
        const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
        const fill = async (name: string, text: string) => {
          const field = $(`[name="${name}"]`);
          const input = (field.shadowRoot?.querySelector('input') ?? field) as HTMLInputElement;
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await settle();
        };
        const next = async (step: string) => {
          $('[part~="next-button"]').click();
          await waitUntil(() => el.step === step, `no ${step} step`);
          await settle();
          expect(defects(el, '.steps .label'), step).to.deep.equal([]);
          expect(document.documentElement.scrollWidth, `${step}: sideways`).to.be.at.most(320);
        };
        $('#product-lp_startup').click();
        await next('amount');
        await fill('amountFen', '10万');
        $('input[name="termMonths"][value="12"]').click();
        $('input[name="repaymentMethod"][value="equal-instalment"]').click();
        await settle();
        expect(defects(el, '.steps .label'), 'estimate').to.deep.equal([]);
        await next('applicant');
        await fill('name', '陆小溪');
        await fill('idNumber', '330499199003071236');
        await fill('mobile', '19900001002');
        await waitUntil(() => ($('[name="unionId"]') as HTMLInputElement).value !== '');
        await next('employer');
        await fill('employerName', '嘉兴示例科技有限公司');
        await fill('uscc', '91330402MA20000280');
        await fill('purpose', '店面装修');
        await next('consents');
        for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('[type="checkbox"]')) {
          box.click();
        }
        await settle();
        await next('review');
      } finally {
        await resetSandbox();
      }
    });
  });
});
