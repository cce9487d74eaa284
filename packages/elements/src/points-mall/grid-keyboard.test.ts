import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../provider/index.js';
import './index.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import { guardWebStorage, providerFixture, sleep } from '../../test/support/test-helpers.js';

/** The light theme's text at 200 % (a member's font size in Android, WeChat or the browser). */
const DOUBLED =
  '--jg-font-size-sm:26px;--jg-font-size-md:30px;--jg-font-size-lg:36px;--jg-font-size-xl:44px';

const cards = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="product"]'),
];
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
    const box = await providerFixture<HTMLElement>(
      null,
      html`<div style="width: 700px">
        <jg-mall-product-grid style=${DOUBLED}></jg-mall-product-grid>
      </div>`,
      { wait: false },
    );
    const el = box.querySelector<JgMallProductGrid>('jg-mall-product-grid')!;
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
