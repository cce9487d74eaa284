// The API under /v1 may add values to its answers (an order status, a points type) before the
// partner's app updates this SDK: each answer here is the sandbox's, rewritten as a newer API
// would send it. The row stays on screen with a neutral label; the list is not an error.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import {
  clientFixture,
  rewritingFetch,
  sandboxClient,
  waitForLoad,
} from '../../test/support/test-helpers.js';
import type { JgMallOrders } from './mall-orders.js';
import type { JgMallProduct } from './mall-product.js';
import type { JgPointsHistory } from './points-history.js';

type Page = { data: Record<string, unknown>[] };
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('points mall with a newer API', function () {
  this.timeout(30_000);

  it('<jg-mall-orders> lists an order of a status it does not know as 其他', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/me/orders') return undefined;
        const page = body as Page;
        Object.assign(page.data[0]!, { status: 'refunding', cancellable: false });
        return page;
      }),
    });
    const el = await clientFixture<JgMallOrders>(client, html`<jg-mall-orders></jg-mall-orders>`);
    await waitForLoad(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="error"]')).to.equal(null);
    const orders = [...root.querySelectorAll('[part="order"]')];
    expect(orders.length).to.be.greaterThan(1);
    expect(text(orders[0]!.querySelector('[part~="status"]'))).to.equal('其他');
    expect(orders[0]!.querySelector('[part="cancel-button"]')).to.equal(null);
    expect(text(orders[1]!.querySelector('[part~="status"]'))).not.to.equal('其他');
  });

  it('<jg-points-history> lists an entry of a type it does not know as 其他, filters as before', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/me/points/transactions') return undefined;
        const page = body as Page;
        page.data[0]!.type = 'transfer';
        return page;
      }),
    });
    const el = await clientFixture<JgPointsHistory>(
      client,
      html`<jg-points-history></jg-points-history>`,
    );
    await waitForLoad(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="error"]')).to.equal(null);
    const entries = [...root.querySelectorAll('[part~="entry"]')];
    expect(entries.length).to.be.greaterThan(1);
    expect(text(entries[0]!.querySelector('[part="type"]'))).to.equal('其他');
    const options = [...root.querySelectorAll('[part="filter"] option')].map(
      (option) => (option as HTMLOptionElement).value,
    );
    expect(options).to.deep.equal(['', 'earn', 'redeem', 'refund', 'expire', 'adjust']);
  });

  it('<jg-mall-product> of a fulfilment it does not know shows the product and offers no redeeming', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/mall/products/prd_0001') return undefined;
        return { ...(body as object), fulfilment: 'locker' };
      }),
    });
    const el = await clientFixture<JgMallProduct>(
      client,
      html`<jg-mall-product product-id="prd_0001"></jg-mall-product>`,
    );
    await waitForLoad(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="error"]')).to.equal(null);
    expect(text(root.querySelector('[part="name"]'))).not.to.equal('');
    expect(text(root.querySelector('[part="price"]'))).to.match(/\d/);
    const method = [...root.querySelectorAll('[part="facts"] > div')].find(
      (row) => text(row.querySelector('dt')) === '领取方式',
    );
    expect(text(method?.querySelector('dd'))).to.equal('暂时不能在这里兑换');
    // The delivery details such a product may need are not asked, so nothing may be sent.
    expect(root.querySelector('[part="redeem-button"]')).to.equal(null);
    expect(root.querySelector('form')).to.equal(null);
  });

  it('<jg-mall-product> on a 320 px phone keeps 领取方式 on one line beside a long value, and both on screen', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/mall/products/prd_0001') return undefined;
        return { ...(body as object), fulfilment: 'locker' };
      }),
    });
    await setViewport({ width: 320, height: 640 });
    try {
      for (const senior of [false, true]) {
        const el = await clientFixture<JgMallProduct>(
          client,
          html`<jg-mall-product product-id="prd_0001" ?senior=${senior}></jg-mall-product>`,
        );
        await waitForLoad(el);
        // A partner page's margins (the bank app's card: 24 px each side).
        el.style.paddingInline = '24px';
        const row = [...el.shadowRoot!.querySelectorAll('[part="facts"] > div')].find(
          (div) => text(div.querySelector('dt')) === '领取方式',
        )!;
        const label = row.querySelector('dt')!;
        const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
        expect(label.getBoundingClientRect().height, `label lines, senior ${senior}`).to.be.below(
          lineHeight * 1.5,
        );
        for (const cell of [label, row.querySelector('dd')!]) {
          expect(cell.getBoundingClientRect().right, `senior ${senior}`).to.be.at.most(320);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
