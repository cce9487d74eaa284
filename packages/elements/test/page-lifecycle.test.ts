// Our elements on a partner's page that the browser puts in its back/forward cache (the member
// taps a link, then Back) or freezes (Page Lifecycle: Android stops a background tab), in
// Chromium through the DevTools protocol: `Page.backForwardCacheNotUsed` names what kept a page
// out of the cache, `Page.setWebLifecycleState` freezes and resumes it. A partner must not lose
// the cache because of us (unload listeners, open connections, a last save in flight), and what
// comes back must be right: the form's input kept, the member code counting, the session renewed.
// (The web-test-runner page cannot be frozen or navigated: it would lose its own connection.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { startSandbox, type RunningSandbox } from '@jiagong/sandbox';
import {
  bundleForBrowser,
  startPageServer,
  type PageServer,
} from '../../../scripts/lib/page-server.js';
import { launchBrowser } from '../../../test/support/browser.js';

let sandbox: RunningSandbox;
let server: PageServer;
let browser: Browser;
/** Added to the sandbox's clock: time that passed while a page was frozen. */
let serverLate = 0;

/** A partner page: cacheable (no `no-store`), its own token endpoint, one element. */
function partnerPage(member: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><script type="module" src="/jiagong.js"></script></head>
  <body>
    <a href="/away.html">别处</a>
    <jg-provider api-base="${sandbox.url}" publishable-key="pk_test_jiaxing"
      token-endpoint="/__jg/token?member=${member}">${body}</jg-provider>
  </body>
</html>`;
}

const cacheable = { 'cache-control': 'no-cache' };

before(async () => {
  const [started, bundle, launched] = await Promise.all([
    startSandbox({
      port: 0,
      memory: true,
      quiet: true,
      clock: () => new Date(Date.now() + serverLate),
    }),
    bundleForBrowser({ contents: "import '@jiagong/elements';" }),
    launchBrowser(),
  ]);
  sandbox = started;
  browser = launched;
  server = await startPageServer(sandbox.url);
  server.route('/jiagong.js', { body: bundle, type: 'text/javascript', headers: cacheable });
  const html = { type: 'text/html; charset=utf-8', headers: cacheable };
  const pages: Record<string, [string, string]> = {
    card: ['m_1001', '<jg-member-card></jg-member-card><jg-member-code></jg-member-code>'],
    mall: ['m_1001', '<jg-points-mall></jg-points-mall>'],
    loan: ['m_1005', '<jg-loan-application product="lp_consumer"></jg-loan-application>'],
    status: ['m_1001', '<jg-loan-status></jg-loan-status>'],
  };
  for (const [name, [member, body]] of Object.entries(pages)) {
    server.route(`/${name}.html`, { body: partnerPage(member, body), ...html });
  }
  // A partner app that knows its signed-in member in the browser (a WebView bridge, its own
  // storage): its getSessionToken asks for whoever is signed in at that moment.
  server.route('/switch.html', {
    body: `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><script type="module" src="/jiagong.js"></script></head>
  <body>
    <a href="/away.html">别处</a>
    <jg-provider api-base="${sandbox.url}" publishable-key="pk_test_jiaxing">
      <jg-member-card></jg-member-card><jg-member-code></jg-member-code>
    </jg-provider>
    <script>
      document.querySelector('jg-provider').getSessionToken = async () => {
        const member = localStorage.getItem('member') || 'm_1001';
        // Signed out: no session (the documented answer; throwing says the same).
        if (member == 'none') return null;
        return (await fetch('/__jg/token?member=' + member)).json();
      };
    </script>
  </body>
</html>`,
    ...html,
  });
  server.route('/favicon.ico', { body: '', type: 'image/x-icon', headers: cacheable });
  server.route('/away.html', { body: '<!doctype html><p>别处</p>', ...html });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await sandbox?.close();
});

interface Opened {
  page: Page;
  cdp: CDPSession;
  /** Why the page was not restored from the back/forward cache, per Back. */
  notCached: string[][];
  /** Uncaught errors and console errors. */
  errors: string[];
  /** `METHOD /path` of every API request. */
  api: string[];
}

async function open(name: string): Promise<Opened> {
  const page = await browser.newPage();
  // The page the member looks at (a new tab may open hidden, and a hidden page asks for no code).
  await page.bringToFront();
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  const cdp = await page.createCDPSession();
  await cdp.send('Page.enable');
  await page.evaluateOnNewDocument(
    "document.addEventListener('freeze', () => (globalThis.__jgFrozen = (globalThis.__jgFrozen ?? 0) + 1))",
  );
  const opened: Opened = { page, cdp, notCached: [], errors: [], api: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === sandbox.url) opened.api.push(`${request.method()} ${url.pathname}`);
  });
  cdp.on('Page.backForwardCacheNotUsed', (event) => {
    opened.notCached.push(event.notRestoredExplanations.map((e) => e.reason));
  });
  page.on('pageerror', (error) => opened.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  await page.goto(`${server.url}/${name}.html`, { waitUntil: 'load' });
  return opened;
}

/** Waits until `check()` (run here) is true. */
async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (const start = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() - start > 20_000) assert.fail(`timed out: ${what}`);
  }
}

/** Waits until `script` (run in the page) is truthy. */
const until = (page: Page, script: string) =>
  page.waitForFunction(script, { timeout: 20_000, polling: 100 });

/** A shadow-root query from the document, as page script. */
const inShadow = (tag: string, selector: string) =>
  `document.querySelector('${tag}')?.shadowRoot?.querySelector('${selector}')`;

/**
 * Taps the link away, runs `whileAway` (or waits half a second), and comes back with Back:
 * whether the page came from the cache.
 */
async function awayAndBack(
  { page }: Opened,
  whileAway = () => new Promise((resolve) => setTimeout(resolve, 500)),
): Promise<boolean> {
  await page.evaluate('globalThis.__jgStayed = true');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a')]);
  await whileAway();
  await page.goBack({ waitUntil: 'load' });
  return (await page.evaluate('globalThis.__jgStayed === true')) as boolean;
}

/** The amount (fen) in the member's loan draft on the server. */
async function draftAmount(member: string): Promise<string | undefined> {
  const { token } = (await (await fetch(`${server.url}/__jg/token?member=${member}`)).json()) as {
    token: string;
  };
  const response = await fetch(`${sandbox.url}/v1/me/loan-draft`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { draft } = (await response.json()) as {
    draft: { values: { amountFen?: unknown } } | null;
  };
  return draft?.values.amountFen === undefined ? undefined : String(draft.values.amountFen);
}

/** The member's masked name, as the card shows it. */
async function maskedName(member: string): Promise<string> {
  const { token } = (await (await fetch(`${server.url}/__jg/token?member=${member}`)).json()) as {
    token: string;
  };
  const response = await fetch(`${sandbox.url}/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { nameMasked: string }).nameMasked;
}

/**
 * The member switches to another tab, the browser freezes the hidden page for `ms` (timers and
 * tasks stop; what was on its way waits), and the member comes back to it.
 */
async function freeze({ page, cdp }: Opened, ms: number): Promise<void> {
  const other = await browser.newPage();
  await other.bringToFront();
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((resolve) => setTimeout(resolve, ms));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await page.bringToFront();
  await other.close();
}

const codeText = (page: Page) =>
  page.evaluate(`${inShadow('jg-member-code', '[part="code-text"]')}?.textContent ?? ''`);

describe('back/forward cache and frozen pages', () => {
  it('the member card and its code leave the page cacheable; the code counts on after Back', async () => {
    const opened = await open('card');
    const { page } = opened;
    await until(page, inShadow('jg-member-code', '[part="code-text"]'));
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
    assert.equal(await awayAndBack(opened), true, `restored from the cache: ${opened.notCached}`);
    assert.deepEqual(opened.notCached, []);
    // The countdown runs again (a stopped one would keep its number).
    const countdown = inShadow('jg-member-code', '[part="countdown"]');
    const before = await page.evaluate(`${countdown}.textContent`);
    await until(page, `${countdown}?.textContent !== ${JSON.stringify(before)}`);
    assert.deepEqual(opened.errors, []);
    await page.close();
  });

  it('the points mall leaves the page cacheable and reads the balance again after Back', async () => {
    const opened = await open('mall');
    await opened.page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
    const before = opened.api.length;
    assert.equal(await awayAndBack(opened), true, `restored from the cache: ${opened.notCached}`);
    assert.deepEqual(opened.notCached, []);
    // Points may have been spent elsewhere meanwhile.
    await waitFor(() => opened.api.slice(before).includes('GET /v1/me/points'), 'balance re-read');
    await opened.page.close();
  });

  it('a loan form left mid-typing saves its draft, stays cacheable and comes back as typed', async () => {
    const opened = await open('loan');
    const { page } = opened;
    const form = (selector: string) => inShadow('jg-loan-application', selector);
    await until(page, form('input[name="productId"]'));
    await page.evaluate(
      `[...${form('form')}.querySelectorAll('button')].find((b) => /下一步/.test(b.textContent)).click()`,
    );
    await until(page, form('jg-amount-input'));
    const amount = await page.evaluateHandle(
      `${form('jg-amount-input')}.shadowRoot.querySelector('input')`,
    );
    await (amount as unknown as { focus(): Promise<void> }).focus();
    await page.keyboard.type('20000');
    // Away at once: the typing's debounced save has not gone; the page's hiding sends it, and
    // the server has the amount while the page is away.
    const saved = () =>
      waitFor(async () => (await draftAmount('m_1005')) === '2000000', 'the draft saved');
    const before = opened.api.length;
    assert.equal(
      await awayAndBack(opened, saved),
      true,
      `restored from the cache: ${opened.notCached}`,
    );
    assert.deepEqual(opened.notCached, []);
    // The provider asks who is signed in now (the same member) and shows the form again, as it was:
    // no reload.
    await waitFor(
      () => opened.api.slice(before).filter((r) => r === 'GET /v1/me').length === 2,
      'the member checked',
    );
    await until(page, "document.querySelector('jg-provider').style.visibility === ''");
    assert.equal(await page.evaluate('globalThis.__jgStayed === true'), true, 'not reloaded');
    assert.equal(
      await page.evaluate(
        `Number(${form('jg-amount-input')}.shadowRoot.querySelector('input').value.replace(/,/g, ''))`,
      ),
      20000,
      'the typed amount is still there',
    );
    assert.deepEqual(opened.errors, []);
    await page.close();
  });

  it('the loan status leaves the page cacheable and asks for news after Back', async () => {
    const opened = await open('status');
    await opened.page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
    const before = opened.api.length;
    assert.equal(await awayAndBack(opened), true, `restored from the cache: ${opened.notCached}`);
    assert.deepEqual(opened.notCached, []);
    await waitFor(
      () => opened.api.slice(before).includes('GET /v1/me/loan-applications'),
      'applications re-read',
    );
    await opened.page.close();
  });

  it('frozen past its session: the code renews with a new session, no 登录已失效', async () => {
    const opened = await open('card');
    const { page } = opened;
    await until(page, inShadow('jg-member-code', '[part="code-text"]'));
    const first = await codeText(page);
    const tokens = () => server.requests.filter((r) => r.startsWith('/__jg/token')).length;
    const before = tokens();
    // Twenty minutes pass for the server while the page is frozen: the session (15 minutes) and
    // the code (60 s) end there.
    await freeze(opened, 1000);
    assert.equal(await page.evaluate('globalThis.__jgFrozen'), 1, 'the page was frozen');
    serverLate += 20 * 60_000;
    try {
      // The code on screen is refused now; the page learns it at its next renewal. Here it is
      // asked for at once, as after a freeze long enough for the code to end on the device too.
      await page.evaluate(`document.querySelector('jg-member-code').refreshBefore = 60`);
      await until(
        page,
        `(${inShadow('jg-member-code', '[part="code-text"]')}?.textContent ?? '') !== ${JSON.stringify(first)} && !!${inShadow('jg-member-code', '[part="code-text"]')}`,
      );
      assert.equal(tokens(), before + 1, 'one new session from the partner');
      assert.equal(
        await page.evaluate(`!!${inShadow('jg-member-code', '[part="error"]')}`),
        false,
        'no error shown',
      );
      // (The refusal itself is the one console line: Chromium logs every 401 response.)
      assert.deepEqual(
        opened.errors.filter((e) => !e.includes('status of 401')),
        [],
      );
    } finally {
      serverLate -= 20 * 60_000;
    }
    await page.close();
  });

  /**
   * m_1001's card and code, then away: the partner's app signs in `to` (or signs out: 'none'),
   * and Back. The card must end up visible with `shows`, and no frame from the restore on may
   * show m_1001's name or code.
   */
  async function switchOnBack(to: string, shows: string, what: string): Promise<void> {
    const blank = await browser.newPage();
    await blank.goto(`${server.url}/away.html`);
    await blank.evaluate('localStorage.clear()');
    await blank.close();
    const first = await maskedName('m_1001');
    const opened = await open('switch');
    const { page } = opened;
    const card = (name: string) =>
      page.evaluate(
        `(${inShadow('jg-member-card', '*')} && document.querySelector('jg-member-card').shadowRoot.textContent.includes(${JSON.stringify(name)}))`,
      );
    await waitFor(async () => (await card(first)) as boolean, "m_1001's card");
    await until(page, inShadow('jg-member-code', '[part="code-text"]'));
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
    const code = await codeText(page);
    // From the restore on, every frame: the first member's name or code, visible, is a leak.
    await page.evaluate(`addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      sessionStorage.restored = 'yes';
      const look = () => {
        for (const [tag, text] of [['jg-member-card', ${JSON.stringify(first)}], ['jg-member-code', ${JSON.stringify(code)}]]) {
          const el = document.querySelector(tag);
          if (el.checkVisibility({ visibilityProperty: true }) && el.shadowRoot.textContent.includes(text)) {
            sessionStorage.leak = tag;
          }
        }
        requestAnimationFrame(look);
      };
      look();
    })`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a')]);
    await page.evaluate(`localStorage.setItem('member', '${to}')`);
    // (No awayAndBack: the restored page may reload before it could be asked whether it stayed.)
    await page.goBack({ waitUntil: 'load' });
    // The page may be reloaded meanwhile: read it again until it answers.
    const read = async (script: string) => {
      try {
        return (await page.evaluate(script)) as unknown;
      } catch {
        return undefined;
      }
    };
    await waitFor(
      async () =>
        (await read(
          `document.querySelector('jg-member-card')?.checkVisibility({ visibilityProperty: true }) && document.querySelector('jg-member-card').shadowRoot.textContent.includes(${JSON.stringify(shows)})`,
        )) === true,
      what,
    );
    assert.equal(await read('sessionStorage.restored'), 'yes', `restored: ${opened.notCached}`);
    assert.equal(await read('sessionStorage.leak'), undefined, "m_1001's data shown after Back");
    assert.equal(await read(`document.readyState`), 'complete');
    assert.equal(await card(first), false);
    await page.close();
  }

  it("Back after another member signed in: the card is the new member's, the first one's never shows", async () => {
    await switchOnBack('m_1002', await maskedName('m_1002'), "m_1002's card");
  });

  it('Back after the member signed out: the signed-out state, the member never shows', async () => {
    await switchOnBack('none', '登录已失效', 'the signed-out state');
  });

  it('Back while offline: the elements wait hidden, and come back as they were once online', async () => {
    const opened = await open('card');
    const { page } = opened;
    await until(page, inShadow('jg-member-code', '[part="code-text"]'));
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
    const provider = "document.querySelector('jg-provider').style.visibility";
    try {
      assert.equal(
        await awayAndBack(opened, () => page.setOfflineMode(true)),
        true,
        `restored from the cache: ${opened.notCached}`,
      );
      // Who is signed in cannot be asked: no reload (the browser's offline page), nothing shown.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(await page.evaluate(provider), 'hidden');
      assert.equal(await page.evaluate('globalThis.__jgStayed === true'), true, 'not reloaded');
    } finally {
      await page.setOfflineMode(false);
    }
    await until(page, `${provider} === ''`);
    assert.equal(await page.evaluate('globalThis.__jgStayed === true'), true, 'not reloaded');
    assert.notEqual(await codeText(page), '');
    await page.close();
  });
});
