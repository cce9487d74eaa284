import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgMemberCard } from './member-card.js';
import {
  clientFixture,
  CLOSED_PORT_URL,
  guardWebStorage,
  isLoading,
  providerFixture,
  PUBLISHABLE_KEY,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  sessionSource,
  shadowText,
  sleep,
  TOKEN_ENDPOINT,
  tokenFor,
  waitForLoad,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';
import { expectNoNewCalls } from '../../test/support/quiet.js';

const card = (el: JgMemberCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="card"]');
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<E>(`[part~="${name}"]`);
/** The masked name as seen (the asterisks) and as a screen reader reads it (not 沈星星). */
const holder = (el: Element) => ({
  seen: shadowText(el, '[part="holder"] dd [aria-hidden="true"]'),
  heard: shadowText(el, '[part="holder"] dd .jg-visually-hidden'),
});
/** The member code panel's `<jg-member-code>`, whose parts the card exports. */
const code = (el: JgMemberCard) => el.shadowRoot!.querySelector('[part="code"] jg-member-code')!;

describe('jg-member-card', function () {
  this.timeout(30_000);

  guardWebStorage();

  describe('loading', () => {
    it('shows an accessible skeleton until the session arrives', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
        { wait: false, getSessionToken: () => new Promise(() => {}) },
      );
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.textContent).to.contain('加载中');
      await expect(el).to.be.accessible();
    });

    // The skeleton was the bare card shape, 85 px shorter than the card with its actions: the
    // page below jumped when the card arrived.
    for (const width of [326, 440]) {
      it(`keeps its height when the card arrives (${width} px wide)`, async () => {
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const el = await providerFixture<JgMemberCard>(
          'm_1001',
          html`<jg-member-card style="width: ${width}px"></jg-member-card>`,
          {
            wait: false,
            getSessionToken: async () => {
              await gate;
              return tokenFor('m_1001');
            },
          },
        );
        await el.updateComplete;
        expect(isLoading(el)).to.equal(true);
        const loading = el.getBoundingClientRect().height;
        release();
        await waitForLoad(el);
        const loaded = el.getBoundingClientRect().height;
        expect(
          Math.abs(loaded - loading),
          `skeleton ${loading}px high, the card ${loaded}px`,
        ).to.be.at.most(loaded * 0.05);
      });
    }
  });

  describe('an active card (m_1001)', () => {
    it('shows holder, masked number, union, validity and status', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      expect(card(el)).not.to.equal(null);
      // Chinese speech reads 沈** as 沈星星, a name of its own: it hears 沈某某.
      expect(holder(el)).to.deep.equal({ seen: '沈**', heard: '沈某某' });
      expect(part(el, 'holder')!.querySelectorAll('dd > :not([aria-hidden])')).to.have.length(1);
      expect(shadowText(el, '[part="number"]')).to.contain('**** **** **** 0012');
      // Screen readers hear the last four digits, not a string of asterisks.
      expect(shadowText(el, '[part="number"] .jg-visually-hidden:last-child')).to.equal(
        '卡号尾号 0012',
      );
      // …and only that: not "卡号 卡号尾号 0012".
      const heard = [...part(el, 'number')!.querySelectorAll('span:not([aria-hidden])')];
      expect(heard.map((span) => span.textContent).join('')).to.equal('卡号尾号 0012');
      expect(shadowText(el, '[part="union"] dd')).to.equal('嘉兴长水服饰有限公司工会');
      expect(shadowText(el, '[part="validity"] dd')).to.equal('2031/05/31');
      expect(part(el, 'validity')!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2031-05-31',
      );
      const status = part(el, 'status')!;
      expect(status.textContent).to.contain('正常');
      expect(status.querySelector('svg')).not.to.equal(null);
      expect(part(el, 'status-active')).to.equal(status);
      // A screen reader hears 卡片状态：正常, not a bare 正常; the label is not shown.
      const badge = status.parentElement!;
      expect(badge.textContent!.replace(/\s+/g, '')).to.equal('卡片状态：正常');
      const label = badge.querySelector<HTMLElement>('.jg-visually-hidden')!;
      expect(label.textContent).to.equal('卡片状态：');
      expect(label.getBoundingClientRect().width).to.be.at.most(1);
      // Co-branding: the default logo slot content names the bank.
      expect(shadowText(el, '[part="logo"]')).to.contain('嘉兴银行');
      await expect(el).to.be.accessible();
    });

    it('fits its headings to the page outline with heading-level', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card qr></jg-member-card>`,
      );
      const levels = () =>
        [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map(
          (heading) => `${heading.textContent!.trim()} ${heading.getAttribute('aria-level')}`,
        );
      expect(levels()).to.deep.equal(['嘉工卡 2', '会员码 3']);
      // Under the bank app's own "我的嘉工卡" (h2).
      el.headingLevel = 3;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['嘉工卡 3', '会员码 4']);
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(levels()).to.deep.equal(['嘉工卡 6', '会员码 6']);
      await expect(el).to.be.accessible();
    });

    it('takes a partner logo in the logo slot', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card><span slot="logo">合作银行</span></jg-member-card>`,
      );
      const slot = part(el, 'logo')!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('合作银行');
    });

    it('never renders API strings as HTML', async () => {
      const client = sandboxClient('m_1001', {
        fetch: rewritingFetch((path, body) =>
          path === '/v1/me/card'
            ? { ...(body as object), unionName: '<img src=x onerror=alert(1)>工会' }
            : undefined,
        ),
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(shadowText(el, '[part="union"] dd')).to.equal('<img src=x onerror=alert(1)>工会');
    });

    it('reveals the full number for a few seconds, announcing it, then masks it again', async () => {
      const client = sandboxClient('m_1001', {
        fetch: rewritingFetch((path, body) =>
          path === '/v1/me/card/reveal' ? { ...(body as object), hideAfterSeconds: 1 } : undefined,
        ),
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      const button = part<HTMLButtonElement>(el, 'reveal-button')!;
      expect(button.textContent).to.contain('显示卡号');
      setTimeout(() => button.click());
      const shown = await oneEvent(el, 'jg-card-reveal');
      expect(shown.detail.revealed).to.equal(true);
      await el.updateComplete;
      expect(shadowText(el, '[part="number"]')).to.equal('卡号0000 0050 0000 1000 012');
      expect(shadowText(el, '[part="holder"] dd')).to.equal('沈嘉禾');
      expect(shadowText(el, '[role="status"]')).to.contain('秒后自动隐藏');
      expect(button.textContent).to.contain('隐藏卡号');
      await expect(el).to.be.accessible();
      const hidden = await oneEvent(el, 'jg-card-reveal');
      expect(hidden.detail.revealed).to.equal(false);
      await el.updateComplete;
      expect(shadowText(el, '[part="number"]')).to.contain('**** **** **** 0012');
      // No full number (four digits, a space, four more), whatever its issuer prefix.
      expect(shadowText(el, '[part="number"]')).not.to.match(/\d{4} \d{4}/);
      expect(shadowText(el, '[role="status"]')).to.equal('卡号已隐藏');
    });

    it('keeps the keyboard focus on the reveal button while the number is fetched', async () => {
      // A slow network: the reveal answers after 300 ms.
      const client = sandboxClient('m_1001', {
        fetch: async (input, init) => {
          if (new Request(input, init).url.endsWith('/reveal')) await sleep(300);
          return fetch(input, init);
        },
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      const button = part<HTMLButtonElement>(el, 'reveal-button')!;
      button.focus();
      setTimeout(() => button.click());
      await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'revealing');
      expect(el.shadowRoot!.activeElement, 'while revealing').to.equal(button);
      // A second press meanwhile asks nothing more.
      button.click();
      const shown = await oneEvent(el, 'jg-card-reveal');
      expect(shown.detail.revealed).to.equal(true);
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(el.shadowRoot!.activeElement, 'once revealed').to.equal(button);
    });

    it('does not keep saying it is getting the number when the card left the screen meanwhile', async () => {
      // A slow network: the reveal answers after 500 ms, once the card is hidden (a tab switched).
      const client = sandboxClient('m_1001', {
        fetch: async (input, init) => {
          if (new Request(input, init).url.endsWith('/reveal')) await sleep(500);
          return fetch(input, init);
        },
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      const button = part<HTMLButtonElement>(el, 'reveal-button')!;
      button.click();
      await waitUntil(() => shadowText(el, '[role="status"]') == '正在获取卡号…', 'revealing');
      el.style.display = 'none';
      await waitUntil(() => button.getAttribute('aria-disabled') == 'false', 'answered', {
        timeout: 5000,
      });
      el.style.display = '';
      await el.updateComplete;
      expect(shadowText(el, '[part="number"]')).to.contain('**** 0012');
      expect(shadowText(el, '[role="status"]')).to.equal('');
    });

    it('does not keep saying the number is shown once the card left the screen and masked it', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      setTimeout(() => part<HTMLButtonElement>(el, 'reveal-button')!.click());
      await oneEvent(el, 'jg-card-reveal');
      await el.updateComplete;
      expect(shadowText(el, '[role="status"]')).to.contain('完整卡号已显示');
      // A tab switched (or the card scrolled away): the number is masked without a word.
      setTimeout(() => (el.style.display = 'none'));
      expect((await oneEvent(el, 'jg-card-reveal')).detail.revealed).to.equal(false);
      el.style.display = '';
      await el.updateComplete;
      expect(shadowText(el, '[part="number"]')).to.contain('**** 0012');
      expect(shadowText(el, '[role="status"]')).to.equal('');
    });

    it('shows a member code as a QR with a countdown, renewing it before expiry', async () => {
      const client = sandboxClient('m_1001');
      const el = await clientFixture<JgMemberCard>(
        client,
        html`<jg-member-card refresh-before="59"></jg-member-card>`,
      );
      const button = part<HTMLButtonElement>(el, 'code-button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => button.click());
      const first = await oneEvent(el, 'jg-code-refresh');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal('code-panel');
      expect(code(el).getAttribute('exportparts')).to.contain('qr');
      const qr = part<SVGSVGElement>(code(el), 'qr')!;
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
      const code1 = shadowText(code(el), '[part="code-text"]');
      expect(code1).to.match(/\d/);
      expect(shadowText(code(el), '[part="countdown"]')).to.match(/\d+ 秒后刷新/);
      expect(part(code(el), 'countdown')!.getAttribute('role')).to.equal('timer');
      await expect(el).to.be.accessible();

      // refresh-before=59 with a 60 s code: it renews about a second later.
      const second = await oneEvent(el, 'jg-code-refresh');
      expect(second.detail.expiresAt).not.to.equal(undefined);
      await el.updateComplete;
      expect(shadowText(code(el), '[part="code-text"]')).not.to.equal(code1);
      expect(first.detail.expiresAt).to.be.a('string');
    });

    it('brings the member code on screen when it opens below the fold', async () => {
      const page = await fixture(
        html`<div>
          <div style="height: ${innerHeight - 200}px"></div>
          <jg-provider .client=${sandboxClient('m_1001')}
            ><jg-member-card></jg-member-card
          ></jg-provider>
          <div style="height: ${innerHeight}px"></div>
        </div>`,
      );
      const el = page.querySelector<JgMemberCard>('jg-member-card')!;
      await waitForLoad(el);
      try {
        setTimeout(() => part<HTMLButtonElement>(el, 'code-button')!.click());
        // The code loads once the panel is seen.
        await oneEvent(el, 'jg-code-refresh');
        const box = part(el, 'code')!.getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(innerHeight + 1);
      } finally {
        scrollTo(0, 0);
      }
    });

    it('keeps the member code on screen when the phone turns to landscape while it is open', async () => {
      // The bank app's page: a header above the card, the code opened on a 320×568 phone, then
      // the phone turned to show the cashier. The wider card pushed the whole QR code below the
      // 320 px high screen (top 333 px).
      await setViewport({ width: 320, height: 568 });
      try {
        const page = await fixture(
          html`<div>
            <div style="height: 200px"></div>
            <jg-provider .client=${sandboxClient('m_1001')}
              ><jg-member-card></jg-member-card
            ></jg-provider>
            <div style="height: 600px"></div>
          </div>`,
        );
        const el = page.querySelector<JgMemberCard>('jg-member-card')!;
        await waitForLoad(el);
        setTimeout(() => part<HTMLButtonElement>(el, 'code-button')!.click());
        await oneEvent(el, 'jg-code-refresh');
        const qr = () =>
          el.shadowRoot!.querySelector('jg-member-code')!.shadowRoot!.querySelector('[part="qr"]')!;
        const seen = () => {
          const box = qr().getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight + 1;
        };
        expect(seen(), 'portrait').to.equal(true);
        await setViewport({ width: 568, height: 320 });
        await waitUntil(seen, 'the QR code off screen in landscape', { timeout: 5_000 });
      } finally {
        await setViewport({ width: 800, height: 600 });
        scrollTo(0, 0);
      }
    });

    it('stops renewing the code while hidden and once removed', async () => {
      const client = sandboxClient('m_1001');
      const el = await clientFixture<JgMemberCard>(
        client,
        html`<jg-member-card qr refresh-before="59"></jg-member-card>`,
      );
      await oneEvent(el, 'jg-code-refresh');
      const codeCalls = () =>
        client.requests.filter((r) => r.endsWith('/v1/me/card/verification-code')).length;

      el.hidden = true; // display: none → the IntersectionObserver reports it off screen
      await expectNoNewCalls(codeCalls, 'no renewals while hidden');

      el.hidden = false;
      await oneEvent(el, 'jg-code-refresh');

      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      await expectNoNewCalls(codeCalls, 'no renewals while the page is hidden');
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      await oneEvent(el, 'jg-code-refresh');

      el.remove();
      await expectNoNewCalls(codeCalls, 'no renewals after removal');
    });

    it("shows nothing of the previous member's once the app signs another member in", async () => {
      // A shared phone: 沈嘉禾 (m_1001) revealed the number and opened the member code, then the
      // app signs 陆小溪 (m_1002) in by handing the provider a client with her session.
      const el = await clientFixture<JgMemberCard>(
        sandboxClient('m_1001'),
        html`<jg-member-card></jg-member-card>`,
      );
      // Opened by its button, which brings the code on screen (where it loads).
      setTimeout(() => part(el, 'code-button')!.click());
      await oneEvent(el, 'jg-code-refresh');
      setTimeout(() => part(el, 'reveal-button')!.click());
      await oneEvent(el, 'jg-card-reveal');
      await el.updateComplete;
      expect(shadowText(el, '[part="holder"] dd')).to.equal('沈嘉禾');
      const before = shadowText(code(el), '[part="code-text"]');
      expect(before).to.match(/\d/);
      const events: boolean[] = [];
      el.addEventListener('jg-card-reveal', (event) => events.push(event.detail.revealed));
      // Her code may come before her card: listened for from the switch on.
      const next = oneEvent(el, 'jg-code-refresh');
      (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1002');
      // By the next frame: nothing of hers is painted with it.
      await new Promise(requestAnimationFrame);
      expect(events, 'masked at once').to.deep.equal([false]);
      expect(shadowText(el, '[part="number"]'), 'number').not.to.match(/\d{4} \d{4}/);
      expect(shadowText(el, '[part="holder"] dd'), 'name').not.to.match(/^沈/);
      expect(shadowText(el, '[part="union"] dd'), 'union').to.equal('');
      // (Her card loading, the panel waits for it: no code at all, or another one.)
      const codeNow = el.shadowRoot!.querySelector('[part="code"] jg-member-code');
      expect(codeNow && shadowText(codeNow, '[part="code-text"]'), 'code').not.to.equal(before);
      // Then her own card and a code of her own.
      await waitUntil(() => shadowText(el, '[part="number"]').includes('0020'), 'her card');
      // (Her code may end in the same second as his: the code itself tells them apart.)
      await next;
      expect(holder(el)).to.deep.equal({ seen: '陆**', heard: '陆某某' });
      expect(shadowText(code(el), '[part="code-text"]')).not.to.equal(before);
    });

    it('announces the member code each time it opens, and not while it is closed', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      const button = part<HTMLButtonElement>(el, 'code-button')!;
      const said = () => shadowText(el, '[role="status"]');
      for (const close of ['button', 'Escape']) {
        button.click();
        await el.updateComplete;
        expect(said(), `opened (before closing with ${close})`).to.equal('会员码已显示');
        if (close == 'button') button.click();
        else {
          button.focus();
          await sendKeys({ press: 'Escape' });
        }
        await el.updateComplete;
        expect(el.qr).to.equal(false);
        expect(said(), `closed with ${close}`).to.equal('');
      }
    });

    it('is keyboard complete: Tab to the actions, Enter/Space to use them, Escape to close', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      const reveal = part<HTMLButtonElement>(el, 'reveal-button')!;
      const code = part<HTMLButtonElement>(el, 'code-button')!;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(reveal);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(code);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.qr).to.equal(true);
      expect(part(el, 'code')).not.to.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.qr).to.equal(false);
      expect(part(el, 'code')).to.equal(null);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(code);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.qr).to.equal(true);
      el.qr = false;
    });
  });

  describe('inactive cards', () => {
    it('shows a suspended card (m_1003) distinctly, without a member code', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1003',
        html`<jg-member-card></jg-member-card>`,
      );
      const status = part(el, 'status')!;
      expect(status.textContent).to.contain('已停用');
      expect(status.querySelector('svg')).not.to.equal(null);
      expect(part(el, 'status-suspended')).to.equal(status);
      expect(card(el)!.classList.contains('card--suspended')).to.equal(true);
      expect(part(el, 'code-button')).to.equal(null);
      expect(shadowText(el, '[part="status-note"]')).to.contain('已停用');
      await expect(el).to.be.accessible();
    });

    it('shows a card of a status a newer API added neutrally, without a member code', async () => {
      // The API under /v1 may add a card status (say `frozen`) before the partner's app updates
      // this SDK: the card stays on screen with a neutral badge, not an error state.
      const client = sandboxClient('m_1001', {
        fetch: rewritingFetch((path, body) =>
          path == '/v1/me/card' ? { ...(body as object), status: 'frozen' } : undefined,
        ),
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      await waitForLoad(el);
      expect(part(el, 'error')).to.equal(null);
      const status = part(el, 'status')!;
      expect(status.textContent!.trim()).to.equal('其他状态');
      expect(status.querySelector('svg')).not.to.equal(null);
      expect(part(el, 'status-other')).to.equal(status);
      expect(part(el, 'status-frozen')).to.equal(null);
      expect(card(el)!.classList.contains('card--other')).to.equal(true);
      expect(shadowText(el, '[part="holder"]')).to.contain('沈');
      // Nothing to show a merchant for a card this SDK cannot vouch for.
      expect(part(el, 'code-button')).to.equal(null);
      expect(shadowText(el, '[part="status-note"]')).to.contain('联系所属工会');
      await expect(el).to.be.accessible();
    });

    it('shows an expired card (m_1004) distinctly, without a member code', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1004',
        html`<jg-member-card></jg-member-card>`,
      );
      const status = part(el, 'status')!;
      expect(status.textContent).to.contain('已过期');
      expect(part(el, 'status-expired')).to.equal(status);
      expect(shadowText(el, '[part="validity"] dd')).to.equal('2024/03/14');
      expect(part(el, 'code-button')).to.equal(null);
      expect(shadowText(el, '[part="status-note"]')).to.contain('已过期');
      await expect(el).to.be.accessible();
    });

    it('does not open a member code on an inactive card even when qr is set', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1003',
        html`<jg-member-card qr></jg-member-card>`,
      );
      await sleep(300);
      expect(part(el, 'code')).to.equal(null);
    });
  });

  describe('errors', () => {
    it('shows a network error with a retry button and fires jg-error', async () => {
      const client = sandboxClient('m_1001', { baseUrl: CLOSED_PORT_URL, retry: 0 });
      const errors: unknown[] = [];
      const provider = await fixture(
        html`<jg-provider
          .client=${client}
          @jg-error=${(e: CustomEvent<{ error: unknown }>) => errors.push(e.detail.error)}
          ><jg-member-card></jg-member-card
        ></jg-provider>`,
      );
      const el = provider.firstElementChild as JgMemberCard;
      await waitForLoad(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('网络连接失败');
      expect(errors).to.have.length(1);
      expect((errors[0] as Error).name).to.equal('NetworkError');
      expect(part(el, 'retry-button')!.textContent).to.contain('重试');
      await expect(el).to.be.accessible();
    });

    it('keeps the keyboard focus when its retry leaves with the error', async () => {
      const net = switchableNetwork();
      const el = await clientFixture<JgMemberCard>(
        sandboxClient('m_1001', {
          retry: 0,
          fetch: net.fetch,
        }),
        html`<jg-member-card></jg-member-card>`,
      );
      const focused = () => el.shadowRoot!.activeElement?.getAttribute('part');
      let failed = 0;
      el.addEventListener('jg-error', () => (failed += 1));
      // Failed again: the focus is on the new retry, not on the page's start.
      part<HTMLButtonElement>(el, 'retry-button')!.focus();
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => failed == 1 && focused() == 'retry-button', 'on the retry again');
      net.down = false;
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => focused() == 'reveal-button', 'on 查看卡号', { timeout: 10_000 });
    });

    it('retries after a failed session and then shows the card', async () => {
      let calls = 0;
      const getSessionToken = async () => {
        calls += 1;
        if (calls === 1) throw new Error('partner back end unavailable');
        return tokenFor('m_1001');
      };
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
        { getSessionToken },
      );
      expect(part(el, 'error')).not.to.equal(null);
      expect(shadowText(el, '[part="error"]')).to.contain('登录已失效，请重新打开本页面');
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => card(el), 'the card renders after retry', { timeout: 10_000 });
      expect(holder(el)).to.deep.equal({ seen: '沈**', heard: '沈某某' });
    });

    it('renews an expired session once and shows the card without an error', async () => {
      const source = sessionSource('m_1001', 'st_expired_or_unknown');
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
        { getSessionToken: source },
      );
      expect(part(el, 'error')).to.equal(null);
      expect(card(el)).not.to.equal(null);
      expect(source.calls).to.equal(2);
    });

    it('shows the request id of an API error for support', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
        { getSessionToken: async () => 'st_invalid' },
      );
      expect(part(el, 'error')).not.to.equal(null);
      expect(shadowText(el, '.jg-state__request-id')).to.match(/问题编号：req_/);
    });

    it('shows the member code error inside the panel (card inactive mid-session)', async () => {
      const client = sandboxClient('m_1003', {
        fetch: rewritingFetch((path, body) =>
          path === '/v1/me/card' ? { ...(body as object), status: 'active' } : undefined,
        ),
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      setTimeout(() => part<HTMLButtonElement>(el, 'code-button')!.click());
      const { detail } = await oneEvent(el, 'jg-error');
      expect((detail.error as { code?: string }).code).to.equal('card_inactive');
      await el.updateComplete;
      expect(shadowText(code(el), '[part="error"]')).to.contain(
        '会员卡已停用或已过期，请联系所属工会',
      );
      await expect(el).to.be.accessible();
    });

    it('shows the card as it now is when the member code finds it suspended mid-session', async () => {
      // 钱塘生's card (m_1003) was active when the card loaded and suspended by the time he showed
      // his code: the panel said 会员卡已停用或已过期 under a card still marked 正常, with 重试.
      let loads = 0;
      const client = sandboxClient('m_1003', {
        fetch: rewritingFetch((path, body) =>
          path === '/v1/me/card' && ++loads == 1
            ? { ...(body as object), status: 'active' }
            : undefined,
        ),
      });
      const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`);
      expect(shadowText(el, '[part~="status"]')).to.equal('正常');
      setTimeout(() => part<HTMLButtonElement>(el, 'code-button')!.click());
      await oneEvent(el, 'jg-error');
      await waitUntil(() => part(el, 'status-suspended'), 'the card read again: 已停用', {
        timeout: 10_000,
      });
      await el.updateComplete;
      expect(loads).to.equal(2);
      expect(shadowText(el, '[part~="status"]')).to.equal('已停用');
      expect(shadowText(el, '[part="status-note"]')).to.contain('会员卡已停用');
      expect(part(el, 'code'), 'no member code panel').to.equal(null);
      expect(part(el, 'code-button'), 'no 出示会员码').to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('without a provider', () => {
    it('builds its own client from api-base, publishable-key and token-endpoint', async () => {
      const el = await fixture<JgMemberCard>(
        html`<jg-member-card
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          token-endpoint="${TOKEN_ENDPOINT}?member=m_1004"
        ></jg-member-card>`,
      );
      await waitForLoad(el);
      expect(part(el, 'status')!.textContent).to.contain('已过期');
    });

    it('uses a getSessionToken callback', async () => {
      const el = await fixture<JgMemberCard>(
        html`<jg-member-card
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          .getSessionToken=${() => tokenFor('m_1002')}
        ></jg-member-card>`,
      );
      await waitForLoad(el);
      expect(shadowText(el, '[part="holder"] dd')).to.match(/^陆/);
    });
  });

  describe('locale', () => {
    it('switches to English at runtime and back', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      el.locale = 'en';
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, '[part="title"]')).to.equal('Jiagong Card');
      expect(shadowText(el, '[part~="status"]')).to.equal('Active');
      expect(part(el, 'status')!.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Card status: Active',
      );
      expect(shadowText(el, '[part="validity"] dt')).to.equal('Valid through');
      expect(shadowText(el, '[part="validity"] dd')).to.equal('05/31/2031');
      expect(shadowText(el, '[part="reveal-button"]')).to.equal('Show number');
      expect(holder(el)).to.deep.equal({ seen: '沈**', heard: '沈, name hidden' });
      await expect(el).to.be.accessible();
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(shadowText(el, '[part~="status"]')).to.equal('正常');
    });

    // It read 'The full card number cannot be shown right now：No connection…', a Chinese colon
    // with no space in an English sentence, seen and read out.
    it('writes a failed reveal as English sentences, with no Chinese colon', async () => {
      const fails = async (input: RequestInfo | URL, init?: RequestInit) => {
        if (new Request(input, init).url.endsWith('/reveal'))
          throw new TypeError('Failed to fetch');
        return fetch(input, init);
      };
      const el = await clientFixture<JgMemberCard>(
        sandboxClient('m_1001', { fetch: fails, locale: 'en' }),
        html`<jg-member-card locale="en"></jg-member-card>`,
      );
      part<HTMLButtonElement>(el, 'reveal-button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.note.error'), 'the failure');
      expect(shadowText(el, '.note.error')).to.equal(
        'The full card number cannot be shown right now. No connection. Check your internet and try again',
      );
      const zh = await clientFixture<JgMemberCard>(
        sandboxClient('m_1001', { fetch: fails }),
        html`<jg-member-card></jg-member-card>`,
      );
      part<HTMLButtonElement>(zh, 'reveal-button')!.click();
      await waitUntil(() => zh.shadowRoot!.querySelector('.note.error'), 'in Chinese');
      expect(shadowText(zh, '.note.error')).to.equal(
        '暂时无法显示完整卡号：网络连接失败，请检查网络后再试',
      );
    });

    it('follows the provider locale', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      const provider = el.parentElement as HTMLElement & { locale?: string };
      provider.locale = 'en';
      await waitUntil(() => shadowText(el, '[part~="status"]') === 'Active');
      el.locale = 'zh-CN'; // the element's own attribute wins
      await el.updateComplete;
      expect(shadowText(el, '[part~="status"]')).to.equal('正常');
    });

    it('leaves no Chinese announcement behind once the provider switches to English', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      part<HTMLButtonElement>(el, 'code-button')!.click();
      await el.updateComplete;
      expect(shadowText(el, '[role="status"]')).to.equal('会员码已显示');
      const provider = el.parentElement as HTMLElement & { locale?: string };
      provider.locale = 'en';
      await waitUntil(() => shadowText(el, '[part~="status"]') === 'Active');
      // A reader going through the card found 会员码已显示 in its English page.
      expect(shadowText(el, '[role="status"]')).not.to.match(/[\u4e00-\u9fff]/);
    });
  });

  describe('theme and senior mode', () => {
    const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

    it('swaps token values for dark mode, on the element or from the provider', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      const light = token(el, '--jg-color-surface');
      expect(light).to.equal('#ffffff');
      el.theme = 'dark';
      await el.updateComplete;
      expect(token(el, '--jg-color-surface')).to.equal('#1c1b1f');
      expect(token(el, '--jg-color-text')).not.to.equal('#1f1a17');
      await expect(el).to.be.accessible();
      el.theme = undefined;
      await el.updateComplete;
      expect(token(el, '--jg-color-surface')).to.equal(light);
      el.parentElement!.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(token(el, '--jg-color-surface')).to.equal('#1c1b1f');
    });

    it('follows the system colour scheme with theme="auto"', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card theme="auto"></jg-member-card>`,
      );
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(token(el, '--jg-color-surface')).to.equal('#1c1b1f');
        await emulateMedia({ colorScheme: 'light' });
        expect(token(el, '--jg-color-surface')).to.equal('#ffffff');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('lets a partner set tokens on an ancestor', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      (el.parentElement as HTMLElement).style.setProperty('--jg-color-primary', '#005bac');
      expect(token(el, '--jg-color-primary')).to.equal('#005bac');
    });

    it('makes targets at least 44 px and type larger in senior mode', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      const before = parseFloat(getComputedStyle(part(el, 'reveal-button')!).fontSize);
      el.senior = true;
      await el.updateComplete;
      expect(parseFloat(token(el, '--jg-target-size'))).to.be.at.least(44);
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.height, button.textContent!).to.be.at.least(44);
        expect(box.width, button.textContent!).to.be.at.least(44);
      }
      expect(parseFloat(getComputedStyle(part(el, 'reveal-button')!).fontSize)).to.be.greaterThan(
        before,
      );
      await expect(el).to.be.accessible();
    });

    it('keeps the card number on one line on a 320 px screen, masked and revealed', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card style="width: 280px"></jg-member-card>`,
      );
      // One line is about 1.5 font sizes high, two are 3.
      const lines = () => {
        const number = part(el, 'number')!;
        const height = number.getBoundingClientRect().height;
        return Math.round(height / parseFloat(getComputedStyle(number).fontSize) / 1.5);
      };
      el.senior = true;
      await el.updateComplete;
      expect(lines(), 'masked, senior').to.equal(1);
      el.senior = false;
      setTimeout(() => part<HTMLButtonElement>(el, 'reveal-button')!.click());
      await oneEvent(el, 'jg-card-reveal');
      await el.updateComplete;
      expect(shadowText(el, '[part="number"]')).to.contain('0000 0050 0000 1000 012');
      expect(lines(), 'revealed').to.equal(1);
    });

    it('fits a 320 px wide screen without horizontal overflow, also in senior mode', async () => {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card style="width: 288px"></jg-member-card>`,
      );
      for (const senior of [false, true]) {
        el.senior = senior;
        await el.updateComplete;
        const right = el.getBoundingClientRect().right + 1;
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.wrap *')) {
          const box = node.getBoundingClientRect();
          expect(box.right, `${node.localName}.${node.className} senior=${senior}`).to.be.at.most(
            right,
          );
        }
      }
    });

    it('keeps an English title inside the card at 200 % text in senior mode', async () => {
      // "Jiagong Card" at twice the senior title size, on a 320 px phone whose app keeps 32 px
      // margins: the word ran past the card's edge, and the union name with it.
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card
          locale="en"
          senior
          style="width: 256px; --jg-font-size-sm: 32px; --jg-font-size-md: 38px; --jg-font-size-lg: 44px; --jg-font-size-xl: 56px"
        ></jg-member-card>`,
      );
      const right = card(el)!.getBoundingClientRect().right + 1;
      for (const node of card(el)!.querySelectorAll<HTMLElement>('*')) {
        const name = `${node.localName}#${node.id}.${node.className}`;
        expect(node.getBoundingClientRect().right, name).to.be.at.most(right);
      }
    });

    for (const [member, status] of [
      ['m_1003', 'Suspended'],
      ['m_1004', 'Expired'],
    ]) {
      it(`keeps an inactive card's status (${status}) inside a 320 px phone at 200 % text in senior mode`, async () => {
        // The badge was one piece the card could not break: 'Suspended' with its icon, 260 px at
        // twice the senior size, widened the card past the element and the phone's edge.
        const el = await providerFixture<JgMemberCard>(
          member!,
          html`<jg-member-card
            locale="en"
            senior
            style="width: 256px; --jg-font-size-sm: 32px; --jg-font-size-md: 38px; --jg-font-size-lg: 44px; --jg-font-size-xl: 56px"
          ></jg-member-card>`,
        );
        // Its word whole, under the icon if need be.
        const word = part(el, 'status')!.querySelector('span')!;
        expect(word.textContent).to.equal(status);
        const range = document.createRange();
        range.selectNodeContents(word);
        expect(range.getClientRects()).to.have.length(1);
        const right = el.getBoundingClientRect().right + 1;
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.wrap *')) {
          const name = `${node.localName}.${node.className} "${node.textContent!.trim().replace(/\s+/g, ' ')}"`;
          expect(node.getBoundingClientRect().right, name).to.be.at.most(right);
        }
      });
    }
  });
});
