import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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

  // An older member at 200 % text on a 360 px phone (a partner's page 16 px from each edge): the
  // text beside the picture had two thirds of the row, and 'redemption' broke in two.
  for (const senior of [false, true]) {
    it(`puts an order's text under its picture at 200 % on a phone${senior ? ' (senior)' : ''}`, async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const px = senior ? [32, 38, 44, 56] : [26, 30, 36, 44];
        const style = ['sm', 'md', 'lg', 'xl']
          .map((size, i) => `--jg-font-size-${size}:${px[i]}px;`)
          .join('');
        const { el } = await memberFixture<JgMallOrders>(
          'm_1001',
          html`<jg-mall-orders ?senior=${senior} style=${style}></jg-mall-orders>`,
        );
        (el.parentElement as HTMLElement).style.padding = '0 16px';
        const rows = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="order"]')];
        await waitUntil(() => rows().length > 1, 'no orders', { timeout: 10_000 });
        for (const row of rows()) {
          const text = row.querySelector('.main')!.getBoundingClientRect();
          const picture = row.querySelector('img')!.getBoundingClientRect();
          expect(text.top, 'under the picture').to.be.at.least(picture.bottom);
          expect(text.left, 'from the row start').to.be.closeTo(picture.left, 1);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
