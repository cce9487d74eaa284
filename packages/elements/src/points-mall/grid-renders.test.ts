import { expect } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import { guardWebStorage, isLoading, waitUntil } from '../../test/support/test-helpers.js';
import { boxedGrid, cards, enlargeText, wholeCategory } from '../../test/support/mall-grid.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Whether the grid has updated (rendered) since this was called: each update it has is a new
 * `updateComplete` promise.
 */
function updatedSince(el: JgMallProductGrid): () => boolean {
  const before = el.updateComplete;
  return () => el.updateComplete !== before;
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
    const el = await boxedGrid(600);
    await waitUntil(() => !isLoading(el) && cards(el).length > 0, 'no cards');
    await wholeCategory(el);
    const updated = updatedSince(el);
    await resized(el, () => (el.style.minHeight = `${el.offsetHeight + 500}px`));
    expect(updated(), 'taller').to.equal(false);
    await resized(el, () => (el.parentElement!.style.width = '400px'));
    expect(updated(), 'narrower').to.equal(false);
    const height = cards(el)[0]!.getBoundingClientRect().height;
    await resized(el, () => {
      el.style.minHeight = '';
      enlargeText(el);
    });
    await waitUntil(
      () => cards(el).length > 0 && cards(el)[0]!.getBoundingClientRect().height > height * 1.5,
      'the cards did not grow with the text',
      { timeout: 5_000 },
    );
    expect(updated(), 'larger text').to.equal(true);
  });
});
