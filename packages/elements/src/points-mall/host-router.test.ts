import { expect, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import type { JgPointsMall } from './points-mall.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import { guardWebStorage, isLoading, providerFixture } from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
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
  guardWebStorage();

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
});
