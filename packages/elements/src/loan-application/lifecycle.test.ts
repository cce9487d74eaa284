// The loan elements inside single-page apps that move and remove them (React re-parenting, tab
// containers): no polling after removal, one timer after a move, no list left loading for good.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../provider/define.js';
import './define.js';
import type { JgLoanStatus } from './loan-status.js';
import type { JgLoanApplication } from './loan-application.js';
import {
  clientFixture,
  resetSandbox,
  sandboxClient,
  reparent,
  sleep,
  waitForLoad,
} from '../../test/support/test-helpers.js';

const lists = (requests: string[]) => requests.filter((r) => r.endsWith('/me/loan-applications'));

describe('loan elements moved and removed', function () {
  this.timeout(30_000);

  it('a status list moved while it loads still shows the applications', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgLoanStatus>(client, html`<jg-loan-status></jg-loan-status>`, {
      wait: false,
    });
    reparent(el);
    await waitForLoad(el);
    expect(el.applications.length).to.be.greaterThan(0);
  });

  it('a removed status list polls no more', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgLoanStatus>(
      client,
      html`<jg-loan-status refresh-interval="1"></jg-loan-status>`,
    );
    await sleep(1200);
    expect(lists(client.requests).length, 'it polls while shown').to.be.greaterThan(1);
    el.remove();
    await sleep(100);
    const before = client.requests.length;
    await sleep(3000);
    expect(client.requests.slice(before)).to.deep.equal([]);
  });

  it('a moved status list keeps its list and polls on one timer, not two', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgLoanStatus>(
      client,
      html`<jg-loan-status refresh-interval="1"></jg-loan-status>`,
    );
    reparent(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
    const before = client.requests.length;
    await sleep(3500);
    // One request a second: 3 (or 4 with timer jitter), 6+ with a doubled timer.
    expect(lists(client.requests.slice(before)).length).to.be.within(2, 4);
  });

  it('a moved application form keeps its step and what the member typed', async () => {
    await resetSandbox();
    const client = sandboxClient('m_1002');
    const el = await clientFixture<JgLoanApplication>(
      client,
      html`<jg-loan-application></jg-loan-application>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#product-lp_startup'), 'products', {
      timeout: 10_000,
    });
    root.querySelector<HTMLElement>('#product-lp_startup')!.click();
    await el.updateComplete;
    root.querySelector<HTMLElement>('[part~="next-button"]')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('amount');
    const amount = () =>
      root.querySelector('[name="amountFen"]')!.shadowRoot!.querySelector('input')!;
    amount().value = '10万';
    amount().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    reparent(el);
    await el.updateComplete;
    expect(root.querySelector('[part~="skeleton"]')).to.equal(null);
    expect(el.step).to.equal('amount');
    expect(amount().value).to.contain('10');
    // Removed: the draft is saved once at once (keepalive), then nothing more.
    el.remove();
    await sleep(1500);
    const after = client.requests.filter((r) => r.includes('/me/loan-draft'));
    expect(after.filter((r) => r.startsWith('PUT') || r.startsWith('POST')).length).to.be.at.most(
      2,
    );
    const count = client.requests.length;
    await sleep(1500);
    expect(client.requests.slice(count)).to.deep.equal([]);
  });
});
