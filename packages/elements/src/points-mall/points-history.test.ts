import { leaveAndComeBack } from '../../test/support/page-visibility.js';
import { expect, html } from '@open-wc/testing';
import { expectNoZoomingFields } from '../../test/support/phone-layout.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientOptions } from '@jiagong/client';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgPointsHistory } from './points-history.js';
import {
  clientFixture,
  expectFocusKeptElsewhereDuringRetry,
  guardWebStorage,
  isLoading,
  memberFixture,
  offlineThenSlow,
  sandboxClient,
  sandboxControl,
  seededDate,
  shadowText,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const entries = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('li[part~="entry"]')];
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const historyFor = (
  memberId: string,
  options: Partial<ClientOptions> = {},
  template = html`<jg-points-history></jg-points-history>`,
) => memberFixture<JgPointsHistory>(memberId, template, options);

describe('jg-points-history', function () {
  this.timeout(60_000);

  guardWebStorage({ resetSandbox: true });

  it('lists the ledger with type labels, signed points, balance and expiry', async () => {
    const { el } = await historyFor('m_1001');
    const items = entries(el);
    expect(items.length).to.be.greaterThan(3);
    const first = items[0]!;
    expect(text(first.querySelector('[part="type"]')!)).to.equal('获得');
    expect(text(first.querySelector('[part="delta"]')!)).to.equal('+800');
    expect(text(first)).to.contain('答题拉力赛奖励');
    expect(text(first)).to.contain('余额 12,800');
    // The promotional lot expires 20 days after the sandbox seeded it.
    expect(text(first)).to.match(new RegExp(`${seededDate(20).source} 过期`));
    const spent = items.find((item) => item.getAttribute('part') === 'entry entry-redeem')!;
    expect(text(spent.querySelector('[part="type"]')!)).to.equal('兑换');
    expect(text(spent.querySelector('[part="delta"]')!)).to.match(/^−\d/);
    const labels = new Set(items.map((item) => text(item.querySelector('[part="type"]')!)));
    expect([...labels].every((l) => ['获得', '兑换', '退回', '过期', '调整'].includes(l))).to.equal(
      true,
    );
    await expect(el).to.be.accessible();
  });

  it('labels refunds, expiries and adjustments', async () => {
    // An adjustment (sandbox control) and a refund (a cancelled order) on top of the seed.
    await sandboxControl('members/m_1002/points', { balance: 1000 });
    const api = sandboxClient('m_1002');
    const order = await api.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    await api.me.orders.cancel(order.id);
    const { el } = await historyFor('m_1002');
    const types = entries(el).map((item) => text(item.querySelector('[part="type"]')!));
    expect(types.slice(0, 3)).to.deep.equal(['退回', '兑换', '调整']);
    const { el: en } = await historyFor(
      'm_1002',
      {},
      html`<jg-points-history locale="en"></jg-points-history>`,
    );
    const enTypes = entries(en).map((item) => text(item.querySelector('[part="type"]')!));
    expect(enTypes.slice(0, 3)).to.deep.equal(['Refunded', 'Spent', 'Adjusted']);
    // Some seeded member has expired points.
    const { el: all } = await historyFor(
      'm_1001',
      {},
      html`<jg-points-history type="expire"></jg-points-history>`,
    );
    // Not empty: an empty list would pass the loop below without checking a single entry.
    expect(entries(all).length).to.be.greaterThan(0);
    for (const item of entries(all)) {
      expect(text(item.querySelector('[part="type"]')!)).to.equal('过期');
    }
  });

  it('sets its type filter at 16 px at least, which iOS does not zoom into', async () => {
    const { el } = await historyFor('m_1001');
    expectNoZoomingFields(el.shadowRoot!, 1);
  });

  it('filters by type', async () => {
    const { el } = await historyFor('m_1001');
    const select = part<HTMLSelectElement>(el, 'filter')!;
    select.value = 'redeem';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(() => !isLoading(el) && entries(el).length > 0, 'filtered');
    expect(el.type).to.equal('redeem');
    for (const item of entries(el))
      expect(item.getAttribute('part')).to.equal('entry entry-redeem');
  });

  it('paginates with a load-more button', async () => {
    // Enough entries for two pages of 30.
    for (let i = 0; i < 31; i++) await sandboxControl('members/m_1005/points', { balance: i + 1 });
    const { el } = await historyFor('m_1005');
    expect(entries(el)).to.have.length(30);
    part<HTMLButtonElement>(el, 'load-more')!.click();
    await waitUntil(() => entries(el).length === 31, 'second page');
    expect(part(el, 'load-more')).to.equal(null);
    expect(text(entries(el)[0]!.querySelector('[part="type"]')!)).to.equal('调整');
  });

  it('keeps the keyboard focus through load-more: on the button, then on the first new entry', async () => {
    // Three pages of 30: the button stays after the second, goes after the third.
    for (let i = 0; i < 61; i++) await sandboxControl('members/m_1005/points', { balance: i + 1 });
    const { el } = await historyFor('m_1005');
    part<HTMLButtonElement>(el, 'load-more')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => entries(el).length === 60, 'second page');
    await el.updateComplete;
    expect(root(el).activeElement, 'focus after the second page').to.equal(part(el, 'load-more'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => entries(el).length === 61, 'third page');
    await waitUntil(() => root(el).activeElement === entries(el)[60], 'focus on the new entry');
  });

  it('shows new entries when the member comes back, keeping the pages and the place read', async () => {
    for (let i = 0; i < 31; i++) await sandboxControl('members/m_1005/points', { balance: i + 1 });
    const { el } = await historyFor('m_1005');
    part<HTMLButtonElement>(el, 'load-more')!.click();
    await waitUntil(() => entries(el).length === 31, 'second page');
    const list = part(el, 'list');
    // The member reads the 20th entry at the top of the screen.
    const reading = entries(el)[19]!;
    const said = text(reading);
    reading.scrollIntoView({ block: 'start' });
    const top = reading.getBoundingClientRect().top;
    // Points arrive from another app while this page is in the background.
    await sandboxControl('members/m_1005/points', { balance: 500 });
    await leaveAndComeBack();
    await waitUntil(() => text(entries(el)[0]!).includes('余额 500'), 'the new entry on top');
    // As many entries as before (the oldest now follows with "load more"), the same list, and
    // the entry being read still where it was, saying what it said.
    expect(entries(el)).to.have.length(31);
    expect(part(el, 'list')).to.equal(list);
    expect(part(el, 'load-more')).not.to.equal(null);
    expect(text(reading)).to.equal(said);
    expect(Math.abs(reading.getBoundingClientRect().top - top)).to.be.below(2);
  });

  it('refreshes again, not a next page, when moved while a refresh on return is in flight', async () => {
    // The member comes back and the page moves the history (a tab container, React re-parenting)
    // before the refresh answers: the refresh is cut short and asked again, so the list keeps its
    // 30 entries and its "load more" (it fetched the next page instead, 31 entries and no more).
    for (let i = 0; i < 31; i++) await sandboxControl('members/m_1005/points', { balance: i + 1 });
    let hold = false;
    const urls: string[] = [];
    const { el } = await historyFor('m_1005', {
      retry: 0,
      fetch: (input, init) => {
        const request = new Request(input, init);
        urls.push(request.url);
        return hold
          ? new Promise((_, reject) =>
              request.signal.addEventListener('abort', () => reject(request.signal.reason)),
            )
          : fetch(request);
      },
    });
    expect(entries(el)).to.have.length(30);
    hold = true;
    await leaveAndComeBack();
    await waitUntil(() => urls.length === 2, 'the refresh asked');
    hold = false;
    el.parentElement!.append(el);
    await waitUntil(() => urls.length === 3, 'asked again');
    const again = new URL(urls[2]!);
    expect(again.searchParams.get('cursor')).to.equal(null);
    expect(again.searchParams.get('limit')).to.equal('30');
    await waitUntil(() => !(el as unknown as { list: { busy?: boolean } }).list.busy, 'answered');
    await el.updateComplete;
    expect(entries(el)).to.have.length(30);
    expect(part(el, 'load-more')).not.to.equal(null);
  });

  it('shows an empty state', async () => {
    const { el } = await historyFor('m_1005');
    expect(shadowText(el, '[part="empty"]')).to.contain('暂无积分记录');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton, then an error with a retry that recovers', async () => {
    let fail = true;
    const client = sandboxClient('m_1001', {
      retry: 0,
      fetch: (input, init) =>
        fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    });
    const el = await clientFixture<JgPointsHistory>(
      client,
      html`<jg-points-history></jg-points-history>`,
      { wait: false },
    );
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'error'), 'error');
    await expect(el).to.be.accessible();
    fail = false;
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await waitUntil(() => entries(el).length > 0, 'recovered');
  });

  it('keeps the focus on 重试 when the retry fails again, then on the first entry', async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgPointsHistory>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-points-history></jg-points-history>`,
    );
    await waitUntil(() => part(el, 'retry-button'), 'the error');
    const first = part(el, 'retry-button')!;
    first.focus();
    first.click();
    // A new 重试 once the second attempt failed too (the first left with its error).
    await waitUntil(() => part(el, 'retry-button') && part(el, 'retry-button') !== first, 'again');
    // Without: on the page's start.
    await waitUntil(() => root(el).activeElement === part(el, 'retry-button'), 'focus on 重试');
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => root(el).activeElement === entries(el)[0], 'focus on the first entry');
  });

  it('leaves the focus where the member put it while the retry was loading', async () => {
    const net = offlineThenSlow((request) => request.url.includes('/me/points/transactions'));
    const el = await clientFixture<JgPointsHistory>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-points-history></jg-points-history>`,
    );
    // Without: on the first entry.
    await expectFocusKeptElsewhereDuringRetry(el, net, () => entries(el).length > 0);
  });

  it('says in English when points expire without putting a past date in the present', async () => {
    const { el } = await historyFor(
      'm_1001',
      {},
      html`<jg-points-history locale="en"></jg-points-history>`,
    );
    const items = entries(el).map(text);
    // The seeded lot of 1,500 points expired months ago; the others expire later.
    const expired = items.find((item) => item.includes('+1,500'))!;
    expect(expired).to.match(/ · Expiry date \d\d\/\d\d\/\d{4}$/);
    expect(items.join(' ')).not.to.contain('Expires');
  });

  it('is accessible in dark senior mode', async () => {
    const { el } = await historyFor(
      'm_1001',
      {},
      html`<jg-points-history theme="dark" senior></jg-points-history>`,
    );
    await expect(el).to.be.accessible();
  });
});
