import { expect, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import type { JgPointsMall } from './points-mall.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import type { MallView } from './events.js';
import type { Order } from '@jiagong/contract';
import {
  giveUserActivation,
  guardWebStorage,
  heldFetch,
  isLoading,
  providerFixture,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const grid = (el: Element) => root(el).querySelector<JgMallProductGrid>('jg-mall-product-grid')!;
const cards = (el: Element) => [
  ...grid(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="product"]'),
];
const tab = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="nav-item"]')].find(
    (b) => b.textContent!.trim() === label,
  )!;
// Where the focus is, as text: a failed equal() of two elements of a mall freezes the test page
// (chai prints the whole of each).
const focused = (el: Element) => {
  const active = root(el).activeElement;
  return active?.getAttribute('part') ?? active?.localName ?? 'the page';
};

describe('jg-points-mall routed by the host page', function () {
  this.timeout(60_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  guardWebStorage({ resetSandbox: true });

  it('moves the focus to the new view the router sets, as when the mall routes itself', async () => {
    const el = await providerFixture<JgPointsMall>(
      'm_1001',
      html`<jg-points-mall></jg-points-mall>`,
      { wait: false },
    );
    // The router of docs/elements/points-mall.md: it cancels, pushes the URL, and the route
    // change sets the view a moment later.
    el.addEventListener('jg-navigate', (event) => {
      event.preventDefault();
      const { view, productId } = event.detail;
      setTimeout(() => {
        el.productId = productId ?? '';
        el.view = view;
      });
    });
    await waitUntil(() => grid(el) && !isLoading(grid(el)) && cards(el).length, 'grid ready', {
      timeout: 10_000,
    });
    const card = cards(el)[0]!;
    card.focus();
    card.click();
    await waitUntil(() => el.view === 'product', 'product view');
    await el.updateComplete;
    // The card went with the hidden grid: the focus would otherwise fall to the page.
    expect(focused(el)).to.equal('view');
    tab(el, '我的订单').focus();
    tab(el, '我的订单').click();
    await waitUntil(() => el.view === 'orders', 'orders view');
    await el.updateComplete;
    expect(focused(el)).to.equal('view');
  });

  it('moves the focus to the view Back or Forward sets when it was in the view that goes', async () => {
    const el = await providerFixture<JgPointsMall>(
      'm_1001',
      html`<jg-points-mall view="product" product-id="prd_0002"></jg-points-mall>`,
      { wait: false },
    );
    const product = () => root(el).querySelector('jg-mall-product')!;
    const redeem = () =>
      product().shadowRoot!.querySelector<HTMLButtonElement>('[part="redeem-button"]');
    await waitUntil(() => redeem(), 'product', { timeout: 10_000 });
    redeem()!.focus();
    // The member presses Back (Alt+←): the router's popstate sets the view, no jg-navigate.
    el.view = 'grid';
    await el.updateComplete;
    expect(focused(el)).to.equal('view');
    // Focus outside the mall stays where it is.
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.view = 'orders';
    await el.updateComplete;
    expect(document.activeElement === outside, 'focus left outside').to.equal(true);
    outside.remove();
  });
  it('tells the page and the balance of a redemption still on its way when the member pressed Back', async () => {
    // The order's answer held, as on a slow network: the server has taken it.
    const orders = heldFetch((r) => r.method == 'POST' && r.url.endsWith('/v1/me/orders'));
    const realFetch = window.fetch;
    window.fetch = orders;
    const start = location.href;
    const heard: Order[] = [];
    const hear = (event: Event) =>
      heard.push((event as CustomEvent<{ order: Order }>).detail.order);
    document.addEventListener('jg-order-created', hear);
    try {
      const el = await providerFixture<JgPointsMall>(
        'm_1001',
        html`<jg-points-mall></jg-points-mall>`,
        { wait: false },
      );
      // A History API router, as docs/elements/points-mall.md gives it.
      const route = () => {
        const state = history.state as { view?: MallView; productId?: string } | null;
        el.view = state?.view ?? 'grid';
        el.productId = state?.productId ?? '';
      };
      addEventListener('popstate', route);
      el.addEventListener('jg-navigate', (event) => {
        event.preventDefault();
        history.pushState(event.detail, '', `#mall/${event.detail.productId ?? event.detail.view}`);
        route();
      });
      try {
        await waitUntil(() => el.balance == 12_800, 'balance', { timeout: 10_000 });
        await waitUntil(() => cards(el).length, 'grid ready', { timeout: 10_000 });
        await giveUserActivation();
        cards(el)
          .find((card) => card.textContent!.includes('话费充值 10 元'))!
          .click();
        await el.updateComplete;
        const product = root(el).querySelector('jg-mall-product')!;
        const button = (name: string) =>
          product.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${name}"]`);
        await waitUntil(() => button('redeem-button'), 'product', { timeout: 10_000 });
        button('redeem-button')!.click();
        await waitUntil(() => button('confirm-button'), 'confirmation');
        button('confirm-button')!.click();
        await waitUntil(() => orders.held() == 1, 'order on its way', { timeout: 10_000 });
        const popped = new Promise((resolve) =>
          addEventListener('popstate', resolve, { once: true }),
        );
        history.back();
        await popped;
        await el.updateComplete;
        expect(el.view).to.equal('grid');
        expect(product.isConnected, 'the product view gone').to.equal(false);
        orders.release();
        // Before, the order was told to nobody: the balance stayed at 12,800.
        await waitUntil(() => heard.length == 1, 'the page told of the order', { timeout: 10_000 });
        expect(heard[0]!.productId).to.equal('prd_0002');
        await waitUntil(() => el.balance == heard[0]!.balanceAfter, 'the balance shown');
        await el.updateComplete;
        const amount = part(el, 'balance')!.querySelector('.amount')!;
        expect(amount.getAttribute('aria-live'), 'the balance said').to.equal('polite');
        expect(amount.textContent).to.contain('12,700');
      } finally {
        removeEventListener('popstate', route);
      }
    } finally {
      window.fetch = realFetch;
      document.removeEventListener('jg-order-created', hear);
      history.replaceState(null, '', start);
    }
  });
});
