import { expect, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import {
  guardWebStorage,
  isLoading,
  providerFixture,
  waitUntil,
} from '../../test/support/test-helpers.js';

const cards = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="product"]'),
];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Counts the grid's renders from now on (the element's own render, called as before). */
function countRenders(el: JgMallProductGrid): () => number {
  let count = 0;
  const render = el.render;
  el.render = function (this: JgMallProductGrid) {
    count++;
    return render.call(this);
  };
  return () => count;
}

/**
 * Changes the element's size with `change` and waits until a ResizeObserver has seen it, then two
 * frames more (the grid renders a frame after its observer) and any render that follows.
 */
async function resized(el: JgMallProductGrid, change: () => void): Promise<void> {
  let seen = false;
  let first = true;
  const observer = new ResizeObserver(() => {
    if (!first) seen = true;
    first = false;
  });
  observer.observe(el);
  await waitUntil(() => !first, 'observer started');
  change();
  await waitUntil(() => seen, 'the size did not change', { timeout: 5_000 });
  observer.disconnect();
  await frame();
  await frame();
  await el.updateComplete;
}

describe('jg-mall-product-grid renders', function () {
  this.timeout(60_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  guardWebStorage();

  it('renders again when its text size changes, not when only its size does', async () => {
    // Its ResizeObserver (ba7c28a) rendered the whole grid a frame after any size change: each
    // page loaded while scrolling (the list grows the element) cost one more render, 99 of 297
    // while 10,000 products loaded in bench/mall-scroll's page. Only a new text size changes what
    // render() draws (the cells); the virtualizer follows a new width itself.
    const el = await providerFixture<JgMallProductGrid>(
      null,
      html`<div style="width: 600px"><jg-mall-product-grid></jg-mall-product-grid></div>`,
      { wait: false },
    ).then((box) => box.querySelector<JgMallProductGrid>('jg-mall-product-grid')!);
    await waitUntil(() => !isLoading(el) && cards(el).length > 0, 'no cards', {
      timeout: 10_000,
    });
    // One category, all of it loaded: no further page (nor its render) follows a new layout.
    el.category = 'cat_union';
    await waitUntil(
      () =>
        !isLoading(el) &&
        cards(el).length > 0 &&
        !el.shadowRoot!.querySelector('[part~="load-more"]'),
      'the category did not load whole',
      { timeout: 10_000 },
    );
    await el.updateComplete;
    const renders = countRenders(el);
    await resized(el, () => (el.style.minHeight = `${el.offsetHeight + 500}px`));
    expect(renders(), 'taller').to.equal(0);
    await resized(el, () => (el.parentElement!.style.width = '400px'));
    expect(renders(), 'narrower').to.equal(0);
    const height = cards(el)[0]!.getBoundingClientRect().height;
    await resized(el, () => {
      el.style.minHeight = '';
      for (const [token, px] of [
        ['sm', 26],
        ['md', 30],
        ['lg', 36],
        ['xl', 44],
      ] as const) {
        el.style.setProperty(`--jg-font-size-${token}`, `${px}px`);
      }
    });
    await waitUntil(
      () => cards(el).length > 0 && cards(el)[0]!.getBoundingClientRect().height > height * 1.5,
      'the cards did not grow with the text',
      { timeout: 5_000 },
    );
    expect(renders(), 'larger text').to.be.at.least(1);
  });
});
