import { expect, html, waitUntil } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMallOrders } from './mall-orders.js';
import { guardWebStorage, memberFixture } from '../../test/support/test-helpers.js';

// Each order's picture is a 64 px square (larger in senior mode) beside its text: the row is a
// flex line, so a picture without a height of its own is stretched to the text's height.
describe('jg-mall-orders pictures', function () {
  this.timeout(60_000);
  guardWebStorage();

  for (const senior of [false, true]) {
    it(`keeps each order's picture square however tall its text is${senior ? ' (senior)' : ''}`, async () => {
      const { el } = await memberFixture<JgMallOrders>(
        'm_1001',
        senior
          ? html`<jg-mall-orders senior></jg-mall-orders>`
          : html`<jg-mall-orders></jg-mall-orders>`,
      );
      const images = () => [
        ...el.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="order"] > img'),
      ];
      await waitUntil(() => images().length > 1, 'no orders', { timeout: 10_000 });
      for (const image of images()) {
        const { width, height } = image.getBoundingClientRect();
        const row = image.parentElement!.getBoundingClientRect().height;
        expect(row, 'the order text is taller than its picture').to.be.greaterThan(width);
        expect(width).to.be.greaterThan(senior ? 64 : 63);
        expect(height, 'stretched to the row').to.be.closeTo(width, 1);
      }
    });
  }
});
