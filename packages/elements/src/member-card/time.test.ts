// The member card on a page left open: time passes, the network comes and goes. A merchant must
// never be shown a code that no longer works; a member never told to reopen a page that only
// needed the network.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import type { JgMemberCard } from './member-card.js';
import type { JgMemberCode } from './member-code.js';
import {
  clientFixture,
  PUBLISHABLE_KEY,
  rewritingFetch,
  sandboxClient,
  sandboxUrl,
  shadowText,
  sleep,
  TOKEN_ENDPOINT,
  switchableNetwork,
} from '../../test/support/test-helpers.js';
import { expectNoNewCalls } from '../../test/support/quiet.js';

declare const describe: (name: string, body: (this: { timeout(ms: number): void }) => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;
declare const afterEach: (body: () => Promise<void>) => void;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** DevTools commands on this page, or waits in ms (web-test-runner.config.mjs, `jg-cdp`). */
const cdp = (...steps: ([string, object?] | number)[]) => executeServerCommand('jg-cdp', steps);
/**
 * Takes the sandbox away as a tunnel does (its requests fail as fetch fails offline), or gives it
 * back and fires `online` as the browser does then. (DevTools' offline mode would also cut the
 * test runner's own connection to the page.)
 */
const offline = async (on: boolean) => {
  await cdp(
    ['Network.enable'],
    ['Network.setBlockedURLs', { urls: on ? [`${sandboxUrl()}/*`] : [] }],
  );
  if (!on) dispatchEvent(new Event('online'));
};

describe('jg-member-code left open', function () {
  this.timeout(30_000);

  afterEach(async () => {
    await cdp(['Network.setBlockedURLs', { urls: [] }]);
  });

  it('takes an expired code off the screen while its renewal is stuck (a tunnel)', async () => {
    let codes = 0;
    const sandbox = rewritingFetch((path, body) =>
      // A 3-second code, so its end comes within the test; the server keeps it for 60 s.
      path.endsWith('/verification-code') ? { ...(body as object), ttlSeconds: 3 } : undefined,
    );
    const client = sandboxClient('m_1002', {
      // The first code arrives; the renewal's answer takes 8 s (a train in a tunnel).
      fetch: async (input, init) => {
        if (String((input as Request).url).endsWith('/verification-code') && codes++)
          await sleep(8000);
        return sandbox(input, init);
      },
    });
    const el = await fixture<JgMemberCode>(
      html`<jg-member-code .client=${client}></jg-member-code>`,
    );
    await oneEvent(el, 'jg-code-refresh');
    await el.updateComplete;
    expect(!!part(el, 'qr')).to.equal(true);
    // Renewing from 2 s before the end; 3 s after it arrived the code is dead.
    await sleep(4300); // the end, and the next once-a-second tick
    expect(codes, 'a renewal was asked for').to.equal(2);
    expect(!!part(el, 'qr'), 'no dead QR code to scan').to.equal(false);
    expect(!!part(el, 'code-text'), 'no dead digits to type').to.equal(false);
    el.remove();
  });

  it('after the network dropped, gets a new code as soon as it is back, without a tap', async () => {
    const client = sandboxClient('m_1002');
    const el = await fixture<JgMemberCode>(
      html`<jg-member-code .client=${client} refresh-before="59"></jg-member-code>`,
    );
    await oneEvent(el, 'jg-code-refresh');
    await offline(true);
    // The renewal a second later fails: an error with a retry button, no code to scan.
    await waitUntil(() => part(el, 'error'), 'the failed renewal shows an error', {
      timeout: 10_000,
    });
    expect(!!part(el, 'qr')).to.equal(false);
    // Nothing keeps asking while there is no network.
    const calls = () => client.requests.filter((r) => r.endsWith('/verification-code')).length;
    await expectNoNewCalls(calls, 'no requests while offline');
    const renewed = oneEvent(el, 'jg-code-refresh');
    await offline(false);
    await renewed;
    await el.updateComplete;
    expect(!!part(el, 'error')).to.equal(false);
    expect(!!part(el, 'qr')).to.equal(true);
    el.remove();
  });

  it('says the network failed, not that the login is lost, when the token endpoint is unreachable', async () => {
    // The partner's token endpoint cannot be reached (the session is due for renewal in a tunnel).
    await cdp(['Network.enable'], ['Network.setBlockedURLs', { urls: [`*${TOKEN_ENDPOINT}*`] }]);
    const el = await fixture<JgMemberCard>(
      html`<jg-member-card
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        token-endpoint=${TOKEN_ENDPOINT}
      ></jg-member-card>`,
    );
    await waitUntil(() => part(el, 'error'), 'the failed session shows an error', {
      timeout: 10_000,
    });
    // 登录已失效，请重新打开本页面 sent the member away from a page that only needed the network.
    expect(shadowText(el, '[part="error"]')).to.contain('网络连接失败，请检查网络后再试');
    await cdp(['Network.setBlockedURLs', { urls: [] }]);
    (part(el, 'retry-button') as HTMLElement).click();
    await waitUntil(() => part(el, 'card'), 'the card shows after the retry', { timeout: 10_000 });
    el.remove();
  });

  it('loads the card again as soon as the network is back, without a tap', async () => {
    // No network when the page opens (the API's requests fail as fetch fails offline).
    const net = switchableNetwork();
    const client = sandboxClient('m_1001', {
      retry: 0,
      fetch: net.fetch,
    });
    const el = await clientFixture<JgMemberCard>(client, html`<jg-member-card></jg-member-card>`, {
      wait: false,
    });
    await waitUntil(() => part(el, 'error'), 'no network: an error with a retry', {
      timeout: 10_000,
    });
    net.down = false;
    dispatchEvent(new Event('online'));
    await waitUntil(() => part(el, 'card'), 'the card shows once online', { timeout: 10_000 });
    el.remove();
  });
});
