import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { enterPicks, ime, spell } from '../../test/support/ime.js';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgMerchantList } from './merchant-list.js';
import type { JgProvider } from '../provider/provider.js';
import {
  clientFixture,
  expectFocusKeptElsewhereDuringRetry,
  isLoading,
  offlineThenSlow,
  providerFixture,
  PUBLISHABLE_KEY,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  sleep,
  storageIsEmpty,
  switchableNetwork,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

const items = (el: JgMerchantList) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="merchant"]'));
const names = (el: JgMerchantList) =>
  items(el).map((item) => item.querySelector('[part="merchant-name"]')!.textContent!.trim());
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<E>(`[part~="${name}"]`);
const merchantRequests = (client: { requests: string[] }) =>
  client.requests.filter((r) => r === 'GET /v1/merchants').length;

async function list(template = html`<jg-merchant-list page-size="5"></jg-merchant-list>`) {
  const el = await providerFixture<JgMerchantList>('m_1001', template);
  return el;
}

/** Waits until the results area shows the list (or the empty state) again after a change. */
async function settled(el: JgMerchantList) {
  await el.updateComplete;
  await waitUntil(() => !isLoading(el), 'merchants loaded', { timeout: 10_000 });
  await el.updateComplete;
}

async function countiesLoaded(el: JgMerchantList) {
  await waitUntil(
    () => part<HTMLSelectElement>(el, 'county-select')!.options.length > 1,
    'county options',
  );
}

describe('jg-merchant-list', function () {
  this.timeout(30_000);

  afterEach(() => {
    expect(storageIsEmpty(), 'nothing written to Web Storage').to.equal(true);
  });

  describe('states', () => {
    it('shows an accessible skeleton (and the filters) while loading', async () => {
      const client = sandboxClient(null, { fetch: () => new Promise<Response>(() => {}) });
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list></jg-merchant-list>`,
        { wait: false },
      );
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      expect(part(el, 'search-input')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('loads once, 10 a page, with a page-size that is not a number (a typo in the host page)', async () => {
      const client = sandboxClient(null);
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list page-size="twelve"></jg-merchant-list>`,
      );
      await sleep(500);
      // Without: the list asked again at every render (NaN is not NaN), loading for ever.
      expect(items(el)).to.have.length(10);
      expect(merchantRequests(client)).to.equal(1);
    });

    it('lists merchants with name, discount, category, area, address and the code action', async () => {
      const el = await list();
      expect(items(el)).to.have.length(5);
      const first = items(el)[0]!;
      // Each name is a level-3 heading that names its article.
      const name = first.querySelector('[role="heading"][aria-level="3"]')!;
      expect(name.textContent!.trim()).to.equal('桂香馄饨铺（南湖店）');
      expect(first.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(name.id);
      expect(getComputedStyle(name).fontWeight).to.equal('700');
      expect(first.querySelector('[part="merchant-discount"]')!.textContent).to.contain(
        '堂食满 100 元减 15 元',
      );
      expect(first.querySelector('[part="merchant-meta"]')!.textContent).to.contain('南湖区');
      expect(first.querySelector('[part="merchant-address"]')!.textContent).to.contain(
        '嘉兴市南湖区',
      );
      expect(first.querySelector<HTMLAnchorElement>('[part="merchant-phone"]')!.href).to.match(
        /^tel:0573/,
      );
      const button = first.querySelector('[part="code-button"]')!;
      expect(button.textContent!.replace(/\s+/g, '')).to.equal('出示会员码：桂香馄饨铺（南湖店）');
      expect(first.querySelector('img')!.getAttribute('alt')).to.equal('');
      await countiesLoaded(el);
      await expect(el).to.be.accessible();
    });

    it('dials the first number of a phone written with an extension, a second number or full-width digits', async () => {
      // Merchants' phones as shops write them: an extension (转, ext.), a mobile beside the line.
      const phones = [
        ['0573-82345678转8001', 'tel:057382345678'],
        ['0573-82345678 / 13800138000', 'tel:057382345678'],
        ['0573-82345678 ext. 8001', 'tel:057382345678'],
        ['+86 (573) 8234-5678，13800138000', 'tel:+8657382345678'],
        // Copied from iOS Contacts (which puts bidi marks around it), or written after a label.
        ['\u202a0573-82345678\u202c', 'tel:057382345678'],
        ['电话：0573-82345678', 'tel:057382345678'],
        // Typed with a Chinese IME in full-width form: shown as written, dialled as digits.
        ['０５７３－８２３４５６７８', 'tel:057382345678'],
        ['（０５７３）８２３４５６７８　转８００１', 'tel:057382345678'],
        ['＋８６ ５７３ ８２３４ ５６７８', 'tel:+8657382345678'],
      ];
      const client = sandboxClient(null, {
        fetch: rewritingFetch((path, body) => {
          if (path !== '/v1/merchants') return undefined;
          const page = body as { data: Record<string, unknown>[] };
          phones.forEach(([phone], i) => (page.data[i]!.phone = phone));
          return page;
        }),
      });
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list page-size="10"></jg-merchant-list>`,
      );
      await waitForLoad(el);
      const links = items(el)
        .slice(0, phones.length)
        .map((item) => item.querySelector<HTMLAnchorElement>('[part="merchant-phone"]')!);
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal(phones.map(([p]) => p));
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
        phones.map(([, href]) => href),
      );
    });

    it('gives the phone number a finger-sized target without moving the lines', async () => {
      // A 360 px phone: the tel: link was its text line, 15–19 px tall, hard to hit for an
      // older member's finger; it now reaches 44 px, above and below, over the gaps.
      const el = await list(
        html`<jg-merchant-list page-size="5" style="width: 328px"></jg-merchant-list>`,
      );
      await settled(el);
      const link = part(el, 'merchant-phone')!;
      const line = link.parentElement!.getBoundingClientRect();
      const target = link.getBoundingClientRect();
      // Below it, the code button keeps all of its own area: the link reaches to its edge.
      const button = link.closest('article')!.querySelector('[part="code-button"]')!;
      const bottom = Math.min(target.bottom, button.getBoundingClientRect().top);
      expect(line.height, 'the line').to.be.below(30);
      expect(bottom - target.top, 'the target').to.be.at.least(44);
      const x = target.left + target.width / 2;
      const at = (y: number) => el.shadowRoot!.elementFromPoint(x, y);
      expect(at(target.top + 2), 'a tap above the number').to.equal(link);
      expect(at(bottom - 2), 'a tap below the number').to.equal(link);
      expect(at(bottom + 2), 'a tap on the button').to.equal(button);
    });

    it('fits the names into the page outline with heading-level', async () => {
      const el = await list(
        html`<jg-merchant-list page-size="2" heading-level="2"></jg-merchant-list>`,
      );
      const levels = () =>
        items(el).map((item) =>
          item.querySelector('[part="merchant-name"][role="heading"]')!.getAttribute('aria-level'),
        );
      expect(levels()).to.deep.equal(['2', '2']);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['4', '4']);
      // Out of range: the nearest level a section heading can have.
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(levels()).to.deep.equal(['6', '6']);
      await expect(el).to.be.accessible();
    });

    it('shows an empty state with a way to clear the filters', async () => {
      const el = await list(html`<jg-merchant-list search="没有这样的商户"></jg-merchant-list>`);
      expect(part(el, 'empty')!.textContent).to.contain('没有符合条件的商户');
      expect(part<HTMLInputElement>(el, 'search-input')!.value).to.equal('没有这样的商户');
      await expect(el).to.be.accessible();
      // By keyboard: the button leaves with the empty state; the focus goes to the search, not
      // back to the page's start.
      part(el, 'clear-filters')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(items(el).length).to.be.greaterThan(0);
      expect(part<HTMLInputElement>(el, 'search-input')!.value).to.equal('');
      expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus').to.equal('search-input');
    });

    it('says in its live region that no merchant matches, not only in the empty state', async () => {
      // The empty state is new in the page, which screen readers do not reliably read out; the
      // region that says 已显示 10 家商户 after a search said nothing when none matched.
      const el = await list(html`<jg-merchant-list search="没有这样的商户"></jg-merchant-list>`);
      const said = () =>
        Array.from(el.shadowRoot!.children)
          .find((node) => node.matches('[role="status"]'))!
          .textContent!.trim();
      expect(said()).to.equal('没有符合条件的商户');
      el.search = '';
      await settled(el);
      expect(said()).to.contain('已显示 10 家商户');
    });

    it('shows a localized error with a retry, and recovers', async () => {
      let fail = true;
      const client = sandboxClient(null, {
        retry: 0,
        fetch: (input, init) =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
      });
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list></jg-merchant-list>`,
      );
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent).to.contain('网络连接失败');
      await expect(el).to.be.accessible();
      fail = false;
      part(el, 'retry-button')!.click();
      await settled(el);
      expect(items(el)).to.have.length(10);
    });

    it('offers the areas again once its retry brings the list back', async () => {
      // Offline when the page opened: the list and the union tree behind the area filter failed.
      const net = switchableNetwork();
      const el = await clientFixture<JgMerchantList>(
        sandboxClient(null, { retry: 0, fetch: net.fetch }),
        html`<jg-merchant-list></jg-merchant-list>`,
      );
      expect(part(el, 'retry-button')).to.not.equal(null);
      net.down = false;
      part(el, 'retry-button')!.click();
      await settled(el);
      expect(items(el)).to.have.length(10);
      // Not only 全部地区 for the rest of the visit.
      await countiesLoaded(el);
    });

    it('speaks English and stays accessible in dark and senior mode', async () => {
      const el = await list(
        html`<jg-merchant-list page-size="3" locale="en" theme="dark" senior></jg-merchant-list>`,
      );
      expect(part(el, 'code-button')!.textContent).to.contain('Show member code');
      expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Load more');
      expect(part(el, 'category-select')!.textContent).to.contain('All categories');
      // Category labels come from the element's catalogue, in its language.
      expect(part(el, 'merchant-meta')!.textContent).to.contain('Dining');
      // An English voice reads the full-width colon aloud ("fullwidth colon").
      const hidden = [...el.shadowRoot!.querySelectorAll('.jg-visually-hidden')];
      expect(hidden.length).to.be.above(3);
      expect(
        hidden.map((span) => span.textContent).filter((text) => text!.includes('：')),
      ).to.deep.equal([]);
      expect(part(el, 'code-button')!.textContent!.trim()).to.match(/^Show member code: \S/);
      await countiesLoaded(el);
      await expect(el).to.be.accessible();
    });
    it('sets its fields at 16 px at least (iOS zooms into smaller ones) with the search placeholder whole on a 320 px phone', async () => {
      // The element's width on a 320 px phone: in the gallery's card (246 px), with a page's
      // 16 px margins (288 px), on the whole screen.
      for (const [width, senior, locale] of [246, 288, 320].flatMap((w) =>
        [false, true].flatMap((s) => ['zh-CN', 'en'].map((l) => [w, s, l] as const)),
      )) {
        const el = await fixture<JgMerchantList>(
          html`<div style="width: ${width}px">
            <jg-merchant-list
              page-size="3"
              locale=${locale}
              ?senior=${senior}
              api-base=${sandboxUrl()}
              publishable-key=${PUBLISHABLE_KEY}
            ></jg-merchant-list>
          </div>`,
        ).then((wrap) => wrap.firstElementChild as JgMerchantList);
        await waitForLoad(el);
        const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, select')];
        expect(fields).to.have.length(3);
        for (const field of fields) {
          expect(parseFloat(getComputedStyle(field).fontSize), field.localName).to.be.at.least(16);
        }
        const input = part<HTMLInputElement>(el, 'search-input')!;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        expect(
          ctx.measureText(input.placeholder).width,
          `${width} ${locale} ${senior}`,
        ).to.be.at.most(room);
      }
    });

    it('uses the one-column senior layout when the provider turns senior mode on', async () => {
      const el = await list();
      const provider = el.parentElement as JgProvider;
      const logo = () => part(el, 'merchant-logo')!.getBoundingClientRect().width;
      expect(logo()).to.equal(56);
      provider.senior = true;
      await provider.updateComplete;
      await el.updateComplete;
      expect(logo()).to.equal(0);
      const article = part(el, 'merchant')!.querySelector('article')!;
      expect(getComputedStyle(article).gridTemplateColumns.split(' ')).to.have.length(1);
    });
  });

  describe('paging', () => {
    it('loads the next page with the cursor, announces it and moves focus to it', async () => {
      const el = await list();
      const button = part<HTMLButtonElement>(el, 'load-more')!;
      button.focus();
      button.click();
      await waitUntil(() => items(el).length === 10, 'second page');
      expect(new Set(names(el)).size).to.equal(10);
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '5');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
        '已显示 10 家商户，还有更多',
      );
    });

    it('ends with no load-more button once every merchant is shown', async () => {
      const el = await list(html`<jg-merchant-list page-size="40"></jg-merchant-list>`);
      while (el.hasMore) await el.loadMore();
      await el.updateComplete;
      expect(items(el).length).to.be.greaterThan(40);
      expect(part(el, 'load-more')).to.equal(null);
      expect(part(el, 'end')!.textContent).to.contain('已显示全部商户');
      expect(new Set(names(el)).size).to.equal(items(el).length);
    });

    it('shows a failed next page inline with a retry', async () => {
      let failPages = true;
      const client = sandboxClient(null, {
        retry: 0,
        fetch: (input, init) => {
          const url = new Request(input, init).url;
          return failPages && url.includes('cursor=')
            ? Promise.reject(new TypeError('Failed to fetch'))
            : fetch(input, init);
        },
      });
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list page-size="4"></jg-merchant-list>`,
      );
      await el.loadMore();
      expect(items(el)).to.have.length(4);
      expect(part(el, 'error')!.textContent).to.contain('网络连接失败');
      await expect(el).to.be.accessible();
      failPages = false;
      part(el, 'retry-button')!.click();
      await waitUntil(() => items(el).length === 8, 'page after retry');
      expect(part(el, 'error')).to.equal(null);
    });

    it('keeps the keyboard focus when the next page fails, and on its retry', async () => {
      let fail = true;
      const client = sandboxClient(null, {
        retry: 0,
        fetch: (input, init) =>
          fail && new Request(input, init).url.includes('cursor=')
            ? Promise.reject(new TypeError('Failed to fetch'))
            : fetch(input, init),
      });
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list page-size="4"></jg-merchant-list>`,
      );
      const focused = () => el.shadowRoot!.activeElement;
      part(el, 'load-more')!.focus();
      await sendKeys({ press: 'Enter' });
      // The button gave way to the error: the focus is on its retry.
      await waitUntil(() => part(el, 'retry-button'), 'the failed page');
      await waitUntil(() => focused() === part(el, 'retry-button'), 'focus on the retry');
      // A retry that fails again: on the new retry.
      const retry = part(el, 'retry-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'retry-button') && part(el, 'retry-button') !== retry);
      await waitUntil(() => focused() === part(el, 'retry-button'), 'focus on the next retry');
      // One that works: on the first merchant it brought.
      fail = false;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => items(el).length === 8, 'page after retry');
      await waitUntil(() => focused()?.getAttribute('data-index') === '4', 'focus on it');
    });

    it('leaves the focus where the member put it while the retry was loading', async () => {
      const net = offlineThenSlow((request) =>
        new URL(request.url).pathname.endsWith('/v1/merchants'),
      );
      const el = await clientFixture<JgMerchantList>(
        sandboxClient(null, { retry: 0, fetch: net.fetch }),
        html`<jg-merchant-list page-size="4"></jg-merchant-list>`,
      );
      // Without: on the first merchant.
      await expectFocusKeptElsewhereDuringRetry(el, net, () => items(el).length > 0);
    });

    it('loads further pages by itself with infinite', async () => {
      const el = await list(html`<jg-merchant-list page-size="3" infinite></jg-merchant-list>`);
      await waitUntil(() => items(el).length >= 6, 'infinite scroll loaded more', {
        timeout: 10_000,
      });
    });
  });

  describe('filters', () => {
    it('filters by county from the union tree', async () => {
      const el = await list();
      await countiesLoaded(el);
      const select = part<HTMLSelectElement>(el, 'county-select')!;
      const labels = Array.from(select.options, (o) => o.textContent!.trim());
      expect(labels).to.deep.equal([
        '全部地区',
        '南湖区',
        '秀洲区',
        '嘉善县',
        '海盐县',
        '海宁市',
        '平湖市',
        '桐乡市',
      ]);
      select.value = '330421';
      select.dispatchEvent(new Event('change'));
      await settled(el);
      expect(el.county).to.equal('330421');
      const metas = items(el).map((i) => i.querySelector('[part="merchant-meta"]')!.textContent!);
      expect(metas.length).to.be.greaterThan(0);
      expect(metas.every((meta) => meta.includes('嘉善县'))).to.equal(true);
    });

    it('takes a county union id as attribute', async () => {
      const el = await list(html`<jg-merchant-list county="u_330411"></jg-merchant-list>`);
      await countiesLoaded(el);
      expect(
        part<HTMLSelectElement>(el, 'county-select')!.selectedOptions[0]!.textContent,
      ).to.contain('秀洲区');
      const metas = items(el).map((i) => i.querySelector('[part="merchant-meta"]')!.textContent!);
      expect(metas.every((meta) => meta.includes('秀洲区'))).to.equal(true);
    });

    it('filters by category and keeps paging within the filter', async () => {
      const el = await list(html`<jg-merchant-list page-size="3"></jg-merchant-list>`);
      const select = part<HTMLSelectElement>(el, 'category-select')!;
      select.value = 'dining';
      select.dispatchEvent(new Event('change'));
      await settled(el);
      await el.loadMore();
      const metas = items(el).map((i) => i.querySelector('[part="merchant-meta"]')!.textContent!);
      expect(metas).to.have.length(6);
      expect(metas.every((meta) => meta.includes('餐饮美食'))).to.equal(true);
    });

    it('searches after a pause in typing (debounced, one request)', async () => {
      const client = sandboxClient(null);
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list></jg-merchant-list>`,
      );
      const before = merchantRequests(client);
      part(el, 'search-input')!.focus();
      await sendKeys({ type: '面馆' });
      await sleep(100);
      expect(merchantRequests(client)).to.equal(before);
      await waitUntil(() => el.search === '面馆', 'search applied');
      await settled(el);
      expect(merchantRequests(client)).to.equal(before + 1);
      expect(names(el).length).to.be.greaterThan(0);
      expect(names(el).every((name) => name.includes('面馆'))).to.equal(true);
      // Focus stays in the search field while the results change.
      expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus').to.equal('search-input');
    });
    it('searches what a pinyin IME commits: not the pinyin, nor on the Enter that picks', async () => {
      const client = sandboxClient(null);
      const el = await clientFixture<JgMerchantList>(
        client,
        html`<jg-merchant-list></jg-merchant-list>`,
      );
      const before = merchantRequests(client);
      part(el, 'search-input')!.focus();
      // The member pauses over the candidates for longer than the debounce.
      await ime(...spell('mian'));
      await sleep(400);
      await ime(...spell('mianguan').slice(4));
      await sleep(400);
      expect(el.search).to.equal('');
      expect(merchantRequests(client)).to.equal(before);
      expect(part(el, 'empty')).to.equal(null);
      await ime(...enterPicks('面馆'));
      expect(el.search).to.equal('');
      await waitUntil(() => el.search === '面馆', 'search applied');
      await settled(el);
      expect(merchantRequests(client)).to.equal(before + 1);
      expect(names(el).every((name) => name.includes('面馆'))).to.equal(true);
    });
  });

  describe('member code', () => {
    it('opens the member QR code in a dialog and returns focus when closed', async () => {
      const el = await list();
      const button = items(el)[1]!.querySelector<HTMLButtonElement>('[part="code-button"]')!;
      button.focus();
      setTimeout(() => button.click());
      const { detail } = await oneEvent(el, 'jg-member-code-request');
      expect(detail.merchantId).to.equal('mch_0002');
      const dialog = part<HTMLDialogElement>(el, 'code-dialog')!;
      await waitUntil(() => dialog.open, 'dialog open');
      expect(part(el, 'dialog-hint')!.textContent).to.contain('康禾口腔诊所');
      const code = dialog.querySelector('jg-member-code')!;
      expect(code.getAttribute('part')).to.equal('member-card member-code');
      await waitUntil(() => code.shadowRoot?.querySelector('[part="qr"]'), 'the member code QR', {
        timeout: 15_000,
      });
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'dialog closed');
      await el.updateComplete;
      expect(dialog.querySelector('jg-member-code')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('lets the host show the code itself by cancelling the request', async () => {
      const el = await list();
      el.addEventListener('jg-member-code-request', (event) => event.preventDefault(), {
        once: true,
      });
      part(el, 'code-button')!.click();
      await sleep(50);
      expect(part<HTMLDialogElement>(el, 'code-dialog')!.open).to.equal(false);
    });

    it('passes its own configuration to the member code when used without a provider', async () => {
      const el = await fixture<JgMerchantList>(
        html`<jg-merchant-list
          api-base=${(globalThis as unknown as { JG_SANDBOX_URL: string }).JG_SANDBOX_URL}
          publishable-key="pk_test_jiaxing"
          token-endpoint="/__jg/token?member=m_1001"
          page-size="2"
        ></jg-merchant-list>`,
      );
      await waitForLoad(el);
      part(el, 'code-button')!.click();
      const dialog = part<HTMLDialogElement>(el, 'code-dialog')!;
      await waitUntil(() => dialog.open, 'dialog open');
      const code = dialog.querySelector('jg-member-code')!;
      await waitUntil(() => code.shadowRoot?.querySelector('[part="qr"]'), 'the member code QR', {
        timeout: 15_000,
      });
      el.closeCode();
    });
  });
});
