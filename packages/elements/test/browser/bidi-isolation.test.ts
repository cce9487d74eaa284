// A name from the API that opens a right-to-left override and never closes it (U+202E, as a
// merchant can type into its own listing, or a pasted "invoice‮fdp.exe"): where an element puts
// that name inside a sentence of its own, the rest of the sentence must still read left to right,
// not turned around (“请向「…」店员出示此码” shown as “码此示出员店」”). The answer is the sandbox's,
// with the name rewritten as such an API would send it; the order of the characters on screen is
// read from their boxes.
import { expect, html } from '@open-wc/testing';
import '../../src/provider/index.js';
import '../../src/merchant-list/index.js';
import type { JgMerchantList } from '../../src/merchant-list/merchant-list.js';
import '../../src/points-mall/index.js';
import '../../src/points-mall/en.js';
import type { JgMallOrders } from '../../src/points-mall/mall-orders.js';
import {
  clientFixture,
  rewritingFetch,
  sandboxClient,
  waitForLoad,
  waitUntil,
} from '../support/test-helpers.js';

const RLO = '\u202e';

/** The left edge of each character of `text` where it first occurs in `node`'s text. */
function glyphLefts(root: Node, text: string): number[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(text);
    if (at < 0) continue;
    return [...text].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect().left;
    });
  }
  throw new Error(`"${text}" is not on screen`);
}

/** Whether the characters are laid out left to right, one after another. */
const leftToRight = (lefts: number[]) => lefts.every((x, i) => i === 0 || x > lefts[i - 1]!);

describe('a right-to-left override in a name from the API stays inside the name', function () {
  this.timeout(30_000);

  it('<jg-merchant-list>: the member code dialog’s hint reads left to right after the name', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/merchants') return undefined;
        const page = body as { data: { name: string }[] };
        for (const merchant of page.data) merchant.name = `${RLO}${merchant.name}`;
        return page;
      }),
    });
    const el = await clientFixture<JgMerchantList>(
      client,
      html`<jg-merchant-list page-size="2"></jg-merchant-list>`,
    );
    await waitForLoad(el);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part~="code-button"]')!.click();
    const dialog = root.querySelector<HTMLDialogElement>('[part~="code-dialog"]')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    const hint = root.querySelector('[part~="dialog-hint"]')!;
    expect(hint.textContent).to.contain(RLO, 'the name is shown as sent');
    expect(leftToRight(glyphLefts(hint, '店员出示此码')), hint.textContent!).to.equal(true);
    el.closeCode();
  });

  it('<jg-mall-orders>: a right-to-left recipient keeps the mobile number after her name', async () => {
    // An Arabic or Hebrew name (a member's own typing) pulls the digits after it into its
    // right-to-left run: the number was shown before the name, 收货人: 1001****199 *سارة.
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (!path.endsWith('/orders')) return undefined;
        const page = body as { data: { delivery: { recipientMasked: string } | null }[] };
        for (const order of page.data) if (order.delivery) order.delivery.recipientMasked = 'سارة*';
        return page;
      }),
    });
    const el = await clientFixture<JgMallOrders>(client, html`<jg-mall-orders></jg-mall-orders>`);
    await waitForLoad(el);
    const line = Array.from(el.shadowRoot!.querySelectorAll('p')).find((p) =>
      p.textContent!.includes('سارة*'),
    )!;
    const name = glyphLefts(line, 'سارة*');
    const mobile = glyphLefts(line, '****');
    expect(Math.min(...mobile), line.textContent!).to.be.greaterThan(Math.max(...name));
  });

  for (const [locale, after] of [
    ['zh-CN', '的兑换吗'],
    ['en', 'Your points come back'],
  ] as const) {
    it(`<jg-mall-orders> (${locale}): the cancel question reads left to right after the product name`, async () => {
      const client = sandboxClient('m_1001', {
        fetch: rewritingFetch((path, body) => {
          if (!path.endsWith('/orders')) return undefined;
          const page = body as { data: { productName: string }[] };
          for (const order of page.data) order.productName = `${RLO}${order.productName}`;
          return page;
        }),
      });
      const el = await clientFixture<JgMallOrders>(
        client,
        html`<jg-mall-orders locale=${locale}></jg-mall-orders>`,
      );
      await waitForLoad(el);
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      await waitUntil(() => root.querySelector('[part~="confirm-cancel"]'), 'the question shows');
      const question = root.querySelector('[part~="confirm-cancel"] p')!;
      expect(question.textContent).to.contain(RLO, 'the name is shown as sent');
      expect(leftToRight(glyphLefts(question, after)), question.textContent!).to.equal(true);
    });
  }
});
