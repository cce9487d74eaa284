import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import { guardWebStorage, sleep } from '../../test/support/test-helpers.js';
import { boxedGrid, cards, DOUBLED } from '../../test/support/mall-grid.js';

const focusedIndex = () => {
  const grid = document.querySelector('jg-mall-product-grid')!;
  return grid.shadowRoot!.activeElement?.getAttribute('data-index');
};

describe('jg-mall-product-grid with the keyboard', function () {
  this.timeout(60_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  guardWebStorage();

  it('moves down one row with ArrowDown when large text makes the cells wider', async () => {
    // A 700 px row holds four cells at normal text, two at 200 %.
    const el = await boxedGrid(
      700,
      html`<jg-mall-product-grid style=${DOUBLED}></jg-mall-product-grid>`,
    );
    el.shadowRoot!.querySelector('[part="grid"]')?.scrollIntoView();
    await waitUntil(() => cards(el).length > 3, 'cards', { timeout: 10_000 });
    await sleep(200);
    const [first, second, third] = cards(el).map((card) => card.getBoundingClientRect().top);
    expect(second, 'two in the first row').to.equal(first);
    expect(third, 'the third starts the second row').to.be.greaterThan(first!);
    cards(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sleep(100);
    // The card below the first, not two rows down (index 4: the columns of normal text).
    expect(focusedIndex()).to.equal('2');
    await sendKeys({ press: 'ArrowUp' });
    await sleep(100);
    expect(focusedIndex()).to.equal('0');
  });
});
