import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectNoZoomingFields } from '../../test/support/phone-layout.js';
import { sendKeys } from '@web/test-runner-commands';
import { enterPicks, ime, spell } from '../../test/support/ime.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { Product } from '@jiagong/contract';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgMallProductGrid } from './mall-product-grid.js';
import {
  clientFixture,
  CLOSED_PORT_URL,
  expectFocusKeptElsewhereDuringRetry,
  guardWebStorage,
  isLoading,
  offlineThenSlow,
  providerFixture,
  PUBLISHABLE_KEY,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  shadowText,
  sleep,
  waitForLoad,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';
import { boxedGrid, cards, enlargeText, wholeCategory } from '../../test/support/mall-grid.js';

const root = (el: Element) => el.shadowRoot!;
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const names = (el: Element) => cards(el).map((card) => shadowTextOf(card, '.name'));
const shadowTextOf = (node: Element, selector: string) =>
  (node.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for a reload triggered by a filter change to settle. */
async function settled(el: JgMallProductGrid): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !isLoading(el), 'grid did not load', { timeout: 10_000 });
  await waitUntil(() => cards(el).length > 0 || !!part(el, 'empty'), 'no cards', {
    timeout: 10_000,
  });
  await el.updateComplete;
}

async function gridFor(
  memberId: string | null,
  template = html`<jg-mall-product-grid></jg-mall-product-grid>`,
) {
  const el = await providerFixture<JgMallProductGrid>(memberId, template);
  await settled(el);
  return el;
}

/** A grid without a session, loaded, and the searches (`q`) it has asked the API for. */
async function gridRecordingSearches() {
  const searches: string[] = [];
  const client = sandboxClient(null, {
    hooks: {
      beforeRequest: ({ url }) => {
        const q = new URL(url).searchParams.get('q');
        if (q) searches.push(q);
      },
    },
  });
  const el = await clientFixture<JgMallProductGrid>(
    client,
    html`<jg-mall-product-grid></jg-mall-product-grid>`,
  );
  await settled(el);
  return { el, searches };
}

describe('jg-mall-product-grid', function () {
  this.timeout(60_000);
  // The virtualizer's benign "ResizeObserver loop" notice would fail tests through window.onerror.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  guardWebStorage();

  describe('browsing', () => {
    it('shows an accessible skeleton while the first page loads', async () => {
      const client = sandboxClient(null, {
        fetch: () => new Promise<Response>(() => {}),
      });
      const el = await clientFixture<JgMallProductGrid>(
        client,
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
        { wait: false },
      );
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('sets its search and sort at 16 px at least, which iOS does not zoom into', async () => {
      expectNoZoomingFields(root(await gridFor(null)), 2);
    });

    it('renders products with name, points price, stock and fixed-size lazy images', async () => {
      const el = await gridFor(null);
      const first = cards(el)[0]!;
      expect(shadowTextOf(first, '[part="product-name"]')).to.equal('嘉工卡定制保温杯 500ml');
      expect(shadowTextOf(first, '[part="product-price"]')).to.contain('1,200');
      expect(shadowTextOf(first, '[part="product-stock"]')).to.contain('200');
      const img = first.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('400');
      expect(img.getAttribute('height')).to.equal('300');
      expect(img.src).to.match(/\/assets\/products\/prd_0001\.svg$/);
      // The card's box is fixed before the image arrives: no layout jump.
      const box = first.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(100);
      expect(box.height).to.be.greaterThan(200);
      expect(img.getBoundingClientRect().height).to.be.closeTo(
        (img.getBoundingClientRect().width * 3) / 4,
        1.5,
      );
      // A sold-out product says so (prd_0003 has no stock).
      const soldOut = cards(el).find((card) =>
        shadowTextOf(card, '.name').includes('降噪蓝牙耳机'),
      )!;
      expect(shadowTextOf(soldOut, '[part~="product-stock"]')).to.equal('已兑完');
      expect(shadowText(el, '[part="status"]')).to.contain('已加载');
      await expect(el).to.be.accessible();
    });

    it('lists categories as toggle buttons and filters by category', async () => {
      const el = await gridFor(null);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="category"]')];
      expect(buttons[0]!.textContent!.trim()).to.equal('全部');
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
      const books = buttons.find((b) => b.textContent!.includes('图书')) ?? buttons[1]!;
      books.click();
      await settled(el);
      expect(books.getAttribute('aria-pressed')).to.equal('true');
      expect(el.category).to.match(/^cat_/);
      expect(el.loadedProducts.length).to.be.greaterThan(0);
      expect(el.loadedProducts.every((p) => p.categoryId === el.category)).to.equal(true);
    });

    it('searches after a pause in typing, and at once on Enter', async () => {
      const { el, searches } = await gridRecordingSearches();
      const input = part<HTMLInputElement>(el, 'search')!;
      input.focus();
      // Keystrokes 100 ms apart: one request once typing pauses, none per keystroke.
      for (const value of ['保', '保温']) {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await sleep(100);
      }
      expect(searches).to.deep.equal([]);
      await waitUntil(() => el.search === '保温', 'debounced search applied', { timeout: 3000 });
      await settled(el);
      expect(searches).to.deep.equal(['保温']);
      expect(names(el).length).to.be.greaterThan(0);
      expect(names(el).every((name) => name.includes('保温'))).to.equal(true);

      input.value = '';
      input.dispatchEvent(new Event('input'));
      await sendKeys({ type: '毛巾' });
      await sendKeys({ press: 'Enter' });
      expect(el.search).to.equal('毛巾');
      await settled(el);
      expect(names(el).every((name) => name.includes('毛巾'))).to.equal(true);
    });

    it('searches what a pinyin IME commits, not the pinyin being composed', async () => {
      const { el, searches } = await gridRecordingSearches();
      part<HTMLInputElement>(el, 'search')!.focus();
      // The member pauses over the candidates for longer than the debounce.
      await ime(...spell('bao'));
      await sleep(400);
      await ime(...spell('baowen').slice(3));
      await sleep(400);
      expect(searches).to.deep.equal([]);
      expect(part(el, 'empty')).to.equal(null);
      await ime(...enterPicks('保温'));
      await waitUntil(() => el.search === '保温', 'search applied', { timeout: 3000 });
      await settled(el);
      expect(searches).to.deep.equal(['保温']);
      expect(names(el).every((name) => name.includes('保温'))).to.equal(true);
    });

    it('sorts by points ascending, descending and newest', async () => {
      const el = await gridFor(null);
      const select = part<HTMLSelectElement>(el, 'sort')!;
      const choose = async (value: string) => {
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await settled(el);
        return el.loadedProducts.map((p) => p);
      };
      const asc = await choose('points_asc');
      expect(asc.map((p) => p.pointsPrice)).to.deep.equal(
        [...asc.map((p) => p.pointsPrice)].sort((a, b) => a - b),
      );
      const desc = await choose('points_desc');
      expect(desc.map((p) => p.pointsPrice)).to.deep.equal(
        [...desc.map((p) => p.pointsPrice)].sort((a, b) => b - a),
      );
      const newest = await choose('newest');
      const times = newest.map((p) => Date.parse(p.createdAt));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    });

    it('"I can afford" shows only products within the balance (fetched for a standalone grid)', async () => {
      const el = await gridFor('m_1002');
      const checkbox = part(el, 'afford')!.querySelector('input')!;
      checkbox.click();
      await settled(el);
      expect(el.affordable).to.equal(true);
      expect(el.loadedProducts.length).to.be.greaterThan(0);
      // m_1002 has 200 points.
      expect(el.loadedProducts.map((p) => p.pointsPrice).filter((p) => p > 200)).to.deep.equal([]);
    });

    it('filters "I can afford" by the balance of the member signed in now, after a switch', async () => {
      // 沈嘉禾 (m_1001, 12,800 points) ticked it, then the app signs 陆小溪 (m_1002, 200) in.
      const el = await clientFixture<JgMallProductGrid>(
        sandboxClient('m_1001'),
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
      );
      part(el, 'afford')!.querySelector('input')!.click();
      await settled(el);
      expect(el.loadedProducts.some((p) => p.pointsPrice > 200)).to.equal(true);
      const hers = sandboxClient('m_1002');
      (el.parentElement as HTMLElement & { client: unknown }).client = hers;
      await waitUntil(() => hers.requests.some((r) => r.startsWith('GET /v1/mall/products')));
      await settled(el);
      expect(hers.requests, 'her balance asked for').to.include('GET /v1/me/points');
      expect(el.loadedProducts.length).to.be.greaterThan(0);
      expect(el.loadedProducts.map((p) => p.pointsPrice).filter((p) => p > 200)).to.deep.equal([]);
    });

    it('after a switch, the last member’s balance error goes: the new member’s balance loads', async () => {
      // 沈嘉禾's balance failed (offline); the app signs 陆小溪 in: the error stayed, for her,
      // until 重试 was pressed.
      const his = sandboxClient('m_1001', {
        fetch: (input: RequestInfo | URL, init?: RequestInit) =>
          new Request(input, init).url.endsWith('/v1/me/points')
            ? Promise.reject(new TypeError('Failed to fetch'))
            : fetch(input, init),
      });
      const el = await clientFixture<JgMallProductGrid>(
        his,
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
      );
      part(el, 'afford')!.querySelector('input')!.click();
      await waitUntil(() => !!part(el, 'error'), 'his balance failed', { timeout: 10_000 });
      const hers = sandboxClient('m_1002');
      (el.parentElement as HTMLElement & { client: unknown }).client = hers;
      await waitUntil(() => hers.requests.includes('GET /v1/me/points'), 'her balance asked for', {
        timeout: 10_000,
      });
      await waitUntil(() => hers.requests.some((r) => r.startsWith('GET /v1/mall/products')), '', {
        timeout: 10_000,
      });
      await settled(el);
      expect(part(el, 'error')).to.equal(null);
      expect(el.loadedProducts.length).to.be.greaterThan(0);
      expect(el.loadedProducts.map((p) => p.pointsPrice).filter((p) => p > 200)).to.deep.equal([]);
    });

    it('uses the balance it is given for "I can afford"', async () => {
      const el = await gridFor(null);
      el.balance = 150;
      el.affordable = true;
      await settled(el);
      expect(el.loadedProducts.every((p) => p.pointsPrice <= 150)).to.equal(true);
    });

    it('fires a cancelable jg-navigate when a product is opened', async () => {
      const el = await gridFor(null);
      setTimeout(() => cards(el)[0]!.click());
      const event = await oneEvent(el, 'jg-navigate');
      expect(event.detail).to.deep.equal({ view: 'product', productId: 'prd_0001' });
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
    });
  });

  describe('virtualisation', () => {
    it('keeps the DOM bounded and fetches the next cursor page near the end', async () => {
      const client = sandboxClient(null);
      const el = await clientFixture<JgMallProductGrid>(
        client,
        html`<div style="height: 600px; overflow: auto">
          <jg-mall-product-grid page-size="40"></jg-mall-product-grid>
        </div>`,
        { wait: false },
      );
      const grid = el.querySelector('jg-mall-product-grid') as JgMallProductGrid;
      await waitForLoad(grid);
      await settled(grid);
      // Pages arrive only while the rendered range nears the end of what is loaded.
      await sleep(500);
      const loaded = grid.loadedProducts.length;
      expect(loaded).to.be.within(40, 80);
      await sleep(300);
      expect(grid.loadedProducts.length).to.equal(loaded);
      const rendered = cards(grid).length;
      expect(rendered).to.be.lessThan(loaded);
      // Scroll to the end of what is loaded: the next pages arrive.
      const scroller = el as HTMLElement;
      for (let i = 0; i < 40 && grid.loadedProducts.length < loaded + 80; i++) {
        scroller.scrollTop = scroller.scrollHeight;
        await sleep(100);
      }
      expect(grid.loadedProducts.length).to.be.at.least(loaded + 80);
      const pageRequests = client.requests.filter((r) => r.includes('/mall/products'));
      expect(pageRequests.length).to.be.at.least(2);
      expect(cards(grid).length).to.be.lessThan(60);
      // No duplicate ids across pages.
      const ids = new Set(grid.loadedProducts.map((p) => p.id));
      expect(ids.size).to.equal(grid.loadedProducts.length);
    });

    it('updates one product in place (stock after a redemption)', async () => {
      const el = await gridFor(null);
      const product = el.loadedProducts[0]!;
      el.updateProduct({ ...product, stock: 0 });
      await el.updateComplete;
      await sleep(50);
      expect(shadowTextOf(cards(el)[0]!, '[part~="product-stock"]')).to.equal('已兑完');
    });
  });

  describe('keyboard', () => {
    it('moves between cards with arrow keys and opens one with Enter', async () => {
      const el = await gridFor(null);
      cards(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sleep(50);
      expect(root(el).activeElement?.getAttribute('data-index')).to.equal('1');
      await sendKeys({ press: 'ArrowDown' });
      await sleep(100);
      const index = Number(root(el).activeElement?.getAttribute('data-index'));
      expect(index).to.be.greaterThan(1);
      await sendKeys({ press: 'Home' });
      await sleep(50);
      expect(root(el).activeElement?.getAttribute('data-index')).to.equal('0');
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'jg-navigate');
      expect(event.detail.productId).to.equal('prd_0001');
    });

    it('makes its own scroller a tab stop the arrow keys scroll (scroller)', async () => {
      const own = await gridFor(
        null,
        html`<jg-mall-product-grid
          scroller
          style="--jg-mall-grid-height: 300px"
        ></jg-mall-product-grid>`,
      );
      const grid = part(own, 'grid')!;
      expect(grid.tabIndex).to.equal(0);
      grid.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'PageDown' });
      await sleep(200);
      expect(grid.scrollTop).to.be.greaterThan(0);
      // In the page's scroll the grid is not a scroller: its cards are the tab stops.
      const inPage = await gridFor(null);
      expect(part(inPage, 'grid')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('reaches search, sort, filter and categories with Tab', async () => {
      const el = await gridFor(null);
      part<HTMLInputElement>(el, 'search')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(part(el, 'sort'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(part(el, 'afford')!.querySelector('input'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('part')).to.contain('category');
    });
    it('shows the whole focus ring of a category inside their scroller, senior mode too', async () => {
      for (const senior of [false, true]) {
        const el = await gridFor(
          null,
          html`<jg-mall-product-grid ?senior=${senior}></jg-mall-product-grid>`,
        );
        part(el, 'afford')!.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        const chip = root(el).activeElement as HTMLElement;
        expect(chip.getAttribute('part')).to.contain('category');
        const style = getComputedStyle(chip);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        expect(ring).to.be.greaterThan(0);
        const box = chip.getBoundingClientRect();
        const port = part(el, 'categories')!.getBoundingClientRect();
        expect(box.top - ring, 'top').to.be.at.least(port.top);
        expect(box.bottom + ring, 'bottom').to.be.at.most(port.bottom);
        expect(box.left - ring, 'left').to.be.at.least(port.left);
      }
    });
  });

  describe('states', () => {
    it('shows an empty state when nothing matches', async () => {
      const el = await gridFor(null);
      el.search = '不存在的商品名称xyz';
      await settled(el);
      const empty = part(el, 'empty')!;
      expect(empty.textContent).to.contain('没有找到商品');
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry that recovers', async () => {
      let fail = true;
      const client = sandboxClient(null, {
        retry: 0,
        fetch: (input, init) =>
          fail && String(input instanceof Request ? input.url : input).includes('/mall/products')
            ? Promise.reject(new TypeError('Failed to fetch'))
            : fetch(input, init),
      });
      const el = await clientFixture<JgMallProductGrid>(
        client,
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
      );
      await waitUntil(() => part(el, 'error'), 'error state');
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('网络');
      await expect(el).to.be.accessible();
      fail = false;
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await settled(el);
      expect(cards(el).length).to.be.greaterThan(0);
    });

    it('puts the focus on the count of products when the retry recovers, on 重试 when not', async () => {
      const net = switchableNetwork();
      const el = await clientFixture<JgMallProductGrid>(
        sandboxClient(null, { retry: 0, fetch: net.fetch }),
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
      );
      await waitUntil(() => part(el, 'retry-button'), 'error state');
      const first = part(el, 'retry-button')!;
      first.focus();
      first.click();
      await waitUntil(
        () => part(el, 'retry-button') && part(el, 'retry-button') !== first,
        'again',
      );
      // Without: on the page's start (the retry left with the error).
      await waitUntil(() => root(el).activeElement === part(el, 'retry-button'), 'focus on 重试');
      net.down = false;
      part(el, 'retry-button')!.click();
      await waitUntil(
        () => part(el, 'status') && root(el).activeElement === part(el, 'status'),
        'focus on the count',
      );
      expect(part(el, 'status')!.textContent).to.contain('已加载');
    });

    it('leaves the focus where the member put it while the retry was loading', async () => {
      const net = offlineThenSlow((request) => new URL(request.url).pathname.endsWith('/products'));
      const el = await clientFixture<JgMallProductGrid>(
        sandboxClient(null, { retry: 0, fetch: net.fetch }),
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
      );
      // Without: on the count of products.
      await expectFocusKeptElsewhereDuringRetry(el, net, () => cards(el).length > 0);
    });

    it('reports failures as jg-error', async () => {
      const fixtureEl = await fixture(html`<div></div>`);
      setTimeout(() => {
        const grid = document.createElement('jg-mall-product-grid');
        grid.setAttribute('api-base', CLOSED_PORT_URL);
        grid.setAttribute('publishable-key', PUBLISHABLE_KEY);
        fixtureEl.append(grid);
      });
      const event = await oneEvent(fixtureEl, 'jg-error');
      expect((event.detail.error as Error).name).to.equal('NetworkError');
    });

    it('renders API text as text, never as HTML', async () => {
      const client = sandboxClient(null, {
        fetch: rewritingFetch((path, body) => {
          if (path !== '/v1/mall/products') return undefined;
          const page = body as { data: Product[]; nextCursor: string | null };
          return {
            ...page,
            data: page.data.map((p, i) =>
              i === 0 ? { ...p, name: '<img src=x onerror="window.__pwned=1">杯子' } : p,
            ),
          };
        }),
      });
      const el = await clientFixture<JgMallProductGrid>(
        client,
        html`<jg-mall-product-grid></jg-mall-product-grid>`,
      );
      await settled(el);
      const first = cards(el)[0]!;
      expect(first.querySelector('.name img')).to.equal(null);
      expect(shadowTextOf(first, '.name')).to.contain('<img');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('presentation', () => {
    it('speaks English', async () => {
      const el = await gridFor(
        null,
        html`<jg-mall-product-grid locale="en"></jg-mall-product-grid>`,
      );
      expect(root(el).querySelector('[part~="category"]')!.textContent!.trim()).to.equal('All');
      expect(shadowText(el, '.afford')).to.equal('Only what I can afford');
      expect(shadowTextOf(cards(el)[0]!, '[part="product-price"]')).to.contain('points');
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark and senior mode, with larger cards in senior mode', async () => {
      const normal = await gridFor(null);
      const normalWidth = cards(normal)[0]!.getBoundingClientRect().width;
      const el = await gridFor(
        null,
        html`<jg-mall-product-grid theme="dark" senior></jg-mall-product-grid>`,
      );
      expect(getComputedStyle(el).getPropertyValue('--jg-color-surface').trim()).to.equal(
        '#1c1b1f',
      );
      expect(cards(el)[0]!.getBoundingClientRect().width).to.be.greaterThan(normalWidth);
      await expect(el).to.be.accessible();
    });

    it('fills a narrow row with two columns whose cards hold their text, senior mode too', async () => {
      // A 360 px phone in a partner's padded panel: 296 px, under two ideal cells of 164 px.
      for (const senior of [false, true]) {
        const el = await boxedGrid(
          296,
          html`<jg-mall-product-grid ?senior=${senior} locale="en"></jg-mall-product-grid>`,
        );
        await waitForLoad(el);
        await settled(el);
        await sleep(100);
        const [first, second, third] = cards(el).map((card) => card.getBoundingClientRect());
        expect(second!.top, 'two columns').to.equal(first!.top);
        expect(third!.top, 'the third card starts a row').to.be.greaterThan(first!.bottom);
        // Cells share the row (6 px around each card) and never stick out of it.
        expect(first!.width).to.be.closeTo(296 / 2 - 12, 1);
        const grid = part(el, 'grid')!;
        expect(grid.scrollWidth).to.be.at.most(grid.clientWidth);
        // Nothing is clipped: the name, the price (2 lines with a cash part) and the stock.
        for (const card of cards(el)) {
          const bottom = card.getBoundingClientRect().bottom - 1;
          for (const line of card.children) {
            expect(line.getBoundingClientRect().bottom, line.textContent!).to.be.at.most(bottom);
          }
        }
        // ArrowDown moves by a row of two.
        cards(el)[0]!.focus();
        await sendKeys({ press: 'ArrowDown' });
        await sleep(50);
        expect(root(el).activeElement?.getAttribute('data-index')).to.equal('2');
      }
    });

    it('grows its cards when the member enlarges text with the grid open', async () => {
      // Android's font size, WeChat's 字体大小 or a host's own text-size setting changing the
      // tokens (or the rem they are written in) while the mall is open: no render of the grid
      // follows, yet its cells must take the larger text in, not cut off the price and stock.
      const el = await gridFor(null);
      await wholeCategory(el);
      const clipped = () =>
        cards(el).filter((card) => {
          const bottom = card.getBoundingClientRect().bottom - 1;
          return [...card.children].some((line) => line.getBoundingClientRect().bottom > bottom);
        }).length;
      expect(cards(el).length).to.be.greaterThan(0);
      expect(clipped(), 'before').to.equal(0);
      const height = cards(el)[0]!.getBoundingClientRect().height;
      enlargeText(el);
      await waitUntil(
        () => cards(el).length > 0 && clipped() === 0,
        'cards still cut their text off',
        { timeout: 5_000 },
      );
      expect(cards(el)[0]!.getBoundingClientRect().height).to.be.greaterThan(height * 1.5);
    });

    it('keeps its toolbar within a narrow phone in senior mode', async () => {
      const el = await boxedGrid(
        246,
        html`<jg-mall-product-grid senior locale="en"></jg-mall-product-grid>`,
      );
      await waitForLoad(el);
      await settled(el);
      const right = el.getBoundingClientRect().right;
      for (const name of ['search', 'sort', 'afford']) {
        expect(part(el, name)!.getBoundingClientRect().right, name).to.be.at.most(right);
      }
    });

    it('works on its own with api-base and publishable-key', async () => {
      const el = await fixture<JgMallProductGrid>(
        html`<jg-mall-product-grid
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
        ></jg-mall-product-grid>`,
      );
      await waitForLoad(el);
      await settled(el);
      expect(cards(el).length).to.be.greaterThan(0);
    });
  });
});
