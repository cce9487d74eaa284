import { expect, fixture, html, oneEvent, waitUntil as waitUntilBase } from '@open-wc/testing';
import { createClient } from '@jiagong/client';
import type { LoanApplication } from '@jiagong/contract';
import '../provider/define.js';
import './define.js';
import './en.js';
import {
  applyForLoan,
  clientFixture,
  CLOSED_PORT_URL,
  heldFetch,
  offlineThenSlow,
  providerFixture,
  PUBLISHABLE_KEY,
  resetSandbox,
  sandboxClient,
  sandboxControl,
  sandboxUrl,
  switchableNetwork,
  tapRetryDuringReload,
  TOKEN_ENDPOINT,
  tokenFor,
} from '../../test/support/test-helpers.js';
import type { JgLoanStatus, JgLoanStatusChangeEvent } from './loan-status.js';

const waitUntil: typeof waitUntilBase = (predicate, message, options) =>
  waitUntilBase(predicate, message, { timeout: 10_000, ...options });

function clientFor(member: string) {
  return createClient({
    baseUrl: sandboxUrl(),
    publishableKey: PUBLISHABLE_KEY,
    getSessionToken: () => tokenFor(member),
  });
}

/** Applies for the `index`th product (one application per product while it is under review). */
async function apply(member = 'm_1002', index = 0): Promise<LoanApplication> {
  return applyForLoan(clientFor(member), index);
}

function card(el: JgLoanStatus, id: string): HTMLElement {
  const title = el.shadowRoot!.getElementById(`app-${id}-title`);
  if (!title) throw new Error(`application ${id} not shown`);
  return title.closest('article')!;
}

/** A new application of m_1002's, listed with its withdrawal's confirmation open. */
async function confirmingWithdrawal(): Promise<{ application: LoanApplication; el: JgLoanStatus }> {
  const application = await apply();
  const el = await providerFixture<JgLoanStatus>(
    'm_1002',
    html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
  );
  card(el, application.id).querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!.click();
  await el.updateComplete;
  return { application, el };
}

const badge = (el: JgLoanStatus, id: string) =>
  card(el, id).querySelector('[part~="status"]')!.textContent!.trim();

/** Counts the list requests the page makes. */
function countListRequests(): { count: number; restore(): void } {
  const realFetch = window.fetch;
  const counter = {
    count: 0,
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'GET' && new URL(request.url).pathname === '/v1/me/loan-applications') {
      counter.count++;
    }
    return realFetch(input, init);
  };
  return counter;
}

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<jg-loan-status>', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await resetSandbox();
  });

  afterEach(() => {
    // Back to the real getter.
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('lists a member’s applications with their timelines', async () => {
    const el = await providerFixture<JgLoanStatus>(
      'm_1001',
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    expect(el.applications.length).to.be.greaterThan(0);
    const first = el.applications[0]!;
    const article = card(el, first.id);
    expect(article.querySelectorAll('.is-done').length).to.equal(first.timeline.length);
    expect(article.textContent).to.contain('年化利率');
    expect(article.textContent).to.contain('参考');
    await expect(el).to.be.accessible();
  });

  it('loads at once when used standalone, without a provider', async () => {
    // The first load must not wait for the first refresh (60 s here).
    const el = await fixture<JgLoanStatus>(
      html`<jg-loan-status
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        token-endpoint=${`${TOKEN_ENDPOINT}?member=m_1001`}
        refresh-interval="60"
      ></jg-loan-status>`,
    );
    await waitUntil(() => el.applications.length > 0, 'applications listed', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part~="application"]')).to.not.equal(null);
  });

  it('shows an empty state for a member with no application', async () => {
    const el = await providerFixture<JgLoanStatus>(
      'm_1005',
      html`<jg-loan-status></jg-loan-status>`,
    );
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('暂无贷款申请');
    await expect(el).to.be.accessible();
  });

  it('says the same sentence again for a second application withdrawn alike', async () => {
    // She withdraws an application, applies again for the same product and withdraws that one too:
    // the second 「…申请状态更新为：已撤回」 is the same sentence, and a live region whose text stayed
    // the same said nothing of it (a screen reader reads what changes in it).
    const withdraw = async (el: JgLoanStatus, id: string) => {
      card(el, id).querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!.click();
      await el.updateComplete;
      card(el, id)
        .querySelector<HTMLButtonElement>('[part~="confirm"] .jg-button--primary')!
        .click();
      await waitUntil(() => badge(el, id) === '已撤回', 'not withdrawn');
    };
    const { application, el } = await confirmingWithdrawal();
    card(el, application.id)
      .querySelector<HTMLButtonElement>('[part~="confirm"] .jg-button--primary')!
      .click();
    await waitUntil(() => badge(el, application.id) === '已撤回', 'not withdrawn');
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    const said = region.textContent!.trim();
    expect(said).to.contain('申请状态更新为：已撤回');
    const again = await apply();
    await el.refresh();
    await el.updateComplete;
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await withdraw(el, again.id);
    await waitUntil(() => changes > 0, 'the same sentence was not said again');
    observer.disconnect();
    expect(region.textContent!.trim()).to.equal(said);
  });

  it('follows the bank’s review as the sandbox advances it', async () => {
    const approved = await apply();
    const rejected = await apply('m_1002', 1);
    const el = await providerFixture<JgLoanStatus>(
      'm_1002',
      html`<jg-loan-status refresh-interval="0.3" highlight=${approved.id}></jg-loan-status>`,
    );
    expect(badge(el, approved.id)).to.equal('已提交');
    expect(card(el, approved.id).getAttribute('part')).to.contain('application-highlighted');
    expect(card(el, approved.id).querySelectorAll('.is-pending').length).to.equal(3);

    await sandboxControl(`loan-applications/${approved.id}/advance`, { to: 'under_review' });
    await waitUntil(() => badge(el, approved.id) === '审核中', 'no under_review');
    // The product's name isolated (FSI … PDI) from the sentence after it.
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      `\u2068${approved.productName}\u2069申请状态更新为：审核中`,
    );

    await sandboxControl(`loan-applications/${approved.id}/advance`, { to: 'approved' });
    await sandboxControl(`loan-applications/${approved.id}/advance`, { to: 'disbursed' });
    await waitUntil(() => badge(el, approved.id) === '已放款', 'no disbursed');
    const timeline = card(el, approved.id).querySelectorAll('.is-done');
    expect(
      Array.from(timeline, (li) => li.querySelector('.timeline__label')!.textContent),
    ).to.deep.equal(['已提交', '审核中', '已批准', '已放款']);
    expect(card(el, approved.id).querySelector('[part~="withdraw-button"]')).to.equal(null);

    await sandboxControl(`loan-applications/${rejected.id}/advance`, { to: 'under_review' });
    await sandboxControl(`loan-applications/${rejected.id}/advance`, {
      to: 'rejected',
      note: '经营流水不足',
    });
    await waitUntil(() => badge(el, rejected.id) === '未通过', 'no rejected');
    expect(card(el, rejected.id).querySelector('[part="reason"]')!.textContent).to.contain(
      '经营流水不足',
    );
    // Said once: not also as the note of the timeline's last entry.
    expect(card(el, rejected.id).textContent!.split('经营流水不足').length - 1).to.equal(1);
    el.locale = 'en';
    // English punctuation in English (it read `Reason：`); the list reloads in English first.
    const reason = () =>
      el.shadowRoot!.querySelector('[part="reason"]')?.textContent!.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => reason().includes('Reason'), 'no English reason');
    expect(reason()).to.contain('Reason: 经营流水不足');
    await expect(el).to.be.accessible();
  });

  it('tells the host when a refresh finds a status the bank changed, not on the first load', async () => {
    const first = await apply();
    const second = await apply('m_1002', 1);
    await sandboxControl(`loan-applications/${second.id}/advance`, { to: 'under_review' });
    const heard: { id: string; status: string; listed?: string }[] = [];
    // Listened for before it is in the page: its first load says nothing.
    const el = await providerFixture<JgLoanStatus>(
      'm_1002',
      html`<jg-loan-status
        refresh-interval="0"
        @jg-loan-status-change=${({ detail, currentTarget }: JgLoanStatusChangeEvent) => {
          const { application } = detail;
          heard.push({
            id: application.id,
            status: application.status,
            // The element's list is already the new one.
            listed: (currentTarget as JgLoanStatus).applications.find(
              (app) => app.id == application.id,
            )?.status,
          });
        }}
      ></jg-loan-status>`,
    );
    await waitUntil(() => el.applications.length >= 2, 'no list');
    await el.refresh();
    expect(heard, 'first load and an unchanged refresh').to.deep.equal([]);

    // Both moved on between two refreshes (the bank reviews offline): one event each.
    await sandboxControl(`loan-applications/${first.id}/advance`, { to: 'under_review' });
    await sandboxControl(`loan-applications/${second.id}/advance`, { to: 'approved' });
    const bubbled = oneEvent(document, 'jg-loan-status-change');
    await el.refresh();
    expect((await bubbled).detail.application.id).to.be.oneOf([first.id, second.id]);
    expect(heard).to.have.deep.members([
      { id: first.id, status: 'under_review', listed: 'under_review' },
      { id: second.id, status: 'approved', listed: 'approved' },
    ]);

    // A withdrawal made here is jg-loan-withdrawn's, not told again by the next refresh.
    heard.length = 0;
    await waitUntil(() => card(el, first.id).querySelector('[part~="withdraw-button"]'));
    card(el, first.id).querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!.click();
    await el.updateComplete;
    const withdrawn = oneEvent(el, 'jg-loan-withdrawn');
    card(el, first.id).querySelector<HTMLButtonElement>('.jg-button--primary')!.click();
    await withdrawn;
    await el.refresh();
    expect(heard).to.deep.equal([]);
  });

  it('shows why a withdrawal the bank overtook was refused, and where it is now, without 重试', async () => {
    const { application, el } = await confirmingWithdrawal();
    // While the member reads the confirmation, the bank approves the application.
    await sandboxControl(`loan-applications/${application.id}/advance`, { to: 'under_review' });
    await sandboxControl(`loan-applications/${application.id}/advance`, { to: 'approved' });
    card(el, application.id)
      .querySelector('[part="confirm"]')!
      .querySelector<HTMLButtonElement>('.jg-button--primary')!
      .click();
    await waitUntil(() => badge(el, application.id) == '已批准', 'the current status');
    const alert = card(el, application.id).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('无法撤回');
    // Nothing offers what cannot succeed.
    expect(card(el, application.id).querySelector('[part~="retry-button"]')).to.equal(null);
    expect(card(el, application.id).querySelector('[part="confirm"]')).to.equal(null);
    expect(card(el, application.id).querySelector('[part~="withdraw-button"]')).to.equal(null);
    // Focus was in the confirmation: it is on the application, not on <body>.
    expect(el.shadowRoot!.activeElement?.id).to.equal(`app-${application.id}-title`);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on an application a refresh finds moved on while its withdrawal is confirmed', async () => {
    const { application, el } = await confirmingWithdrawal();
    expect(el.shadowRoot!.activeElement?.id).to.equal(`keep-${application.id}`);
    // While the member reads the confirmation, the bank approves it and a refresh shows so.
    await sandboxControl(`loan-applications/${application.id}/advance`, { to: 'under_review' });
    await sandboxControl(`loan-applications/${application.id}/advance`, { to: 'approved' });
    await el.refresh();
    await el.updateComplete;
    expect(badge(el, application.id)).to.equal('已批准');
    expect(card(el, application.id).querySelector('[part="confirm"]')).to.equal(null);
    // The confirmation went with the focus in it: focus is on the application, not on <body>.
    expect(el.shadowRoot!.activeElement?.id).to.equal(`app-${application.id}-title`);
  });

  it('withdraws an application after confirmation', async () => {
    const { application, el } = await confirmingWithdrawal();
    const confirm = card(el, application.id).querySelector('[part="confirm"]')!;
    expect(confirm.textContent).to.contain('确定撤回');
    expect(el.shadowRoot!.activeElement?.id).to.equal(`keep-${application.id}`);
    await expect(el).to.be.accessible();
    const withdrawn = oneEvent(el, 'jg-loan-withdrawn');
    confirm.querySelector<HTMLButtonElement>('.jg-button--primary')!.click();
    expect((await withdrawn).detail.application.status).to.equal('withdrawn');
    await el.updateComplete;
    expect(badge(el, application.id)).to.equal('已撤回');
    expect(card(el, application.id).querySelector('[part~="withdraw-button"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`app-${application.id}-title`);
  });

  it('leaves the focus where the member put it while a slow withdrawal was on its way', async () => {
    // She confirms 确定撤回 on a slow network, then goes on to the bank app's own page: once
    // withdrawn, the focus stays there, not taken back to the application's title.
    const application = await apply();
    const network = heldFetch((request) => request.method == 'POST');
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: network }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    card(el, application.id).querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!.click();
    await el.updateComplete;
    const elsewhere = document.body.appendChild(document.createElement('button'));
    try {
      card(el, application.id)
        .querySelector<HTMLButtonElement>('[part="confirm"] .jg-button--primary')!
        .click();
      await waitUntil(() => network.held() > 0, 'the withdrawal not answered');
      elsewhere.focus();
      network.release();
      await waitUntil(() => badge(el, application.id) == '已撤回', 'not withdrawn');
      await el.updateComplete;
      // A frame more: a focus moved after a further render would be seen.
      await new Promise(requestAnimationFrame);
      expect(document.activeElement, 'the focus taken from the page').to.equal(elsewhere);
    } finally {
      elsewhere.remove();
    }
  });

  it('keeps the focus on 重试 while a failed withdrawal is tried again', async () => {
    const application = await apply();
    const net = switchableNetwork(false);
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: net.fetch }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    card(el, application.id).querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!.click();
    await el.updateComplete;
    net.down = true;
    let errors = 0;
    el.addEventListener('jg-error', () => (errors += 1));
    const retry = () =>
      card(el, application.id).querySelector<HTMLButtonElement>('[part="retry-button"]');
    card(el, application.id)
      .querySelector<HTMLButtonElement>('[part="confirm"] .jg-button--primary')!
      .click();
    await waitUntil(() => errors == 1 && retry(), 'no 重试');
    retry()!.focus();
    retry()!.click();
    await el.updateComplete;
    // The message and its 重试 stay until the answer: the focus did not jump to the title.
    expect(el.shadowRoot!.activeElement).to.equal(retry());
    await waitUntil(() => errors == 2, 'the second attempt did not fail');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(retry());
    net.down = false;
    retry()!.click();
    await waitUntil(() => badge(el, application.id) == '已撤回', 'not withdrawn');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`app-${application.id}-title`);
  });

  it('leaves no Chinese announcement behind once the provider switches to English', async () => {
    const { application, el } = await confirmingWithdrawal();
    card(el, application.id)
      .querySelector<HTMLButtonElement>('[part="confirm"] .jg-button--primary')!
      .click();
    await waitUntil(() => badge(el, application.id) === '已撤回', 'not withdrawn');
    await el.updateComplete;
    const said = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(said()).to.contain('已撤回');
    (el.parentElement as HTMLElement & { locale?: string }).locale = 'en';
    // The list loads again in English (a placeholder meanwhile, without the application).
    await waitUntil(
      () =>
        !!el.shadowRoot!.getElementById(`app-${application.id}-title`) &&
        badge(el, application.id) === 'Withdrawn',
      'not in English',
    );
    // The live region kept …已撤回 for a screen reader going through the English list.
    expect(said()).to.equal('');
  });

  it('says which application each 撤回申请 withdraws, to a screen reader too', async () => {
    // One application under review per product: a member can have two to withdraw.
    const first = await apply('m_1002', 0);
    const second = await apply('m_1002', 1);
    expect(first.productName).to.not.equal(second.productName);
    const el = await providerFixture<JgLoanStatus>(
      'm_1002',
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    // Both buttons read 撤回申请; each is described by its application's product.
    const described = [first, second].map((app) => {
      const button = card(el, app.id).querySelector('[part~="withdraw-button"]')!;
      const ids = (button.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim());
    });
    expect(described).to.deep.equal([[first.productName], [second.productName]]);
    await expect(el).to.be.accessible();
  });

  it('pages older applications with load more, and keeps them through a refresh', async () => {
    // 21 applications (withdrawn, so the next can be made): one more than a page of 20.
    const client = clientFor('m_1002');
    const made: LoanApplication[] = [];
    for (let i = 0; i < 21; i++) {
      const application = await apply();
      made.push(await client.me.loanApplications.withdraw(application.id));
    }
    const el = await providerFixture<JgLoanStatus>(
      'm_1002',
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    const shown = () => [...el.shadowRoot!.querySelectorAll('article')];
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]');
    expect(shown()).to.have.length(20);
    // Newest first: the oldest is on the next page.
    expect(() => card(el, made[0]!.id)).to.throw();
    // A double tap asks twice at most, and shows each application once.
    more()!.click();
    more()!.click();
    await waitUntil(() => shown().length >= 21, 'the second page');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shown()).to.have.length(21);
    expect(badge(el, made[0]!.id)).to.equal('已撤回');
    expect(more()).to.equal(null);
    // A new application elsewhere: the refresh puts it on top and keeps the older page below.
    const latest = await apply();
    await el.refresh();
    await el.updateComplete;
    expect(shown()).to.have.length(22);
    expect(shown()[0]!.querySelector('h3')!.id).to.equal(`app-${latest.id}-title`);
    expect(badge(el, made[0]!.id)).to.equal('已撤回');
    expect(more()).to.equal(null);
  });

  it("shows none of the previous member's older applications once the app signs another in", async () => {
    // 陆小溪 (m_1002) has 21 applications: one more than a page. Her 加载更多 is still on its way
    // (held here, as a slow network would) when the app signs 沈嘉禾 (m_1001) in.
    const client = clientFor('m_1002');
    const hers: string[] = [];
    for (let i = 0; i < 21; i++) {
      hers.push((await client.me.loanApplications.withdraw((await apply()).id)).id);
    }
    const network = heldFetch((request) => request.url.includes('cursor='), { before: true });
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    await waitUntil(() => network.held() == 1, 'load more was not sent');
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1001');
    await waitUntil(
      () => el.applications.length && !hers.includes(el.applications[0]!.id),
      'his applications did not load',
    );
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(el.applications.filter((app) => hers.includes(app.id))).to.deep.equal([]);
  });

  it("neither tells the previous member's withdrawal as the next member's nor makes hers wait for it", async () => {
    // 陆小溪 (m_1002) taps 确定撤回 on a slow network; the app signs 沈嘉禾 (m_1001) in, who has an
    // application in review too, and he withdraws it before her answer comes.
    const first = await apply();
    const second = await apply('m_1001', 1);
    const network = heldFetch((request) => request.method == 'POST');
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    const events: string[] = [];
    el.addEventListener('jg-loan-withdrawn', (event) => events.push(event.detail.application.id));
    el.addEventListener('jg-error', () => events.push('jg-error'));
    const withdraw = async (id: string) => {
      card(el, id).querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!.click();
      await el.updateComplete;
      return card(el, id).querySelector<HTMLButtonElement>('[part="confirm"] .jg-button--primary')!;
    };
    (await withdraw(first.id)).click();
    await waitUntil(() => network.held() == 1, 'her withdrawal not on its way');
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1001');
    await waitUntil(() => el.applications.some((app) => app.id == second.id), 'his list');
    await el.updateComplete;
    const yes = await withdraw(second.id);
    // His is not busy with hers.
    expect(yes.getAttribute('aria-disabled')).to.equal('false');
    expect(yes.textContent!.trim()).to.equal('确定撤回');
    yes.click();
    await waitUntil(() => badge(el, second.id) == '已撤回', 'his waited for hers');
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Her withdrawal was neither read out on his page nor told to it as his.
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      second.productName,
    );
    expect(events).to.deep.equal([second.id]);
  });

  it('refreshes only while the page is visible', async () => {
    await apply();
    const counter = countListRequests();
    try {
      const el = await providerFixture<JgLoanStatus>(
        'm_1002',
        html`<jg-loan-status refresh-interval="0.2"></jg-loan-status>`,
      );
      await waitUntil(() => counter.count >= 3, 'it did not refresh while visible');
      setVisibility('hidden');
      const hiddenAt = counter.count;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(counter.count).to.equal(hiddenAt);
      setVisibility('visible');
      await waitUntil(() => counter.count > hiddenAt, 'it did not catch up when visible');
      el.remove();
      const removedAt = counter.count;
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(counter.count).to.equal(removedAt);
    } finally {
      counter.restore();
    }
  });

  it('says why when 刷新 fails (offline), keeping the list, and tells the host', async () => {
    // She opens the page on the bus; the bank starts its review; she taps 刷新 in a tunnel.
    const application = await apply();
    const net = switchableNetwork(false);
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: net.fetch }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    let errors = 0;
    el.addEventListener('jg-error', () => (errors += 1));
    await sandboxControl(`loan-applications/${application.id}/advance`, { to: 'under_review' });
    net.down = true;
    const refresh = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="refresh-button"]')!;
    refresh.focus();
    refresh.click();
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]');
    // It said nothing: the old 已提交 read as the bank's latest word.
    await waitUntil(() => alert(), 'no word that the refresh failed');
    expect(alert()!.textContent).to.contain('网络连接失败');
    expect(errors).to.equal(1);
    expect(badge(el, application.id)).to.equal('已提交');
    expect(el.shadowRoot!.activeElement).to.equal(refresh);
    await expect(el).to.be.accessible();
    net.down = false;
    refresh.click();
    await waitUntil(() => badge(el, application.id) == '审核中', 'not refreshed');
    expect(alert()).to.equal(null);
  });

  it('says it again when 刷新 fails a second time (offline), for screen readers too', async () => {
    const application = await apply();
    const net = switchableNetwork(false);
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: net.fetch }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    let errors = 0;
    el.addEventListener('jg-error', () => (errors += 1));
    await waitUntil(() => badge(el, application.id) == '已提交', 'no list');
    net.down = true;
    const refresh = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="refresh-button"]')!;
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]');
    refresh.click();
    await waitUntil(() => alert(), 'no word that the refresh failed');
    const first = alert();
    // A live region says only what changes in it: the same words left in place are not read
    // again, so a member who cannot see the screen heard nothing of her second 刷新.
    refresh.click();
    await waitUntil(() => errors == 2, 'no jg-error for the second failure');
    await waitUntil(() => alert() && alert() != first, 'the failure was not said again');
    expect(alert()!.textContent).to.contain('网络连接失败');
    expect(badge(el, application.id)).to.equal('已提交');
  });

  it('keeps the focus on 重试 while the list loads again, then puts it on the title', async () => {
    await apply();
    const net = switchableNetwork();
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: net.fetch }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    let errors = 0;
    el.addEventListener('jg-error', () => (errors += 1));
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
    await waitUntil(() => retry(), 'no 重试');
    retry()!.focus();
    retry()!.click();
    await el.updateComplete;
    // The message and its 重试 stay until the answer (a placeholder took their place, and the
    // focus fell to <body>).
    expect(retry(), '重试 gone while loading').to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(retry());
    await waitUntil(() => errors == 1, 'the second attempt did not fail');
    net.down = false;
    retry()!.click();
    await waitUntil(() => el.applications.length == 1, 'not listed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('status-title');
  });

  it('lets a reload on its way go on when 重试 is pressed again (a slow network)', async () => {
    await apply();
    const network = offlineThenSlow((request) => request.url.includes('/me/loan-applications'));
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: network.fetch }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
    await waitUntil(() => retry(), 'no 重试');
    await tapRetryDuringReload(network, retry);
    // Before, each press started the load over: nothing came until the member stopped tapping.
    await waitUntil(() => el.applications.length == 1, 'not listed');
    expect(network.asked(), 'lists asked').to.equal(1);
  });

  it('shows the list’s 重试 busy while its reload is on its way (a slow network)', async () => {
    // She taps 重试 on a slow network: the button says it is working (dimmed, aria-disabled), so
    // she neither taps on nor thinks nothing happened; her focus stays on it.
    await apply();
    const loads = offlineThenSlow((request) => request.url.includes('/me/loan-applications'));
    const el = await clientFixture<JgLoanStatus>(
      sandboxClient('m_1002', { retry: 0, fetch: loads.fetch }),
      html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    );
    const retry = () => el.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]');
    await waitUntil(() => retry(), 'no 重试');
    expect(retry()!.getAttribute('aria-disabled'), 'before').to.not.equal('true');
    await tapRetryDuringReload(loads, retry, async () => {
      await el.updateComplete;
      expect(retry()!.getAttribute('aria-disabled'), 'loading').to.equal('true');
      expect(getComputedStyle(retry()!).opacity).to.equal('0.6');
      expect(el.shadowRoot!.activeElement).to.equal(retry());
    });
    await waitUntil(() => el.applications.length == 1, 'not listed');
    expect(loads.asked(), 'lists asked').to.equal(1);
  });

  it('shows an error state with a retry when the API cannot be reached', async () => {
    const provider = await fixture(
      html`<jg-provider api-base=${CLOSED_PORT_URL} publishable-key=${PUBLISHABLE_KEY}
        ><jg-loan-status></jg-loan-status
      ></jg-provider>`,
    );
    const el = provider.firstElementChild as JgLoanStatus;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error state', {
      timeout: 30_000,
    });
    await expect(el).to.be.accessible();
  });
});
