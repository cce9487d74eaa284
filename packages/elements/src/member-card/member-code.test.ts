import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import './en.js';
import { JgMemberCode } from './member-code.js';
import {
  clientFixture,
  isLoading,
  providerFixture,
  PUBLISHABLE_KEY,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  shadowText,
  storageIsEmpty,
  switchableNetwork,
  TOKEN_ENDPOINT,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';
import { expectNoNewCalls } from '../../test/support/quiet.js';

const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<E>(`[part~="${name}"]`);

describe('jg-member-code', function () {
  this.timeout(30_000);

  afterEach(() => {
    expect(storageIsEmpty(), 'nothing written to localStorage/sessionStorage').to.equal(true);
  });

  it('shows an accessible skeleton until the first code arrives', async () => {
    const el = await providerFixture<JgMemberCode>(
      'm_1001',
      html`<jg-member-code></jg-member-code>`,
      { wait: false, getSessionToken: () => new Promise(() => {}) },
    );
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the code as a QR, digits and a countdown, and renews it before expiry', async () => {
    const client = sandboxClient('m_1002');
    const el = await clientFixture<JgMemberCode>(
      client,
      html`<jg-member-code refresh-before="59"></jg-member-code>`,
      { wait: false },
    );
    const first = await oneEvent(el, 'jg-code-refresh');
    expect(first.detail.expiresAt).to.be.a('string');
    await el.updateComplete;
    const qr = part<SVGSVGElement>(el, 'qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('会员码二维码');
    expect(qr.getAttribute('viewBox')).to.match(/^-4 -4 (29|33) \1$/);
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
    const digits = shadowText(el, '[part="code-text"]');
    expect(digits).to.match(/^会员码数字(\d{4} ){4}\d{2}$/);
    expect(shadowText(el!, '[part="countdown"]')).to.match(/^\d+ 秒后刷新$/);
    expect(part(el, 'countdown')!.getAttribute('role')).to.equal('timer');
    await expect(el).to.be.accessible();
    // refresh-before=59 with a 60 s code: it renews about a second later.
    await oneEvent(el, 'jg-code-refresh');
    await el.updateComplete;
    expect(shadowText(el, '[part="code-text"]')).not.to.equal(digits);
  });

  it('counts down to the renewal it announces, not to the end of the code', async () => {
    // A 60 s code renewed 55 s before its end: "N 秒后刷新" says 5, 4 … 1, then the new code.
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1002'),
      html`<jg-member-code refresh-before="55"></jg-member-code>`,
      { wait: false },
    );
    await oneEvent(el, 'jg-code-refresh');
    const shown: number[] = [];
    const watch = setInterval(() => {
      const seconds = /(\d+) 秒后刷新/.exec(shadowText(el!, '[part="countdown"]'))?.[1];
      if (seconds) shown.push(+seconds);
    }, 100);
    await oneEvent(el, 'jg-code-refresh');
    clearInterval(watch);
    expect(Math.max(...shown), 'first').to.be.within(3, 5);
    expect(Math.min(...shown), 'last before the new code').to.equal(1);
  });

  it('stops asking for codes while hidden and once removed', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgMemberCode>(
      client,
      html`<jg-member-code refresh-before="59"></jg-member-code>`,
      { wait: false },
    );
    await oneEvent(el, 'jg-code-refresh');
    const codeCalls = () => client.requests.filter((r) => r.endsWith('/verification-code')).length;
    el.hidden = true;
    await expectNoNewCalls(codeCalls, 'no renewals while hidden');
    el.hidden = false;
    await oneEvent(el, 'jg-code-refresh');
    el.remove();
    await expectNoNewCalls(codeCalls, 'no renewals after removal');
  });

  it('renews at its default time when refresh-before is not a number, not every second', async () => {
    // refresh-before="abc" from a pasted snippet, refreshBefore={undefined} from React, and the
    // card handing its own unset value down: each is the default 10 s, as if not given. One at a
    // time: the code renews only while on screen.
    for (const template of [
      html`<jg-member-code refresh-before="abc"></jg-member-code>`,
      html`<jg-member-code .refreshBefore=${undefined}></jg-member-code>`,
      html`<jg-member-card qr .refreshBefore=${undefined}></jg-member-card>`,
    ]) {
      const client = sandboxClient('m_1002');
      const host = await clientFixture(client, template, { wait: false });
      const code = () =>
        host instanceof JgMemberCode ? host : host.shadowRoot!.querySelector('jg-member-code')!;
      await waitUntil(() => code() && part(code(), 'code-text'), 'a code', { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const calls = client.requests.filter((r) => r.endsWith('/verification-code')).length;
      const countdown = shadowText(code(), '[part="countdown"]');
      expect(calls, `code requests in 3 s (${countdown})`).to.equal(1);
      // A 60 s code renewed 10 s before its end: about 47 s to go.
      expect(Number(/^(\d+) 秒后刷新$/.exec(countdown)?.[1]), countdown).to.be.within(40, 50);
      host.remove();
    }
  });

  it('shows an error with a retry button and fires jg-error (card inactive)', async () => {
    const el = await providerFixture<JgMemberCode>(
      'm_1003',
      html`<jg-member-code></jg-member-code>`,
      { wait: false },
    );
    const { detail } = await oneEvent(el, 'jg-error');
    expect((detail.error as { code?: string }).code).to.equal('card_inactive');
    await waitForLoad(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(shadowText(el, '[part="error"]')).to.contain('会员卡已停用或已过期，请联系所属工会');
    await expect(el).to.be.accessible();
    // A retry asks again (and fails again for this suspended card).
    setTimeout(() => part<HTMLButtonElement>(el, 'retry-button')!.click());
    await oneEvent(el, 'jg-error');
  });

  it('keeps the keyboard focus when its retry leaves with the error', async () => {
    // The retry button leaves with the error: the focus went to the page's start (<body>).
    const net = switchableNetwork();
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-member-code></jg-member-code>`,
    );
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('part');
    let failed = 0;
    el.addEventListener('jg-error', () => (failed += 1));
    // Failed again: the focus is on the new retry.
    part(el, 'retry-button')!.focus();
    part(el, 'retry-button')!.click();
    await waitUntil(() => failed == 1 && focused() == 'retry-button', 'on the retry again');
    // Then on the new code's digits, which a screen reader reads out.
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => focused() == 'code-text', 'on the code', { timeout: 10_000 });
    expect(failed).to.equal(1);
  });

  it('uses the client handed to it before any other', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) =>
        path.endsWith('/verification-code') ? { ...(body as object), code: 'ABC' } : undefined,
      ),
    });
    const el = await fixture<JgMemberCode>(
      html`<jg-member-code .client=${client}></jg-member-code>`,
    );
    await waitForLoad(el);
    expect(shadowText(el, '[part="code-text"]')).to.equal('会员码数字ABC');
  });

  it('draws the QR code dark on white in the dark theme, and only the QR code', async () => {
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1001'),
      html`<jg-member-code theme="dark"></jg-member-code>`,
    );
    const background = (node: Element) => getComputedStyle(node).backgroundColor;
    // The white is the image's own (under the modules, over the whole view box).
    const [white, modules] = part(el, 'qr')!.children;
    expect(getComputedStyle(white!).fill).to.equal('rgb(255, 255, 255)');
    expect(white!.getAttribute('width')).to.equal(
      part(el, 'qr')!.getAttribute('viewBox')!.split(' ')[2],
    );
    expect(getComputedStyle(modules!).fill).to.equal('rgb(0, 0, 0)');
    // The countdown's clock icon keeps the dark surface (no white square behind it).
    expect(background(el.shadowRoot!.querySelector('[part="countdown"] svg')!)).to.equal(
      'rgba(0, 0, 0, 0)',
    );
  });

  it('keeps the QR code dark on white in forced colours (Windows high contrast)', async () => {
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1001'),
      html`<jg-member-code theme="dark"></jg-member-code>`,
    );
    // Forced colours paint every background with the system canvas (black in a dark contrast
    // theme) and leave the black modules on it, unless the QR code opts out. (The test runner's
    // emulateMedia cannot force colours in Chromium, so the opt-out itself is checked.)
    expect(getComputedStyle(part(el, 'qr')!).forcedColorAdjust).to.equal('none');
  });

  it('stays dark on white when a dark-themed app darkens its WebView (algorithmic darkening)', async () => {
    // A bank app in its dark theme lets Android's WebView darken pages that have no dark theme of
    // their own (WebSettingsCompat.setAlgorithmicDarkeningAllowed, DevTools' auto dark mode): the
    // QR code's white background turned #121212 under its black modules, black on black for the
    // cashier's scanner.
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1001'),
      html`<jg-member-code></jg-member-code>`,
    );
    const qr = part<SVGSVGElement>(el, 'qr')!;
    const { x, y, width } = qr.getBoundingClientRect();
    const module = width / (qr.viewBox.baseVal.width || 1);
    const shot = (await executeServerCommand('jg-cdp', [
      ['Emulation.setAutoDarkModeOverride', { enabled: true }],
      100,
      ['Page.captureScreenshot', { clip: { x, y, width, height: width, scale: 1 } }],
    ])) as unknown as { data: string };
    await executeServerCommand('jg-cdp', [['Emulation.setAutoDarkModeOverride']]);
    const png = Uint8Array.from(atob(shot.data), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const grey = (modules: number) =>
      context.getImageData(Math.round(modules * module), Math.round(modules * module), 1, 1)
        .data[0];
    // The quiet zone (2 modules in from the corner) and the middle of the top-left finder
    // pattern (module 3 of the symbol, 7.5 from the corner).
    expect(grey(2), 'quiet zone').to.be.above(200);
    expect(grey(7.5), 'finder pattern').to.be.below(60);
  });

  it('breaks the digits into even lines when they do not fit on one', async () => {
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1001'),
      html`<jg-member-code senior style="width: 220px"></jg-member-code>`,
    );
    const text = [...part(el, 'code-text')!.childNodes].find(
      (n) => n.nodeType == Node.TEXT_NODE && /\d/.test(n.nodeValue!),
    )!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = [...range.getClientRects()].map((line) => line.width);
    expect(lines).to.have.length(2);
    // 18 digits in groups of four: 3 groups and 2 more, not 4 groups and a lonely pair.
    expect(lines[1]! / lines[0]!).to.be.above(0.6);
  });

  it('works on its own attributes, in English and senior mode', async () => {
    const el = await fixture<JgMemberCode>(
      html`<jg-member-code
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        token-endpoint="${TOKEN_ENDPOINT}?member=m_1002"
        locale="en"
        senior
      ></jg-member-code>`,
    );
    await waitForLoad(el);
    expect(shadowText(el!, '[part="countdown"]')).to.match(/^Renews in \d+ seconds?$/);
    expect(part(el, 'qr')!.getAttribute('aria-label')).to.equal('Member code QR code');
    expect(part(el, 'qr')!.getBoundingClientRect().width).to.equal(260);
    el.senior = false;
    await el.updateComplete;
    expect(part(el, 'qr')!.getBoundingClientRect().width).to.equal(220);
    await expect(el).to.be.accessible();
  });
});
