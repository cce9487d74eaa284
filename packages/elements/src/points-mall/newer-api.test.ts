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
  waitUntil,
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

  // The names every object inherits: read as keys of a message table, a status, type or code
  // named so showed Object's function text ('function Object() { [native code] }') or
  // '[object Object]'.
  const INHERITED = ['constructor', '__proto__', 'toString'];
  const noObjectText = (shown: string) => expect(shown).not.to.match(/function|native|object/i);

  it('<jg-mall-orders> and <jg-points-history> read a status or type named as an inherited property as 其他', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        const page = body as Page;
        if (path === '/v1/me/orders') {
          INHERITED.forEach((status, i) =>
            Object.assign(page.data[i]!, { status, cancellable: false }),
          );
          return page;
        }
        if (path === '/v1/me/points/transactions') {
          INHERITED.forEach((type, i) => (page.data[i]!.type = type));
          return page;
        }
        return undefined;
      }),
    });
    const orders = await clientFixture<JgMallOrders>(
      client,
      html`<jg-mall-orders></jg-mall-orders>`,
    );
    await waitForLoad(orders);
    const history = await clientFixture<JgPointsHistory>(
      client,
      html`<jg-points-history></jg-points-history>`,
    );
    await waitForLoad(history);
    const statuses = [...orders.shadowRoot!.querySelectorAll('[part="order"] [part~="status"]')];
    const types = [...history.shadowRoot!.querySelectorAll('[part~="entry"] [part="type"]')];
    for (const shown of [...statuses.slice(0, 3), ...types.slice(0, 3)]) {
      expect(text(shown)).to.equal('其他');
    }
  });

  it('<jg-mall-product> of a fulfilment named constructor offers no redeeming', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/mall/products/prd_0001') return undefined;
        return { ...(body as object), fulfilment: 'constructor' };
      }),
    });
    const el = await clientFixture<JgMallProduct>(
      client,
      html`<jg-mall-product product-id="prd_0001"></jg-mall-product>`,
    );
    await waitForLoad(el);
    const root = el.shadowRoot!;
    noObjectText(text(root.querySelector('[part="facts"]')));
    expect(text(root.querySelector('[part="facts"]'))).to.contain('暂时不能在这里兑换');
    expect(root.querySelector('form')).to.equal(null);
  });

  it('<jg-mall-product> explains a refusal whose code is an inherited name as unconfirmed', async () => {
    // A real refusal (quantity 0 is invalid: nothing is ordered), its code renamed.
    const client = sandboxClient('m_1001', {
      retry: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method !== 'POST') return fetch(request);
        const input_ = (await request.json()) as Record<string, unknown>;
        const response = await fetch(request.url, {
          method: 'POST',
          headers: request.headers,
          body: JSON.stringify({ ...input_, quantity: 0 }),
        });
        const body = (await response.json()) as { error: { code: string } };
        body.error.code = 'constructor';
        return new Response(JSON.stringify(body), {
          status: response.status,
          headers: response.headers,
        });
      },
    });
    const el = await clientFixture<JgMallProduct>(
      client,
      html`<jg-mall-product product-id="prd_0002"></jg-mall-product>`,
    );
    await waitForLoad(el);
    const root = el.shadowRoot!;
    await waitUntil(() => el.balance !== undefined, 'balance');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="redeem-button"]')!.click();
    await waitUntil(() => root.querySelector('dialog')!.open, 'confirmation open');
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitUntil(() => root.querySelector('dialog [part="failure"]'), 'failure');
    const failure = text(root.querySelector('dialog [part="failure"]'));
    noObjectText(failure);
    expect(failure).to.contain('未能确认兑换结果');
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
