import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import './en.js';
import { JgServiceMenu, type JgServiceSelectEvent } from './service-menu.js';
import {
  CLOSED_PORT_URL,
  isLoading,
  PUBLISHABLE_KEY,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  clientFixture,
  expectFocusKeptElsewhereDuringRetry,
  expectFocusMovedOnFromElementDuringRetry,
  offlineThenSlow,
  storageIsEmpty,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

/** The real element, with navigation recorded instead of leaving the test page. */
class RecordingServiceMenu extends JgServiceMenu {
  navigated: string[] = [];
  protected override navigate(url: string): void {
    this.navigated.push(url);
  }
}
customElements.define('test-service-menu', RecordingServiceMenu);

const tiles = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="tile"]'));
const tileNames = (el: Element) =>
  tiles(el).map((tile) => tile.querySelector('[part="tile-name"]')!.textContent!.trim());
const focusedIndex = (el: Element) =>
  Number((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.index ?? -1);

async function menu(template = html`<test-service-menu></test-service-menu>`) {
  return providerFixture<RecordingServiceMenu>(null, template);
}

describe('jg-service-menu', function () {
  this.timeout(30_000);

  afterEach(() => {
    expect(storageIsEmpty(), 'nothing written to Web Storage').to.equal(true);
  });

  describe('states', () => {
    it('shows an accessible skeleton while loading', async () => {
      const client = sandboxClient(null, { fetch: () => new Promise<Response>(() => {}) });
      const el = await clientFixture<JgServiceMenu>(
        client,
        html`<jg-service-menu></jg-service-menu>`,
        { wait: false },
      );
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.textContent).to.contain('加载中');
      await expect(el).to.be.accessible();
    });

    it('shows every module of the partner in the platform order', async () => {
      const el = await menu();
      expect(tileNames(el)).to.deep.equal([
        '电子书屋',
        '职工课堂',
        '医疗互助',
        '在线律师',
        '在线就业',
        '技能提升',
        '惠工联盟',
        '积分商城',
        '惠工贷',
        '答题拉力赛',
        '劳模风采',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows an empty state when no module is left', async () => {
      const el = await menu(html`<test-service-menu modules="no-such-module"></test-service-menu>`);
      expect(tiles(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain(
        '暂无可用服务',
      );
      await expect(el).to.be.accessible();
    });

    it('shows an empty state when the API returns no module', async () => {
      const client = sandboxClient(null, {
        fetch: rewritingFetch((path) => (path === '/v1/services' ? { data: [] } : undefined)),
      });
      const el = await clientFixture<JgServiceMenu>(
        client,
        html`<jg-service-menu></jg-service-menu>`,
      );
      expect(el.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
    });

    it('leaves the focus where the member put it while the retry was loading', async () => {
      const net = offlineThenSlow((request) => new URL(request.url).pathname == '/v1/services');
      const el = await clientFixture<JgServiceMenu>(
        sandboxClient(null, { retry: 0, fetch: net.fetch }),
        html`<jg-service-menu></jg-service-menu>`,
      );
      // Without: on the first tile.
      await expectFocusKeptElsewhereDuringRetry(el, net, () => el.services.length > 0);
    });

    it('moves the focus on to the tiles when it stayed in the element while the retry loaded', async () => {
      // The page's skip link (跳到服务) targets the element, focusable by script: a member who
      // follows it while the retry loads has put the focus in the element, not elsewhere.
      const net = offlineThenSlow((request) => new URL(request.url).pathname == '/v1/services');
      const el = await clientFixture<JgServiceMenu>(
        sandboxClient(null, { retry: 0, fetch: net.fetch }),
        html`<jg-service-menu tabindex="-1"></jg-service-menu>`,
      );
      await expectFocusMovedOnFromElementDuringRetry(el, net, () => tiles(el)[0], 'the first tile');
    });

    it('shows a localized error with a working retry', async () => {
      let fail = true;
      const client = sandboxClient(null, {
        retry: 0,
        fetch: (input, init) =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
      });
      const errors: unknown[] = [];
      const provider = await fixture(
        html`<jg-provider .client=${client} @jg-error=${(e: CustomEvent) => errors.push(e)}
          ><jg-service-menu></jg-service-menu
        ></jg-provider>`,
      );
      const el = provider.firstElementChild as JgServiceMenu;
      await waitForLoad(el);
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('网络连接失败');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();

      // The retry leaves with the error: the focus goes on (to the retry when it failed again,
      // then to the first tile), not to the page's start.
      const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      retry().focus();
      retry().click();
      await waitUntil(
        () =>
          el.shadowRoot!.activeElement?.getAttribute('part') == 'retry-button' &&
          errors.length == 2,
        'on the retry again',
      );
      fail = false;
      retry().click();
      await waitUntil(() => tiles(el).length === 11, 'tiles after retry');
      await waitUntil(() => el.shadowRoot!.activeElement === tiles(el)[0], 'on the first tile');
    });

    it('reports a network failure from its own attributes', async () => {
      const el = await fixture<JgServiceMenu>(
        html`<jg-service-menu
          api-base=${CLOSED_PORT_URL}
          publishable-key=${PUBLISHABLE_KEY}
        ></jg-service-menu>`,
      );
      await waitForLoad(el, 20_000);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    });

    it('works standalone with api-base and publishable-key', async () => {
      const el = await fixture<JgServiceMenu>(
        html`<jg-service-menu
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          modules="mall"
        ></jg-service-menu>`,
      );
      await waitForLoad(el);
      expect(tileNames(el)).to.deep.equal(['积分商城']);
    });
  });

  describe('modules, layout and columns', () => {
    it('filters and orders modules by the modules attribute', async () => {
      const el = await menu(
        html`<test-service-menu modules="mall,loan,lawyer"></test-service-menu>`,
      );
      expect(tileNames(el)).to.deep.equal(['积分商城', '惠工贷', '在线律师']);
      expect(el.services.map((s) => s.id)).to.deep.equal(['mall', 'loan', 'lawyer']);
    });

    it('skips modules the partner does not have and follows property changes', async () => {
      const el = await menu(
        html`<test-service-menu modules=" loan , unknown，mall"></test-service-menu>`,
      );
      expect(tileNames(el)).to.deep.equal(['惠工贷', '积分商城']);
      el.modules = ['quiz', 'ebook'];
      await el.updateComplete;
      expect(tileNames(el)).to.deep.equal(['答题拉力赛', '电子书屋']);
      el.modules = undefined;
      await el.updateComplete;
      expect(tiles(el)).to.have.length(11);
    });

    it('shows only the modules enabled for the partner key', async () => {
      const el = await fixture<JgServiceMenu>(
        html`<jg-service-menu
          api-base=${sandboxUrl()}
          publishable-key="pk_test_employer"
          modules="mall,lawyer,loan,jobs"
        ></jg-service-menu>`,
      );
      await waitForLoad(el);
      expect(tileNames(el)).to.deep.equal(['在线律师', '在线就业']);
    });

    it('lays tiles out in rows of `columns` as an ARIA grid', async () => {
      const el = await menu(html`<test-service-menu columns="3"></test-service-menu>`);
      const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-label')).to.equal('服务');
      const rows = grid.querySelectorAll('[role="row"]');
      expect(rows).to.have.length(4);
      expect(rows[0]!.querySelectorAll('[role="gridcell"]')).to.have.length(3);
      expect(rows[3]!.querySelectorAll('[role="gridcell"]')).to.have.length(2);
      const [a, b] = tiles(el);
      expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
    });

    it('renders the list and compact layouts accessibly', async () => {
      const el = await menu(html`<test-service-menu layout="list"></test-service-menu>`);
      expect(el.effectiveColumns).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('[role="row"]')).to.have.length(11);
      expect(el.shadowRoot!.querySelector('[part="chevron"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      el.layout = 'compact';
      await el.updateComplete;
      expect(el.effectiveColumns).to.equal(4);
      const description = el.shadowRoot!.querySelector<HTMLElement>('[part="tile-description"]')!;
      expect(description.getBoundingClientRect().width).to.be.lessThan(2);
      await expect(el).to.be.accessible();
    });

    it('fits its columns to a phone so that names do not break (unless columns is set)', async () => {
      // A 320 px phone: a 4-character name broke after its third character in 4 columns, and
      // English words mid-word.
      const el = await menu(html`<test-service-menu style="width: 288px"></test-service-menu>`);
      const lines = () =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile-name"]')].map((name) =>
          Math.round(name.offsetHeight / parseFloat(getComputedStyle(name).lineHeight)),
        );
      await waitUntil(() => el.effectiveColumns === 3);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="row"]')!.children).to.have.length(3);
      expect(tileNames(el)[0]).to.equal('电子书屋');
      expect(lines()[0]).to.equal(1);
      el.locale = 'en';
      await waitUntil(() => tileNames(el)[0] === 'E-library');
      expect(el.effectiveColumns).to.equal(2);
      // "Workers’ classroom" on two lines, no word broken: no name wider than its tile's text.
      for (const name of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile-name"]')) {
        expect(name.scrollWidth, name.textContent!).to.be.at.most(name.clientWidth);
        expect(lines()).to.satisfy((all: number[]) => all.every((n) => n <= 2));
      }
      el.style.width = '720px';
      await waitUntil(() => el.effectiveColumns === 4);
      el.locale = 'zh-CN';
      el.style.width = '288px';
      el.columns = 4;
      await el.updateComplete;
      expect(el.effectiveColumns).to.equal(4);
    });

    it('breaks no English word in compact tiles in senior mode on a phone', async () => {
      // Three compact tiles of 93 px on a 360 px phone: senior mode's larger type broke
      // Workers’ classroo-m, Medic-al and Unavail-able (its badge) mid-word.
      const el = await menu(
        html`<test-service-menu
          layout="compact"
          senior
          locale="en"
          style="width: 288px"
        ></test-service-menu>`,
      );
      await waitUntil(() => tileNames(el)[0] === 'E-library');
      await el.updateComplete;
      const words = el.shadowRoot!.querySelectorAll<HTMLElement>(
        '[part="tile-name"], [part~="badge"]',
      );
      expect(words.length).to.be.above(3);
      for (const text of words) {
        // A word broken inside makes its box as narrow as its longest piece: the widest word
        // does not fit what the text had.
        const range = document.createRange();
        range.selectNodeContents(text);
        const longest = Math.max(
          ...text
            .textContent!.trim()
            .split(/\s+/)
            .map((word) => {
              const probe = document.createElement('span');
              probe.style.cssText = 'position: absolute; white-space: nowrap';
              probe.textContent = word;
              text.append(probe);
              const width = probe.getBoundingClientRect().width;
              probe.remove();
              return width;
            }),
        );
        expect(longest, text.textContent!).to.be.at.most(text.getBoundingClientRect().width + 0.5);
      }
      el.locale = 'zh-CN';
      await waitUntil(() => el.effectiveColumns === 3, 'three in Chinese, as before');
    });

    it('breaks a Chinese name or badge in a narrow tile near its middle, not before its last character', async () => {
      // Four compact columns in 288 px (a 360 px phone in a page with margins): 暂未开放 broke as
      // 暂未开 / 放 and 答题拉力赛 as 答题拉力 / 赛; in senior mode every name left one character
      // on a line of its own (电子书 / 屋).
      const el = await menu(
        html`<test-service-menu
          layout="compact"
          columns="4"
          style="width: 288px"
        ></test-service-menu>`,
      );
      await waitUntil(() => tiles(el).length > 8);
      /** The text of `node` line by line, as drawn. */
      const lines = (node: Element) => {
        const text = [...node.childNodes].find(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
        )!;
        const drawn: string[] = [];
        let top = NaN;
        for (let i = 0; i < text.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const char = text.textContent![i]!;
          const box = range.getClientRects()[0];
          if (!box || !char.trim()) continue;
          if (Math.abs(box.top - top) > 2 || !drawn.length) drawn.push('');
          top = box.top;
          drawn[drawn.length - 1] += char;
        }
        return drawn;
      };
      for (const senior of [false, true]) {
        el.toggleAttribute('senior', senior);
        await el.updateComplete;
        const badge = el.shadowRoot!.querySelector('[part~="badge-unavailable"]')!;
        expect(lines(badge), `senior: ${senior}`).to.deep.equal(['暂未', '开放']);
        for (const name of el.shadowRoot!.querySelectorAll('[part="tile-name"]')) {
          const drawn = lines(name);
          expect(drawn.length, name.textContent!).to.be.at.most(2);
          if (drawn.length > 1) {
            expect(
              drawn.every((line) => line.length > 1),
              drawn.join(' / '),
            ).to.equal(true);
          }
        }
      }
    });

    it('has the default columns its docs page gives, at the widths it gives', async () => {
      // docs/elements/service-menu.md once said 3 columns on most phones: a 375 px or wider phone
      // (343 px and more inside 16 px margins) has 4.
      const text = await (await fetch('/docs/elements/service-menu.md')).text();
      const claim =
        /4 from (\d+) px \([^)]*\), 3 from (\d+) px \([^)]*\); in English 3 from (\d+) px, else 2/.exec(
          text,
        );
      expect(claim, 'the columns the page gives').to.not.equal(null);
      const [four, three, englishThree] = claim!.slice(1).map(Number) as [number, number, number];
      const el = await menu(html`<test-service-menu style="width: ${four}px"></test-service-menu>`);
      const at = async (width: number, columns: number) => {
        el.style.width = `${width}px`;
        await waitUntil(() => el.effectiveColumns === columns, `${columns} at ${width} px`);
      };
      await at(four, 4);
      await at(four - 1, 3);
      await at(three, 3);
      await at(three - 1, 2);
      el.locale = 'en';
      await at(englishThree, 3);
      await at(englishThree - 1, 2);
      await at(three - 1, 2);
    });

    it('uses wider tiles in senior mode unless columns is set, and stays accessible in dark mode', async () => {
      const el = await menu(html`<test-service-menu senior theme="dark"></test-service-menu>`);
      expect(el.effectiveColumns).to.equal(2);
      await expect(el).to.be.accessible();
      el.columns = 3;
      await el.updateComplete;
      expect(el.effectiveColumns).to.equal(3);
      const size = parseFloat(
        getComputedStyle(el.shadowRoot!.querySelector('[part="tile-name"]')!).fontSize,
      );
      expect(size).to.be.greaterThan(18);
    });
    it('uses the larger icons of senior mode when the provider turns it on', async () => {
      const el = await menu();
      const diameter = () =>
        el.shadowRoot!.querySelector('[part="tile-icon"]')!.getBoundingClientRect().width;
      expect(diameter()).to.equal(48);
      const provider = el.parentElement as HTMLElement & { senior: boolean };
      provider.senior = true;
      await waitUntil(() => el.effectiveColumns === 2);
      expect(diameter()).to.equal(56);
      el.layout = 'compact';
      await el.updateComplete;
      expect(diameter()).to.equal(48);
      provider.senior = false;
      await waitUntil(() => el.effectiveColumns === 4);
      expect(diameter()).to.equal(40);
    });
  });

  describe('tiles', () => {
    it('names each tile and describes it (description, badge)', async () => {
      const el = await menu(html`<test-service-menu modules="quiz,ebook"></test-service-menu>`);
      const [quiz, ebook] = tiles(el);
      // The accessible name is the tile's text: name first, then description and badge.
      const name = (tile: Element) => tile.textContent!.replace(/\s+/g, ' ').trim();
      expect(name(quiz!)).to.match(/^答题拉力赛 参与知识竞答.* 新$/);
      expect(quiz!.getAttribute('part')).to.contain('tile-new');
      expect(quiz!.querySelector('[part~="badge-new"]')).to.not.equal(null);
      expect(name(ebook!)).to.match(/^电子书屋 海量正版电子书/);
      expect(ebook!.href).to.equal('https://zgzj.example.cn/ebook');
      expect(quiz!.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    });

    it('marks unavailable modules aria-disabled, explains why and does not select them', async () => {
      const el = await menu(html`<test-service-menu modules="models"></test-service-menu>`);
      const [tile] = tiles(el);
      expect(tile!.getAttribute('aria-disabled')).to.equal('true');
      expect(tile!.hasAttribute('href')).to.equal(false);
      const described = tile!
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent)
        .join(' ');
      expect(described).to.contain('暂未开放');
      expect(described).to.contain('敬请期待');
      // The reason is heard once, as the description: Chromium's name for the tile (what TalkBack
      // reads before the description) is what it shows, without the reason a second time.
      tile!.dataset.jgAx = 'tile';
      const names = (await executeServerCommand('jg-ax-names')) as Record<string, { name: string }>;
      expect(names.tile!.name).to.equal('劳模风采 劳动模范与工匠事迹展示 暂未开放');
      let selected = false;
      el.addEventListener('jg-service-select', () => (selected = true));
      tile!.click();
      await el.updateComplete;
      await waitUntil(() =>
        el
          .shadowRoot!.querySelector('[role="status"]')!
          .textContent!.includes('\u2068劳模风采\u2069暂未开放'),
      );
      expect(selected).to.equal(false);
      expect(el.navigated).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('leaves no Chinese reason behind once the page switches to English', async () => {
      const el = await menu(html`<test-service-menu modules="models"></test-service-menu>`);
      const status = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
      tiles(el)[0]!.click();
      await waitUntil(() => status().includes('\u2068劳模风采\u2069暂未开放'), 'the reason said');
      (el.parentElement as HTMLElement & { locale: string }).locale = 'en';
      await waitUntil(() => !/[\u4e00-\u9fff]/.test(tileNames(el)[0]!), 'English names');
      // A reader going through the page found 劳模风采暂未开放，敬请期待 on its English page.
      expect(status()).not.to.match(/[\u4e00-\u9fff]/);
    });

    it('shows every description whole at 200 % text on a 360 px phone, and at normal size', async () => {
      // An older member with Android's largest text: each description showed two lines of three
      // characters (海量正/版电…), so she could not read what 电子书屋 or 在线律师 is. The
      // menu is 328 px wide (a 360 px phone less the page's margins); the tokens doubled are what
      // 200 % text does to it. Three columns, as a partner may set them: the narrowest tiles.
      const doubled =
        '--jg-font-size-sm:26px;--jg-font-size-md:30px;--jg-font-size-lg:36px;--jg-font-size-xl:44px';
      for (const [layout, size] of [
        ['grid', doubled],
        ['list', doubled],
        ['grid', ''],
      ] as const) {
        const el = await menu(
          html`<test-service-menu
            layout=${layout}
            columns=${layout == 'list' ? 1 : 3}
            style="width: 328px; ${size}"
          ></test-service-menu>`,
        );
        await waitUntil(
          () => tiles(el).length > 8 && el.effectiveColumns === (layout == 'list' ? 1 : 3),
        );
        await el.updateComplete;
        for (const tile of tiles(el)) {
          const description = tile.querySelector<HTMLElement>('[part="tile-description"]')!;
          const what = `${layout} ${size ? '200 %' : '100 %'}: ${description.textContent}`;
          expect(description.scrollHeight, what).to.be.at.most(description.clientHeight + 1);
          expect(getComputedStyle(description).overflow, what).to.equal('visible');
          const bottom = description.getBoundingClientRect().bottom;
          expect(bottom, what).to.be.at.most(tile.getBoundingClientRect().bottom + 0.5);
        }
      }
    });

    it('gives enlarged text fewer, wider tiles, whose names break no word (200 % on a 360 px phone)', async () => {
      // Three columns at 200 %: 答题拉力赛 on three lines (答题/拉/力赛), and English words cut
      // (Workers’ classroo-m, discoun-ts, Unavaila-ble): the columns counted the width alone.
      const el = await menu(
        html`<test-service-menu
          style="width: 328px; --jg-font-size-sm:26px; --jg-font-size-md:30px"
        ></test-service-menu>`,
      );
      await waitUntil(() => tiles(el).length > 8 && el.effectiveColumns === 2);
      await el.updateComplete;
      const names = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tile-name"]')];
      for (const name of names()) {
        const lines = Math.round(name.offsetHeight / parseFloat(getComputedStyle(name).lineHeight));
        expect(lines, name.textContent!).to.be.at.most(2);
      }
      el.locale = 'en';
      await waitUntil(() => tileNames(el)[0] === 'E-library' && el.effectiveColumns === 1);
      await el.updateComplete;
      for (const word of el.shadowRoot!.querySelectorAll<HTMLElement>(
        '[part~="tile-name"], [part~="badge"]',
      )) {
        expect(word.scrollWidth, word.textContent!).to.be.at.most(word.clientWidth);
        const lines = Math.round(word.offsetHeight / parseFloat(getComputedStyle(word).lineHeight));
        expect(lines, word.textContent!).to.be.at.most(
          word.textContent!.trim().split(/\s+/).length,
        );
      }
      // Back to normal size: the columns of a 360 px phone again.
      el.style.cssText = 'width: 328px';
      el.locale = 'zh-CN';
      await waitUntil(() => el.effectiveColumns === 3);
    });

    it('keeps the New badge inside its tile in English and senior mode on a phone', async () => {
      // A 360 px phone less the page's margins, the four columns of the gallery's compact menu:
      // tiles of 69 px; 'New' from the icon's corner ran 20 px past its tile, cut to 'Ne' at
      // the menu's edge or drawn under the next tile.
      const el = await menu(
        html`<test-service-menu
          layout="compact"
          columns="4"
          locale="en"
          senior
          modules="ebook,classroom,jobs,quiz"
          style="width: 288px"
        ></test-service-menu>`,
      );
      await waitUntil(() => tileNames(el)[3] === 'Quiz rally');
      await el.updateComplete;
      const quiz = tiles(el)[3]!;
      const badge = quiz.querySelector('[part~="badge-new"]')!.getBoundingClientRect();
      const tile = quiz.getBoundingClientRect();
      const icon = quiz.querySelector('[part="tile-icon"]')!.getBoundingClientRect();
      expect(badge.right, 'inside its tile').to.be.at.most(tile.right + 0.5);
      expect(badge.right, 'on the icon’s corner').to.be.above(icon.right);
      expect(badge.left).to.be.above(tile.left);
    });

    it('speaks English with locale="en"', async () => {
      const el = await menu(
        html`<test-service-menu locale="en" modules="quiz,models"></test-service-menu>`,
      );
      expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-label')).to.equal(
        'Services',
      );
      const badges = Array.from(el.shadowRoot!.querySelectorAll('[part~="badge"]'), (b) =>
        b.textContent!.trim(),
      );
      expect(badges).to.deep.equal(['New', 'Unavailable']);
      await expect(el).to.be.accessible();
    });
  });

  describe('jg-service-select', () => {
    it('fires with the id and URL, then navigates when not cancelled', async () => {
      const el = await menu(html`<test-service-menu modules="mall,loan"></test-service-menu>`);
      setTimeout(() => tiles(el)[1]!.click());
      const event = await oneEvent(el, 'jg-service-select');
      expect(event.detail.serviceId).to.equal('loan');
      expect(event.detail.url).to.equal('https://zgzj.example.cn/loan');
      expect(event.detail.service.name).to.equal('惠工贷');
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(el.navigated).to.deep.equal(['https://zgzj.example.cn/loan']);
    });

    it('does not navigate when the host calls preventDefault()', async () => {
      const el = await menu(html`<test-service-menu modules="mall"></test-service-menu>`);
      const routed: string[] = [];
      document.addEventListener(
        'jg-service-select',
        (event) => {
          event.preventDefault();
          routed.push((event as JgServiceSelectEvent).detail.serviceId);
        },
        { once: true },
      );
      tiles(el)[0]!.click();
      expect(routed).to.deep.equal(['mall']);
      expect(el.navigated).to.deep.equal([]);
    });

    it('leaves modified clicks (new tab) to the browser', async () => {
      const el = await menu(html`<test-service-menu modules="mall"></test-service-menu>`);
      let fired = false;
      el.addEventListener('jg-service-select', () => (fired = true));
      const click = new MouseEvent('click', {
        bubbles: true,
        composed: true,
        cancelable: true,
        ctrlKey: true,
      });
      // Cancel at the document so the test page itself stays put.
      document.addEventListener('click', (event) => event.preventDefault(), { once: true });
      tiles(el)[0]!.dispatchEvent(click);
      expect(fired).to.equal(false);
      expect(el.navigated).to.deep.equal([]);
    });

    it('shows a module of a newer API, and no badge it does not know', async () => {
      // The API under /v1 may add a module and a badge value before the partner's app updates
      // this SDK: the tile is shown and opens; the unknown badge is left out, not an empty pill.
      const client = sandboxClient(null, {
        fetch: rewritingFetch((path, body) => {
          if (path !== '/v1/services') return undefined;
          const [first, ...rest] = (body as { data: { id: string }[] }).data;
          return {
            data: [
              {
                ...first,
                id: 'housing',
                name: '职工安居',
                icon: 'house',
                badge: 'recommended new',
              },
              ...rest,
            ],
          };
        }),
      });
      const provider = await fixture(
        html`<jg-provider api-base=${sandboxUrl()} .client=${client}
          ><test-service-menu></test-service-menu
        ></jg-provider>`,
      );
      const el = provider.firstElementChild as RecordingServiceMenu;
      await waitForLoad(el);
      const tile = tiles(el)[0]!;
      expect(tile.textContent).to.contain('职工安居');
      expect(tile.getAttribute('part')).to.equal('tile');
      expect(tile.querySelector('[part~="badge"]')).to.equal(null);
      expect(tile.getAttribute('aria-disabled')).to.equal(null);
      tile.click();
      expect(el.navigated).to.have.length(1);
    });

    it('resolves root-relative module URLs against the API base', async () => {
      const client = sandboxClient(null, {
        fetch: rewritingFetch((path, body) =>
          path === '/v1/services'
            ? {
                data: (body as { data: { url: string }[] }).data.map((s) => ({
                  ...s,
                  url: '/m/' + s.url.split('/').pop(),
                })),
              }
            : undefined,
        ),
      });
      const provider = await fixture(
        html`<jg-provider api-base=${sandboxUrl()} .client=${client}
          ><test-service-menu modules="mall"></test-service-menu
        ></jg-provider>`,
      );
      const el = provider.firstElementChild as RecordingServiceMenu;
      await waitForLoad(el);
      tiles(el)[0]!.click();
      expect(el.navigated).to.deep.equal([`${sandboxUrl()}/m/mall`]);
    });
  });

  describe('keyboard', () => {
    it('has one tab stop and moves with the arrows by columns (roving tabindex)', async () => {
      const el = await menu(html`<test-service-menu columns="4"></test-service-menu>`);
      const tabStops = () => tiles(el).filter((tile) => tile.tabIndex === 0);
      expect(tabStops()).to.have.length(1);
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIndex(el)).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedIndex(el)).to.equal(5);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedIndex(el)).to.equal(9);
      // The last row has 3 tiles: ↓ from it stays.
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedIndex(el)).to.equal(9);
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedIndex(el)).to.equal(5);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedIndex(el)).to.equal(3);
      // → at the end of a row continues on the next one.
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIndex(el)).to.equal(4);
      await sendKeys({ press: 'End' });
      expect(focusedIndex(el)).to.equal(7);
      await sendKeys({ press: 'Home' });
      expect(focusedIndex(el)).to.equal(4);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(focusedIndex(el)).to.equal(10);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIndex(el)).to.equal(10);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      expect(focusedIndex(el)).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedIndex(el)).to.equal(0);
      expect(tabStops()).to.deep.equal([tiles(el)[0]]);
    });

    it('moves into a shorter last row with ↓', async () => {
      const el = await menu(html`<test-service-menu columns="4"></test-service-menu>`);
      tiles(el)[7]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedIndex(el)).to.equal(10);
    });

    it('keeps the focused tile as the tab stop when leaving and re-entering', async () => {
      const el = await menu(
        html`<test-service-menu modules="mall,loan,lawyer"></test-service-menu>`,
      );
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.before(before);
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedIndex(el)).to.equal(1);
      before.remove();
    });

    it('moves one by one in the list layout, Home/End to the ends', async () => {
      const el = await menu(html`<test-service-menu layout="list"></test-service-menu>`);
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedIndex(el)).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focusedIndex(el)).to.equal(10);
      await sendKeys({ press: 'Home' });
      expect(focusedIndex(el)).to.equal(0);
    });

    it('opens a tile with Enter and with Space', async () => {
      const el = await menu(html`<test-service-menu modules="mall,loan"></test-service-menu>`);
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      expect(el.navigated).to.deep.equal([
        'https://zgzj.example.cn/mall',
        'https://zgzj.example.cn/loan',
      ]);
    });

    it('says why an unavailable tile does not open when Enter is pressed on it, as for Space', async () => {
      // A tile without a link (暂未开放) is an <a> without href: the browser gives Enter no click.
      const el = await menu(html`<test-service-menu modules="mall,models"></test-service-menu>`);
      const status = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => status().includes('\u2068劳模风采\u2069暂未开放'),
        'Enter said nothing',
        {
          timeout: 3000,
        },
      );
      expect(el.navigated).to.deep.equal([]);
    });

    it('shows a visible focus ring', async () => {
      const el = await menu(html`<test-service-menu modules="mall,loan"></test-service-menu>`);
      tiles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      const style = getComputedStyle(tiles(el)[1]!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });
});
