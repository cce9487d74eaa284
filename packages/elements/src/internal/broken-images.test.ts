// Images that do not load: an intranet proxy or a strict CSP `img-src` refusing the image host, a
// 404, a phone offline. Every family that shows the API's images keeps each image's box and shows
// its own calm placeholder there, not the browser's broken-image icon beside clipped alt text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../provider/index.js';
import '../merchant-list/index.js';
import '../model-workers/index.js';
import '../points-mall/index.js';
import {
  guardWebStorage,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  waitForLoad,
} from '../../test/support/test-helpers.js';

/** DevTools commands on this page (web-test-runner.config.mjs, `jg-cdp`). */
const cdp = (...steps: [string, object?][]) => executeServerCommand('jg-cdp', steps);
/** Refuses every image the sandbox serves, as a proxy or a CSP refusing its host does. */
const blockImages = (on: boolean) =>
  cdp(
    ['Network.enable'],
    ['Network.setBlockedURLs', { urls: on ? [`${sandboxUrl()}/assets/*`] : [] }],
  );

const images = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLImageElement>(selector),
];

/**
 * The image failed and now shows an empty image (the placeholder background behind it), in the
 * box it had: a broken image has no natural size and shows the icon and the alt text instead.
 */
async function expectPlaceholder(image: HTMLImageElement, width: number, height: number) {
  await waitUntil(
    () => image.complete && image.naturalWidth > 0,
    `a placeholder, not a broken image (${image.src.slice(0, 60)})`,
    { timeout: 10_000 },
  );
  expect(image.src).to.match(/^data:image\//);
  const box = image.getBoundingClientRect();
  expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([width, height]);
  expect(getComputedStyle(image).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
}

/**
 * The image failed and its generated content covers it with the image's own placeholder (the
 * mall's way, by style alone: Chromium and Firefox draw `::after` on a broken image only), in its
 * box (4:3, or square in the order list).
 */
async function expectCovered(image: HTMLImageElement, ratio = 4 / 3) {
  await waitUntil(() => image.complete, 'the image failed', { timeout: 10_000 });
  expect(image.naturalWidth, 'broken').to.equal(0);
  const box = image.getBoundingClientRect();
  expect(box.height).to.be.closeTo(box.width / ratio, 1);
  const cover = getComputedStyle(image, '::after');
  expect([cover.content, cover.position, cover.inset]).to.deep.equal(['""', 'absolute', '0px']);
  expect(cover.backgroundColor).to.equal(getComputedStyle(image).backgroundColor);
  expect(cover.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
}

describe('images that do not load', function () {
  this.timeout(30_000);

  guardWebStorage();

  beforeEach(() => blockImages(true));
  afterEach(() => blockImages(false));

  it('jg-merchant-list keeps each logo a 56 px placeholder', async () => {
    const el = await providerFixture(
      null,
      html`<jg-merchant-list page-size="2"></jg-merchant-list>`,
    );
    const logos = images(el, 'img[part~="merchant-logo"]');
    expect(logos).to.have.length(2);
    for (const logo of logos) await expectPlaceholder(logo, 56, 56);
  });

  it('jg-model-workers keeps each portrait a 4:5 placeholder, in the list and the story', async () => {
    const el = await providerFixture(
      null,
      html`<jg-model-workers page-size="2"></jg-model-workers>`,
    );
    const portraits = images(el, 'img[part~="portrait"]');
    expect(portraits).to.have.length(2);
    for (const portrait of portraits) await expectPlaceholder(portrait, 72, 90);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="read-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.head .portrait'), 'the story', {
      timeout: 10_000,
    });
    await expectPlaceholder(el.shadowRoot!.querySelector('.head .portrait')!, 128, 160);
  });

  it('jg-mall-product-grid, jg-mall-product and jg-mall-orders cover each image with a placeholder', async () => {
    const grid = await providerFixture(
      'm_1001',
      html`<jg-mall-product-grid page-size="4"></jg-mall-product-grid>`,
    );
    await waitUntil(() => images(grid, 'img[part~="product-image"]').length, 'products', {
      timeout: 10_000,
    });
    await expectCovered(images(grid, 'img[part~="product-image"]')[0]!);

    const product = await providerFixture(
      'm_1001',
      html`<jg-mall-product product-id="prd_0005"></jg-mall-product>`,
    );
    const [main, ...thumbnails] = images(product, 'img');
    await expectCovered(main!);
    expect(thumbnails).to.have.length.above(1);
    await expectCovered(thumbnails[0]!);

    const orders = await providerFixture('m_1001', html`<jg-mall-orders></jg-mall-orders>`);
    await expectCovered(images(orders, 'img')[0]!, 1);
  });
});

describe('images the API gives as paths', function () {
  this.timeout(30_000);

  guardWebStorage();

  it('jg-merchant-list loads a root-relative logo from the API, not from the page', async () => {
    const origin = sandboxUrl();
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/merchants') return undefined;
        const page = body as { data: { logoUrl: string | null }[] };
        for (const merchant of page.data) {
          merchant.logoUrl &&= merchant.logoUrl.replace(origin, '');
        }
        return page;
      }),
    });
    const provider = await fixture(
      html`<jg-provider .client=${client} api-base=${origin}>
        <jg-merchant-list page-size="1"></jg-merchant-list>
      </jg-provider>`,
    );
    const el = provider.querySelector('jg-merchant-list')!;
    await waitForLoad(el);
    const [logo] = images(el, 'img[part~="merchant-logo"]');
    expect(logo!.getAttribute('src')).to.equal(`${origin}/assets/merchants/mch_0001.svg`);
    await waitUntil(() => logo!.complete && logo!.naturalWidth > 0, 'the logo loaded', {
      timeout: 10_000,
    });
  });
});
