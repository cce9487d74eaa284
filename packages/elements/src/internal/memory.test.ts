// Memory over a long session: a bank's single-page app stays open all day, its routes mount and
// remove our elements under one long-lived <jg-provider>, and kept elements refresh their data
// again and again. DevTools measures the page after forced garbage collection (the jg-memory
// command); each check compares the second half of the cycles with the first, so what a warm-up
// allocates once (compiled code, style sheets, Lit's template cache) is not counted.
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect } from '@open-wc/testing';
import '../index.js';
import type { JgMallProductGrid } from '../points-mall/mall-product-grid.js';
import type { JgMerchantList } from '../merchant-list/merchant-list.js';
import type { JgPointsMall } from '../points-mall/points-mall.js';
import { PUBLISHABLE_KEY, sandboxUrl, sleep, tokenFor } from '../../test/support/test-helpers.js';

interface Memory {
  heap: number;
  nodes: number;
  listeners: number;
}
// After a pause: a removed tree whose images are still loading stays until their loads end.
// The browser's resource timing buffer keeps an entry per request (up to 250): emptied first,
// so the figure is what our code keeps, not how many requests a step made.
const measure = async () => {
  await sleep(300);
  performance.clearResourceTimings();
  return executeServerCommand('jg-memory') as Promise<Memory>;
};

// Not @open-wc's waitUntil: its timeout's timer holds the predicate, and so the element, for the
// whole timeout after it resolved: every element would look leaked.
async function until(ok: () => unknown, what: string): Promise<void> {
  for (let i = 0; !ok(); i++) {
    if (i > 500) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
const loadedEl = (el: Element) =>
  !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[part~="skeleton"]');
/** Waits until every visible element of ours under `root` has loaded. */
async function loaded(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('jg-') && !(el as HTMLElement).hidden) {
      await until(() => loadedEl(el), el.localName);
    }
  }
}

async function longLivedProvider(): Promise<HTMLElement> {
  return fixture(
    html`<jg-provider
      api-base=${sandboxUrl()}
      publishable-key=${PUBLISHABLE_KEY}
      .getSessionToken=${() => tokenFor('m_1001')}
    ></jg-provider>`,
  );
}

/**
 * Runs `step` `warmUp` times, then twice `n` times, and returns what the second `n` steps added:
 * DOM nodes (less `uncounted` ones) and listeners in all, heap bytes per step. What the first `n`
 * added is warm-up that stays (caches filling once, compiled code), not growth.
 */
async function growth(
  step: (i: number) => Promise<void>,
  n: number,
  { warmUp = 2, uncounted = (): number => 0 }: { warmUp?: number; uncounted?: () => number } = {},
) {
  let i = 0;
  for (; i < warmUp; i++) await step(i);
  for (let k = 0; k < n; k++, i++) await step(i);
  const a = await measure();
  const aUncounted = uncounted();
  for (let k = 0; k < n; k++, i++) await step(i);
  const b = await measure();
  return {
    nodes: b.nodes - a.nodes - (uncounted() - aUncounted),
    listeners: b.listeners - a.listeners,
    heapPerStep: Math.round((b.heap - a.heap) / n),
  };
}

const families: Record<string, TemplateResult> = {
  'member card and code': html`<jg-member-card></jg-member-card><jg-member-code></jg-member-code>`,
  'card benefits': html`<jg-card-benefits></jg-card-benefits>`,
  'service menu': html`<jg-service-menu></jg-service-menu>`,
  'merchant list and its code dialog': html`<jg-merchant-list page-size="4"></jg-merchant-list>`,
  'points mall, grid to product, orders and history': html`<jg-points-mall></jg-points-mall>`,
  'loan application and status': html`<jg-loan-application></jg-loan-application
    ><jg-loan-status></jg-loan-status>`,
  courses: html`<jg-courses></jg-courses>`,
  quiz: html`<jg-quiz></jg-quiz>`,
  'model workers': html`<jg-model-workers></jg-model-workers>`,
  consents: html`<jg-consents></jg-consents>`,
};

/** What a member does in a family before leaving it. */
async function visit(host: HTMLElement): Promise<void> {
  await loaded(host);
  const first = host.firstElementChild!;
  if (first.localName === 'jg-merchant-list') {
    const list = first as JgMerchantList;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="code-button"]')!.click();
    const dialog = list.shadowRoot!.querySelector('[part~="code-dialog"]')!;
    await until(
      () => dialog.querySelector('jg-member-code')?.shadowRoot?.querySelector('[part="qr"]'),
      'the merchant code',
    );
    list.closeCode();
  }
  if (first.localName === 'jg-points-mall') {
    const mall = first as JgPointsMall;
    for (const view of ['product', 'orders', 'points'] as const) {
      mall.productId = 'prd_0002';
      mall.view = view;
      await mall.updateComplete;
      await loaded(mall.shadowRoot!);
    }
  }
}

describe('memory over a long session', function () {
  this.timeout(120_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('each family mounted and removed again and again under one provider leaves nothing behind', async () => {
    const provider = await longLivedProvider();
    const grown: Record<string, unknown> = {};
    for (const [name, template] of Object.entries(families)) {
      const g = await growth(async () => {
        const host = document.createElement('div');
        provider.append(host);
        render(template, host);
        await visit(host);
        host.remove();
      }, 3);
      // A family left behind is 170 (the member card) to 900 nodes (the courses) and several
      // listeners per visit, its data and closures 13–66 kB. Measured today: no node or listener
      // more, and 0–15 kB per visit (compiled code, the resource timing buffer), once 33 kB
      // for the mall (its four views), so the heap bound is loose and the nodes decide.
      if (g.nodes > 50 || g.listeners > 3 || g.heapPerStep > 48_000) grown[name] = g;
    }
    expect(grown).to.deep.equal({});
  });

  it('a product grid kept while the member searches and reloads holds one list, not every one', async () => {
    const provider = await longLivedProvider();
    provider.innerHTML = '<jg-mall-product-grid page-size="24"></jg-mall-product-grid>';
    const grid = provider.firstElementChild as JgMallProductGrid;
    await until(() => loadedEl(grid), 'the grid');
    const g = await growth(
      async (i) => {
        // A search, then back to every product, as a member looking for several things.
        grid.search = i % 2 ? '' : '嘉品';
        await grid.updateComplete;
        await until(() => loadedEl(grid), 'the search');
      },
      24,
      {
        // lit-html 3.3.1 to 3.3.3 leaves the end marker (an empty comment) of every card the
        // virtualizer removes in the grid (lit/lit#5298): Lit's to fix, not counted here.
        uncounted: () =>
          [...grid.shadowRoot!.querySelector('[part="grid"]')!.childNodes].filter(
            (node) => node.nodeType === Node.COMMENT_NODE,
          ).length,
      },
    );
    // Each search used to leave the previous virtualizer, its products and a listener behind
    // (about 1 listener and 10–26 kB a search), and each old one rendered again on scrolling;
    // a shorter result list then threw a TypeError (the test fails on an uncaught error).
    // Measured today: 1.6 kB a search over 24 searches, what warms up once spread thin; over 8
    // it read 2.5–6.1 kB and once failed this bound in CI, with nothing growing.
    expect(g.listeners, 'listeners').to.be.at.most(1);
    expect(g.heapPerStep, 'heap per search').to.be.below(6_000);
    expect(g.nodes, 'nodes').to.be.at.most(6);
  });
});
