import { expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ConsentRecord } from '@jiagong/contract';
import '../provider/define.js';
import './define.js';
import './en.js';
import {
  applyForLoan,
  clientFixture,
  heldFetch,
  offlineThenSlow,
  providerFixture,
  resetSandbox,
  rewritingFetch,
  sandboxClient,
  sandboxControl,
  switchableNetwork,
  tapRetryDuringReload,
  waitUntil,
} from '../../test/support/test-helpers.js';
import type { JgConsents } from './consents.js';

const items = (el: JgConsents) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="consent"]'));

function item(el: JgConsents, textId: string): HTMLElement {
  const title = el.shadowRoot!.getElementById(`c-${textId}`);
  if (!title) throw new Error(`consent ${textId} not shown`);
  return title.closest('article')!;
}

const state = (el: JgConsents, textId: string) =>
  item(el, textId).querySelector('[part~="state"]')!.textContent!.trim();

const focusedId = (el: JgConsents) => el.shadowRoot!.activeElement?.id;

/** m_1001's consents, with the confirmation of withdrawing 向嘉兴银行提供 open. */
async function confirming(): Promise<{ el: JgConsents; client: ReturnType<typeof sandboxClient> }> {
  const client = sandboxClient('m_1001');
  const el = await clientFixture<JgConsents>(client, html`<jg-consents></jg-consents>`);
  item(el, 'ct_share_with_bank')
    .querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!
    .click();
  await el.updateComplete;
  return { el, client };
}

const confirmButton = (el: JgConsents) =>
  el
    .shadowRoot!.querySelector('[part="confirm"]')!
    .querySelector<HTMLButtonElement>('.jg-button--primary')!;

describe('<jg-consents>', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await resetSandbox();
  });

  it('lists each consent once with its state, recipient, information and version', async () => {
    const el = await providerFixture<JgConsents>('m_1001', html`<jg-consents></jg-consents>`);
    expect(el.records.length).to.equal(3);
    const shown = items(el);
    // In the order the member gave them (the form's order), not the ledger's newest first.
    expect(shown.map((a) => a.querySelector('h3')!.textContent)).to.deep.equal([
      '敏感个人信息处理',
      '向第三方提供个人信息',
      '个人征信查询',
    ]);
    expect(shown.every((a) => a.getAttribute('part') == 'consent consent-grant')).to.equal(true);
    const bank = item(el, 'ct_share_with_bank');
    expect(state(el, 'ct_share_with_bank')).to.equal('已同意');
    expect(bank.textContent).to.contain('接收方');
    expect(bank.textContent).to.contain('嘉兴银行');
    expect(bank.textContent).to.contain('居民身份证号码、手机号码');
    expect(bank.textContent).to.contain('2025.1');
    expect(bank.querySelector('time')!.textContent).to.match(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(bank.querySelector('.note')!.textContent!.trim()).to.match(/^同意时间 \d{4}\//);
    // The sensitive information stays with the union: no recipient to name.
    expect(item(el, 'ct_sensitive_pi').textContent).to.not.contain('接收方');
    expect(shown.map((a) => a.querySelectorAll('[part~="withdraw-button"]').length)).to.deep.equal([
      1, 1, 1,
    ]);
    // Every button reads 撤回授权: each is named with its consent, as a screen reader's list of
    // buttons (VoiceOver's rotor, NVDA's elements list) reads names only. Her label first, as
    // voice control matches what is shown.
    shown.forEach((a, i) => {
      a.querySelector<HTMLElement>('[part~="withdraw-button"]')!.dataset.jgAx = String(i);
    });
    const names = (await executeServerCommand('jg-ax-names')) as Record<string, { name: string }>;
    expect(Object.values(names).map((n) => n.name)).to.deep.equal([
      '撤回授权 敏感个人信息处理',
      '撤回授权 向第三方提供个人信息',
      '撤回授权 个人征信查询',
    ]);
    await expect(el).to.be.accessible();
  });

  it('withdraws after the member confirms what it means, and says so', async () => {
    const { el, client } = await confirming();
    const confirm = el.shadowRoot!.querySelector('[part="confirm"]')!;
    expect(confirm.textContent).to.contain('确定撤回这项授权吗？');
    // Named by the consent it is in.
    expect(confirm.getAttribute('aria-labelledby')).to.equal('c-ct_share_with_bank');
    expect(confirm.textContent).to.contain('撤回前已经进行的处理不受影响');
    expect(confirm.textContent).to.contain('需要重新阅读并同意');
    // The safe choice has the focus.
    expect(focusedId(el)).to.equal('keep-ct_share_with_bank');
    await expect(el).to.be.accessible();

    const withdrawn = oneEvent(el, 'jg-consent-withdrawn');
    confirmButton(el).click();
    const event = await withdrawn;
    expect(event.bubbles && event.composed).to.equal(true);
    const record = event.detail.record as ConsentRecord;
    expect(record.action).to.equal('withdraw');
    expect(record.textId).to.equal('ct_share_with_bank');
    // The host app and the SDK version are on record (DOMAIN §8), not just "api".
    expect(record.channel).to.match(/^localhost:\d+ @jiagong\/elements\/\d/);
    await el.updateComplete;
    expect(state(el, 'ct_share_with_bank')).to.equal('已撤回');
    expect(item(el, 'ct_share_with_bank').getAttribute('part')).to.equal(
      'consent consent-withdraw',
    );
    expect(item(el, 'ct_share_with_bank').querySelector('[part~="withdraw-button"]')).to.equal(
      null,
    );
    expect(item(el, 'ct_share_with_bank').querySelector('.note')!.textContent).to.contain(
      '撤回时间',
    );
    // The others stay given, and nothing moved.
    expect(state(el, 'ct_credit_check')).to.equal('已同意');
    expect(items(el)[1]).to.equal(item(el, 'ct_share_with_bank'));
    expect(focusedId(el)).to.equal('c-ct_share_with_bank');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      '已撤回 向第三方提供个人信息',
    );
    // The ledger has it: appended, not rewritten.
    const { data } = await client.me.consents.list();
    expect(data.length).to.equal(4);
    expect(data[0]!.id).to.equal(record.id);
    await expect(el).to.be.accessible();
  });

  it('says before confirming that an application in review needing it is withdrawn with it, and a granted loan is not', async () => {
    // m_1002 applies for both products (each application records its consents); the bank
    // approves the first, the second is still in review.
    const client = sandboxClient('m_1002');
    const granted = await applyForLoan(client, 0);
    for (const to of ['under_review', 'approved'])
      await sandboxControl(`loan-applications/${granted.id}/advance`, { to });
    const inReview = await applyForLoan(client, 1);
    const el = await clientFixture<JgConsents>(client, html`<jg-consents></jg-consents>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.click();
    await el.updateComplete;
    const confirm = el.shadowRoot!.querySelector('[part="confirm"]')!;
    // Said before the member confirms, and read out with the question.
    const loans = el.shadowRoot!.getElementById('loans-ct_credit_check')!;
    expect(confirm.getAttribute('aria-describedby')!.split(' ')).to.include(loans.id);
    expect(loans.textContent).to.contain('正在审核中的惠工贷申请如需要这项授权，将一并撤回');
    expect(loans.textContent).to.contain('已获批的贷款不受影响');
    await expect(el).to.be.accessible();
    const withdrawn = oneEvent(el, 'jg-consent-withdrawn');
    confirmButton(el).click();
    await withdrawn;
    const after = await client.me.loanApplications.get(inReview.id);
    expect(after.status).to.equal('withdrawn');
    expect(after.timeline.at(-1)!.note).to.contain('《个人征信查询授权书》');
    expect((await client.me.loanApplications.get(granted.id)).status).to.equal('approved');
  });

  it('records the host app it is given as the channel', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgConsents>(
      client,
      html`<jg-consents channel="bank-app/3.2.0"></jg-consents>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.click();
    await el.updateComplete;
    const withdrawn = oneEvent(el, 'jg-consent-withdrawn');
    confirmButton(el).click();
    expect((await withdrawn).detail.record.channel).to.match(
      /^bank-app\/3\.2\.0 @jiagong\/elements\/\d/,
    );
    expect((await client.me.consents.list()).data[0]!.channel).to.match(/^bank-app\/3\.2\.0 /);
  });

  it('cancels with 暂不撤回, posting nothing, and puts the focus back', async () => {
    const { el, client } = await confirming();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#keep-ct_share_with_bank')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.equal(null);
    expect(focusedId(el)).to.equal('withdraw-ct_share_with_bank');
    expect(state(el, 'ct_share_with_bank')).to.equal('已同意');
    expect(client.requests.filter((r) => r.startsWith('POST'))).to.deep.equal([]);
  });

  it('works with the keyboard alone', async () => {
    const el = await providerFixture<JgConsents>('m_1001', html`<jg-consents></jg-consents>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('keep-ct_credit_check');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => state(el, 'ct_credit_check') == '已撤回', 'not withdrawn');
    await el.updateComplete;
    expect(focusedId(el)).to.equal('c-ct_credit_check');
  });

  it('leaves no Chinese announcement behind once the provider switches to English', async () => {
    const el = await providerFixture<JgConsents>('m_1001', html`<jg-consents></jg-consents>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.click();
    await el.updateComplete;
    confirmButton(el).click();
    await waitUntil(() => state(el, 'ct_credit_check') == '已撤回', 'not withdrawn');
    await el.updateComplete;
    const said = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(said()).to.match(/^已撤回 /);
    const provider = el.parentElement as HTMLElement & { locale?: string };
    provider.locale = 'en';
    await waitUntil(() => items(el).length && state(el, 'ct_credit_check') == 'Withdrawn', 'en');
    // A reader going through the list found 已撤回 个人征信查询 on its English page.
    expect(said()).not.to.match(/[\u4e00-\u9fff]/);
  });

  it("does not show the previous member's withdrawal when its answer comes after the switch", async () => {
    // A shared phone: 沈嘉禾 (m_1001) taps 确定撤回 on a slow network, then the app signs 周禾
    // (m_1005, no consents) in by handing the provider a client with her session.
    const network = heldFetch((request) => request.method == 'POST');
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { fetch: network }),
      html`<jg-consents></jg-consents>`,
    );
    item(el, 'ct_share_with_bank')
      .querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!
      .click();
    await el.updateComplete;
    const events: unknown[] = [];
    el.addEventListener('jg-consent-withdrawn', (event) => events.push(event.detail.record));
    el.addEventListener('jg-error', (event) => events.push(event.detail.error));
    confirmButton(el).click();
    await el.updateComplete;
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1005');
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part="empty"]'), 'her empty list');
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(items(el), 'his withdrawal in her list').to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    expect(events, 'told the page of his withdrawal as hers').to.deep.equal([]);
  });

  it("fires no jg-error on her page for the previous member's withdrawal failing after the switch", async () => {
    // As above, but his withdrawal fails (the network drops) once 周禾 is signed in.
    let fail!: () => void;
    const held = new Promise<void>((resolve) => (fail = resolve));
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', {
        retry: 0,
        fetch: async (input, init) => {
          if ((init?.method ?? (input as Request).method) != 'POST') return fetch(input, init);
          await held;
          throw new TypeError('Failed to fetch');
        },
      }),
      html`<jg-consents></jg-consents>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_share_with_bank')!.click();
    await el.updateComplete;
    const errors: unknown[] = [];
    el.addEventListener('jg-error', (event) => errors.push(event.detail.error));
    confirmButton(el).click();
    await el.updateComplete;
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1005');
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part="empty"]'), 'her empty list');
    fail();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // A partner's error reporter or toast would show his failure as hers.
    expect(errors, 'his failure told as hers').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it("lets the next member withdraw while the previous member's withdrawal is still on its way", async () => {
    // 沈嘉禾 (m_1001) taps 确定撤回 on a slow network; the app signs 陆小溪 (m_1002, who has
    // applied, so has consents) in, and she withdraws one of hers before his answer comes.
    const network = heldFetch((request) => request.method == 'POST');
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { fetch: network }),
      html`<jg-consents></jg-consents>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_share_with_bank')!.click();
    await el.updateComplete;
    confirmButton(el).click();
    await waitUntil(() => network.held() == 1, 'his withdrawal not on its way');
    const her = sandboxClient('m_1002');
    await applyForLoan(her, 0);
    (el.parentElement as HTMLElement & { client: unknown }).client = her;
    // His seeded records are cr_1001_…
    await waitUntil(
      () => el.records.length == 3 && !el.records.some((r) => r.id.startsWith('cr_1001')),
      'her consents not listed',
    );
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.click();
    await el.updateComplete;
    // Hers is not busy with his: 确定撤回, not 正在撤回…, and it posts.
    expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(confirmButton(el).textContent!.trim()).to.equal('确定撤回');
    confirmButton(el).click();
    await waitUntil(() => state(el, 'ct_credit_check') == '已撤回', 'hers waited for his');
    expect(her.requests.filter((r) => r.startsWith('POST /v1/me/consents'))).to.deep.equal([
      'POST /v1/me/consents/withdraw',
    ]);
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(state(el, 'ct_credit_check')).to.equal('已撤回');
    expect(state(el, 'ct_share_with_bank')).to.equal('已同意');
  });

  it('tells the host when refresh() fails while the list is shown, keeping the list', async () => {
    const net = switchableNetwork(false);
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-consents></jg-consents>`,
    );
    const errors: unknown[] = [];
    el.addEventListener('jg-error', (event) => errors.push(event.detail.error));
    net.down = true;
    await el.refresh();
    await el.updateComplete;
    // The host could not tell its refresh had failed, nor say so to the member.
    expect(errors, 'no jg-error').to.have.length(1);
    expect(items(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('posts once when 确定撤回 is tapped twice', async () => {
    const { el, client } = await confirming();
    const button = confirmButton(el);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('正在撤回…');
    button.click();
    await waitUntil(() => state(el, 'ct_share_with_bank') == '已撤回', 'not withdrawn');
    expect(client.requests.filter((r) => r.startsWith('POST'))).to.deep.equal([
      'POST /v1/me/consents/withdraw',
    ]);
  });

  it('shows the withdrawal on record when the consent was withdrawn elsewhere meanwhile', async () => {
    const { el, client } = await confirming();
    // Withdrawn on another device while this page shows it given.
    const earlier = await client.me.consents.withdraw({ textId: 'ct_share_with_bank' });
    const event = oneEvent(el, 'jg-consent-withdrawn');
    confirmButton(el).click();
    expect((await event).detail.record.id).to.equal(earlier.id);
    await el.updateComplete;
    expect(state(el, 'ct_share_with_bank')).to.equal('已撤回');
    expect(el.records.filter((r) => r.id == earlier.id).length).to.equal(1);
    expect((await client.me.consents.list()).data.length).to.equal(4);
  });

  it('keeps the focus on a consent a refresh finds withdrawn elsewhere while it is confirmed', async () => {
    const { el, client } = await confirming();
    expect(focusedId(el)).to.equal('keep-ct_share_with_bank');
    // Withdrawn on another device while the member reads the confirmation; the page refreshes.
    await client.me.consents.withdraw({ textId: 'ct_share_with_bank' });
    await el.refresh();
    await el.updateComplete;
    expect(state(el, 'ct_share_with_bank')).to.equal('已撤回');
    expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.equal(null);
    // The confirmation went with the focus in it: the focus is on the consent, not on <body>.
    expect(focusedId(el)).to.equal('c-ct_share_with_bank');
  });

  it('shows an empty state for a member with no consent', async () => {
    const el = await providerFixture<JgConsents>('m_1005', html`<jg-consents></jg-consents>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('暂无授权记录');
    await expect(el).to.be.accessible();
  });

  it('shows an error with 重试 when loading fails, and lists once it is back', async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-consents></jg-consents>`,
    );
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(retry).to.not.equal(null);
    await expect(el).to.be.accessible();
    net.down = false;
    retry.focus();
    retry.click();
    await waitUntil(() => items(el).length == 3, 'not listed');
    await el.updateComplete;
    // The retry button left with the error: the focus is on the title, not lost on <body>.
    expect(focusedId(el)).to.equal('title');
  });

  it('lets a reload on its way go on when 重试 is pressed again (a slow network)', async () => {
    const network = offlineThenSlow((request) => request.url.endsWith('/me/consents'));
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { retry: 0, fetch: network.fetch }),
      html`<jg-consents></jg-consents>`,
    );
    await tapRetryDuringReload(network, () =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]'),
    );
    // Before, each press started the load over: nothing came until the member stopped tapping.
    await waitUntil(() => items(el).length == 3, 'not listed');
    expect(network.asked(), 'lists asked').to.equal(1);
  });

  it('shows 重试 busy while its load or withdrawal is on its way (a slow network)', async () => {
    // An older member taps 重试 on a slow network: the button says it is working (dimmed,
    // aria-busy), so she neither taps on nor thinks nothing happened; her focus stays on it.
    const busy = (retry: HTMLElement | null | undefined) =>
      [retry?.getAttribute('aria-busy'), retry?.getAttribute('aria-disabled')].join();
    const loads = offlineThenSlow((request) => request.url.endsWith('/me/consents'));
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { retry: 0, fetch: loads.fetch }),
      html`<jg-consents></jg-consents>`,
    );
    const retry = () => el.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]');
    expect(busy(retry()), 'before').to.not.include('true');
    await tapRetryDuringReload(loads, retry, async () => {
      await el.updateComplete;
      expect(busy(retry()), 'loading').to.equal('true,true');
      expect(getComputedStyle(retry()!).opacity).to.equal('0.6');
      expect(el.shadowRoot!.activeElement).to.equal(retry());
    });
    await waitUntil(() => items(el).length == 3, 'not listed');

    const posts = offlineThenSlow((request) => request.method == 'POST');
    posts.down = false;
    const other = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { retry: 0, fetch: posts.fetch }),
      html`<jg-consents></jg-consents>`,
    );
    other.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.click();
    await other.updateComplete;
    posts.down = true;
    confirmButton(other).click();
    const again = () =>
      other
        .shadowRoot!.querySelector('[part="confirm"]')
        ?.querySelector<HTMLElement>('[part="retry-button"]');
    await waitUntil(() => again(), 'no 重试');
    expect(busy(again()), 'failed').to.not.include('true');
    await tapRetryDuringReload(posts, again, async () => {
      await other.updateComplete;
      expect(busy(again()), 'withdrawing').to.equal('true,true');
    });
    await waitUntil(() => state(other, 'ct_credit_check') == '已撤回', 'not withdrawn');
    expect(posts.asked(), 'withdrawals posted').to.equal(1);
  });

  it('keeps the confirmation with 重试 when withdrawing fails', async () => {
    const net = switchableNetwork(false);
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-consents></jg-consents>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('#withdraw-ct_credit_check')!.click();
    await el.updateComplete;
    net.down = true;
    let errors = 0;
    el.addEventListener('jg-error', () => (errors += 1));
    confirmButton(el).click();
    await waitUntil(() => errors == 1, 'no jg-error');
    await el.updateComplete;
    const retry = () =>
      el
        .shadowRoot!.querySelector('[part="confirm"]')!
        .querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(state(el, 'ct_credit_check')).to.equal('已同意');
    net.down = false;
    retry().focus();
    retry().click();
    await waitUntil(() => state(el, 'ct_credit_check') == '已撤回', 'not withdrawn');
    await el.updateComplete;
    expect(focusedId(el)).to.equal('c-ct_credit_check');
  });

  it('speaks English, in the dark and with large text', async () => {
    const el = await providerFixture<JgConsents>(
      'm_1001',
      html`<jg-consents locale="en" theme="dark" senior style="width: 360px"></jg-consents>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('My consents');
    expect(item(el, 'ct_credit_check').querySelector('h3')!.textContent).to.equal(
      'Credit report check',
    );
    expect(state(el, 'ct_credit_check')).to.equal('Given');
    expect(item(el, 'ct_credit_check').querySelector('.note')!.textContent!.trim()).to.match(
      /^Given on \d{2}\/\d{2}\/\d{4}/,
    );
    item(el, 'ct_credit_check')
      .querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!
      .click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="confirm"]')!.textContent).to.contain(
      'A granted loan is not affected',
    );
    expect(el.shadowRoot!.querySelector('[part="confirm"]')!.textContent).to.contain(
      'processing done before is not affected',
    );
    // Nothing wider than the phone.
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('names a consent of a purpose this version does not know, and shows an unknown action as no state', async () => {
    const record = (await sandboxClient('m_1001').me.consents.list()).data[0]!;
    const el = await clientFixture<JgConsents>(
      sandboxClient('m_1001', {
        // A newer API's consent for a purpose this version has no title for.
        fetch: rewritingFetch((path) =>
          path == '/v1/me/consents'
            ? {
                data: [
                  { ...record, purpose: 'marketing', textId: 'ct_marketing' },
                  { ...record, id: 'cr_new', textId: 'ct_new', action: 'expire' },
                ],
              }
            : undefined,
        ),
      }),
      html`<jg-consents></jg-consents>`,
    );
    expect(item(el, 'ct_marketing').querySelector('h3')!.textContent).to.equal('个人信息处理授权');
    // An action a newer API added: no state this version could name, nothing to withdraw.
    expect(item(el, 'ct_new').querySelector('[part~="state"]')).to.equal(null);
    expect(item(el, 'ct_new').querySelector('[part~="withdraw-button"]')).to.equal(null);
    expect(item(el, 'ct_new').textContent).to.not.match(/undefined|null/);
  });
});
