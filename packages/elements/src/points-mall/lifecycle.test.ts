// The mall's views inside single-page apps that move and remove them (React re-parenting, tab
// containers): a move keeps what is on screen and never leaves a list loading for good.
import { expect, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import type { JgMallProduct } from './mall-product.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import type { JgMallOrders } from './mall-orders.js';
import type { JgPointsMall } from './points-mall.js';
import {
  clientFixture,
  isLoading,
  sandboxClient,
  reparent,
  sleep,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

/** A slow network: each answer arrives 300 ms late, so a move lands while a page loads. */
const slowClient = (memberId: string) =>
  sandboxClient(memberId, {
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      await sleep(300);
      return response;
    },
  });

describe('points mall views moved and removed', function () {
  this.timeout(30_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('a product grid moved while its first page loads still shows the products', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgMallProductGrid>(
      client,
      html`<jg-mall-product-grid></jg-mall-product-grid>`,
      { wait: false },
    );
    reparent(el);
    await waitForLoad(el);
    expect(el.loadedProducts.length).to.be.greaterThan(0);
  });

  it('an order list moved while a page loads shows the orders, asked for again once', async () => {
    const client = slowClient('m_1001');
    const el = await clientFixture<JgMallOrders>(client, html`<jg-mall-orders></jg-mall-orders>`, {
      wait: false,
    });
    await waitUntil(() => client.requests.some((r) => r.endsWith('/v1/me/orders')), 'asked');
    reparent(el);
    await waitForLoad(el);
    expect(el.shadowRoot!.querySelector('[part~="list"]')).not.to.equal(null);
    expect(client.requests.filter((r) => r.endsWith('/v1/me/orders'))).to.have.length(2);
  });

  it('a loaded product view moved keeps the product, asks for nothing and shows no skeleton', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgMallProduct>(
      client,
      html`<jg-mall-product product-id="prd_0002"></jg-mall-product>`,
    );
    await waitUntil(() => el.balance !== undefined, 'balance');
    await sleep(100);
    const before = client.requests.length;
    reparent(el);
    await el.updateComplete;
    expect(isLoading(el)).to.equal(false);
    await sleep(500);
    expect(client.requests.slice(before)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="name"]')).not.to.equal(null);
  });

  it('a product view moved while loading loads once it is back', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgMallProduct>(
      client,
      html`<jg-mall-product product-id="prd_0002"></jg-mall-product>`,
      { wait: false },
    );
    reparent(el);
    await waitForLoad(el);
    expect(el.shadowRoot!.querySelector('[part~="name"]')).not.to.equal(null);
  });

  it('a grid removed with a search still being typed asks nothing more', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgMallProductGrid>(
      client,
      html`<jg-mall-product-grid></jg-mall-product-grid>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '茶';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const before = client.requests.length;
    el.remove();
    await sleep(800);
    expect(client.requests.slice(before)).to.deep.equal([]);
  });

  it('a grid moved with a search still being typed applies it', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgMallProductGrid>(
      client,
      html`<jg-mall-product-grid></jg-mall-product-grid>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '茶';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // React re-parenting: removed, then inserted elsewhere in the same task.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await sleep(800);
    expect(el.search).to.equal('茶');
  });

  it('a points mall moved while its balance loads shows the balance, asked for again once', async () => {
    const client = slowClient('m_1001');
    const el = await clientFixture<JgPointsMall>(client, html`<jg-points-mall></jg-points-mall>`, {
      wait: false,
    });
    const points = () => client.requests.filter((r) => r.endsWith('/v1/me/points'));
    await waitUntil(() => points().length, 'asked');
    reparent(el);
    await waitUntil(() => el.balance !== undefined, 'the balance', { timeout: 5_000 });
    expect(points()).to.have.length(2);
    // Moved again once loaded: nothing asked again. "Loaded" includes the grid's products, whose
    // request can start late on a busy machine, so wait until no request has started for 700 ms.
    for (let seen = -1; seen !== client.requests.length; await sleep(700)) {
      seen = client.requests.length;
    }
    const before = client.requests.length;
    reparent(el);
    await sleep(500);
    expect(client.requests.slice(before)).to.deep.equal([]);
  });
});
