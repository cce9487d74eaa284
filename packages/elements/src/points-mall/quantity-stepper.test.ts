import { expect, html } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMallProduct } from './mall-product.js';
import {
  clientFixture,
  guardWebStorage,
  sandboxClient,
  shadowText,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const quantity = (el: Element) => root(el).querySelector<HTMLInputElement>('#quantity')!;

describe('jg-mall-product quantity stepper', function () {
  this.timeout(60_000);
  guardWebStorage();

  it('brings a quantity above what may be redeemed back to the most with one tap on −', async () => {
    // prd_0001: at most 2 per member. The member typed 5 (or the stock fell below the quantity
    // after 库存不足, whose message asks to adjust it).
    const el = await clientFixture<JgMallProduct>(
      sandboxClient('m_1001'),
      html`<jg-mall-product product-id="prd_0001"></jg-mall-product>`,
    );
    await waitUntil(() => quantity(el), 'form');
    const input = quantity(el);
    input.value = '5';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadowText(el, '#quantity-error')).to.equal('兑换数量应为 1 到 2 之间的整数');
    const [minus] = root(el).querySelectorAll<HTMLButtonElement>('[part="quantity"] button');
    minus!.click();
    await el.updateComplete;
    // Not 4, still refused: the most that may be redeemed.
    expect(input.value).to.equal('2');
    expect(shadowText(el, '#quantity-error')).to.equal('');
    minus!.click();
    await el.updateComplete;
    expect(input.value).to.equal('1');
    expect(minus!.disabled).to.equal(true);
  });
});
