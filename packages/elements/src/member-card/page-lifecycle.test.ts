// The member code when its answer arrives late: a slow network, or a page the browser froze
// (Page Lifecycle `freeze`: Android stops a background tab) while the answer was on its way.
// (Freezing this page for real would close the test runner's own connection to it: a frozen
// page loses its WebSockets. test/page-lifecycle.test.ts freezes a page of its own.)
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgCodeRefreshEvent, JgMemberCode } from './member-code.js';
import { rewritingFetch, sandboxClient, sleep } from '../../test/support/test-helpers.js';

declare const describe: (name: string, body: (this: { timeout(ms: number): void }) => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;

/** The seconds the countdown shows. */
const shownSeconds = (el: JgMemberCode) =>
  Number(/\d+/.exec(el.shadowRoot!.querySelector('[part="countdown"]')!.textContent!)?.[0]);

describe('jg-member-code answered late', function () {
  this.timeout(30_000);

  it('counts a code down from when it was asked for, never past its end on the server', async () => {
    let held = false;
    const sandbox = rewritingFetch(() => undefined);
    const client = sandboxClient('m_1002', {
      // The server answers at once; the answer reaches the element 5 s later.
      fetch: async (input, init) => {
        const response = await sandbox(input, init);
        if (String((input as Request).url).endsWith('/verification-code') && !held) {
          held = true;
          await sleep(5000);
        }
        return response;
      },
    });
    const el = await fixture<JgMemberCode>(
      html`<jg-member-code .client=${client}></jg-member-code>`,
    );
    const { detail } = (await oneEvent(el, 'jg-code-refresh')) as JgCodeRefreshEvent;
    await el.updateComplete;
    // What the server still gives the code (its expiresAt is in whole seconds: up to 1 s early).
    const serverLeft = (Date.parse(detail.expiresAt) - Date.now()) / 1000;
    expect(
      shownSeconds(el),
      `the countdown outlasts the code on the server (${serverLeft.toFixed(1)} s left there)`,
    ).to.be.at.most(serverLeft + 2);
    el.remove();
  });

  it('shows no code whose answer came after its end, and announces only codes on screen', async () => {
    let held = false;
    // A 2-second code whose first answer reaches the element 3 s late (a page frozen meanwhile).
    const sandbox = rewritingFetch((path, body) =>
      path.endsWith('/verification-code') ? { ...(body as object), ttlSeconds: 2 } : undefined,
    );
    const client = sandboxClient('m_1002', {
      fetch: async (input, init) => {
        const response = await sandbox(input, init);
        if (String((input as Request).url).endsWith('/verification-code') && !held) {
          held = true;
          await sleep(3000);
        }
        return response;
      },
    });
    const el = await fixture<JgMemberCode>(
      html`<jg-member-code .client=${client}></jg-member-code>`,
    );
    // Whether the code was on screen once the element rendered after each jg-code-refresh.
    const announced: Promise<boolean>[] = [];
    el.addEventListener('jg-code-refresh', () =>
      announced.push(el.updateComplete.then(() => !!el.shadowRoot!.querySelector('[part="qr"]'))),
    );
    await oneEvent(el, 'jg-code-refresh');
    expect(
      client.requests.filter((r) => r.endsWith('/verification-code')).length,
      'asked again for the code that came too late',
    ).to.be.at.least(2);
    expect(
      await Promise.all(announced),
      'each jg-code-refresh came with a code to show',
    ).to.deep.equal([true]);
    expect(shownSeconds(el)).to.be.at.most(2);
    el.remove();
  });
});
