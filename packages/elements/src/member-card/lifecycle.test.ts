// The member code inside single-page apps that move and remove it (React re-parenting, a tab
// container): a move keeps the code on screen, runs one countdown and asks for no new code.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMemberCode } from './member-code.js';
import {
  clientFixture,
  isLoading,
  sandboxClient,
  shadowText,
  reparent,
  sleep,
} from '../../test/support/test-helpers.js';
import { expectNoNewCalls } from '../../test/support/quiet.js';

describe('member code moved and removed', function () {
  this.timeout(30_000);

  it('a moved member code keeps its code on screen and asks for no new one', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgMemberCode>(client, html`<jg-member-code></jg-member-code>`, {
      wait: false,
    });
    await oneEvent(el, 'jg-code-refresh');
    await el.updateComplete;
    const digits = shadowText(el, '[part="code-text"]');
    const codeCalls = () => client.requests.filter((r) => r.endsWith('/verification-code')).length;
    const before = codeCalls();
    reparent(el);
    await el.updateComplete;
    expect(isLoading(el), 'no skeleton flash').to.equal(false);
    await sleep(1500);
    expect(isLoading(el)).to.equal(false);
    expect(shadowText(el, '[part="code-text"]')).to.equal(digits);
    expect(codeCalls()).to.equal(before);
  });

  it('a member code removed for a while shows a fresh code when it is back', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgMemberCode>(client, html`<jg-member-code></jg-member-code>`, {
      wait: false,
    });
    await oneEvent(el, 'jg-code-refresh');
    const parent = el.parentElement!;
    el.remove();
    await sleep(50);
    const codeCalls = () => client.requests.filter((r) => r.endsWith('/verification-code')).length;
    const before = codeCalls();
    const refreshed = oneEvent(el, 'jg-code-refresh');
    parent.append(el);
    await refreshed;
    expect(codeCalls()).to.equal(before + 1);
  });

  it('left open for long, it renews on one timer, pauses in a background page and resumes', async () => {
    const client = sandboxClient('m_1001');
    // Renews about every second: a long-lived page in a few seconds.
    const el = await clientFixture<JgMemberCode>(
      client,
      html`<jg-member-code refresh-before="59"></jg-member-code>`,
      { wait: false },
    );
    await oneEvent(el, 'jg-code-refresh');
    const codeCalls = () => client.requests.filter((r) => r.endsWith('/verification-code')).length;
    let before = codeCalls();
    await sleep(3200);
    // One renewal a second or so; a doubled timer would ask twice as often.
    expect(codeCalls() - before).to.be.within(1, 4);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      await expectNoNewCalls(codeCalls, 'no renewals in a background page');
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    before = codeCalls();
    await oneEvent(el, 'jg-code-refresh');
    expect(codeCalls()).to.be.greaterThan(before);
  });
});
