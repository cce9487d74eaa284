import { leaveAndComeBack } from '../../test/support/page-visibility.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientOptions } from '@jiagong/client';
import type { Order } from '@jiagong/contract';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgMallOrders } from './mall-orders.js';
import {
  clientFixture,
  expectFocusKeptElsewhereDuringRetry,
  guardWebStorage,
  heldFetch,
  isLoading,
  memberFixture,
  offlineThenSlow,
  rewritingFetch,
  sandboxClient,
  shadowText,
  sleep,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const orders = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="order"]')];
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const isPost = (request: Request) => request.method == 'POST';

const ordersFor = (
  memberId: string,
  options: Partial<ClientOptions> = {},
  template = html`<jg-mall-orders></jg-mall-orders>`,
) => memberFixture<JgMallOrders>(memberId, template, options);

describe('jg-mall-orders', function () {
  this.timeout(60_000);

  guardWebStorage({ resetSandbox: true });

  it('lists orders newest first with status, points and delivery', async () => {
    const { el } = await ordersFor('m_1001');
    const items = orders(el);
    expect(items.length).to.be.greaterThan(2);
    const first = items[0]!;
    expect(text(first)).to.contain('劳动者帆布袋 手提');
    expect(shadowText(el, '[part~="status"]')).to.equal('已确认');
    expect(text(first)).to.contain('200 积分');
    expect(text(first)).to.contain('沈**');
    expect(text(first)).to.contain('199****1001');
    const statuses = items.map((item) => text(item.querySelector('[part~="status"]')!));
    expect(statuses).to.include('已取消');
    expect(statuses).to.include('已发货');
    // Only cancellable orders have a cancel button.
    expect(first.querySelector('[part="cancel-button"]')).not.to.equal(null);
    const cancelled = items.find((item) => text(item).includes('已取消'))!;
    expect(cancelled.querySelector('[part="cancel-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the quantity in words a screen reader reads, × only shown', async () => {
    // What a screen reader reads: the text without aria-hidden parts (× is read 乘 / "times").
    const spoken = (node: Node): string =>
      node instanceof Element && node.getAttribute('aria-hidden') === 'true'
        ? ''
        : node.nodeType === Node.TEXT_NODE
          ? node.textContent!
          : [...node.childNodes].map(spoken).join('');
    for (const [locale, words] of [
      ['zh-CN', /兑换数量\s*1 · 合计/],
      ['en', /Quantity\s*1 · Total/],
    ] as const) {
      const { el } = await ordersFor(
        'm_1001',
        {},
        html`<jg-mall-orders locale=${locale}></jg-mall-orders>`,
      );
      const line = [...orders(el)[0]!.querySelectorAll('p')].find((p) =>
        p.querySelector('strong'),
      )!;
      const said = spoken(line).replace(/\s+/g, ' ');
      expect(said).to.match(words);
      expect(said).not.to.contain('×');
      // What is seen stays × 1.
      expect(line.querySelector('[aria-hidden="true"]')?.textContent).to.equal('×');
      expect(getComputedStyle(line.querySelector('.jg-visually-hidden')!).position).to.equal(
        'absolute',
      );
    }
  });

  it('cancels after confirmation: points return and the event fires', async () => {
    const before = (await sandboxClient('m_1001').me.points.get()).balance;
    const { el } = await ordersFor('m_1001');
    const first = orders(el)[0]!;
    first.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    const confirm = part(el, 'confirm-cancel')!;
    expect(text(confirm)).to.contain('确定取消“\u2068劳动者帆布袋 手提\u2069”的兑换吗');
    // Focus moves to 暂不取消, as in every other confirmation: a second Enter keeps the order.
    expect(root(el).activeElement?.textContent?.trim()).to.equal('暂不取消');
    await expect(el).to.be.accessible();
    setTimeout(() => part(el, 'confirm-cancel')!.querySelector('button')!.click());
    const { detail } = await oneEvent(el, 'jg-order-cancelled');
    expect(detail.order.status).to.equal('cancelled');
    expect(detail.order.balanceAfter).to.equal(before + 200);
    await el.updateComplete;
    expect(text(orders(el)[0]!.querySelector('[part~="status"]')!)).to.equal('已取消');
    expect(orders(el)[0]!.querySelector('[part="cancel-button"]')).to.equal(null);
    // Focus stays on the order, not lost with the confirmation.
    await waitUntil(() => root(el).activeElement === orders(el)[0]!.querySelector('h3'), 'focus');
    expect(shadowText(el, '[role="status"].jg-visually-hidden')).to.equal(
      '订单已取消，200 积分已退回。',
    );
    expect((await sandboxClient('m_1001').me.points.get()).balance).to.equal(before + 200);
  });

  /**
   * A shared phone: 沈嘉禾 (m_1001) taps 确定取消 on a slow network, then the app signs 陆小溪
   * (m_1002) in by handing the provider a client with her session; once her orders are in, his
   * cancel's answer comes (`fails`: it never reached the server and fails as a dropped
   * connection). Resolves half a second later with what the element told the page meanwhile.
   */
  async function cancelThenSwitch(fails: boolean) {
    const network = fails
      ? heldFetch(isPost, {
          before: true,
          send: () => Promise.reject(new TypeError('Failed to fetch')),
        })
      : heldFetch(isPost);
    const { el } = await ordersFor('m_1001', { ...(fails && { retry: 0 }), fetch: network });
    const cancelled: unknown[] = [];
    const errors: unknown[] = [];
    el.addEventListener('jg-order-cancelled', (event) => cancelled.push(event.detail.order));
    el.addEventListener('jg-error', (event) => errors.push(event.detail.error));
    orders(el)[0]!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    part(el, 'confirm-cancel')!.querySelector('button')!.click();
    await el.updateComplete;
    const hers = sandboxClient('m_1002');
    (el.parentElement as HTMLElement & { client: unknown }).client = hers;
    await waitUntil(() => hers.requests.includes('GET /v1/me/orders') && !isLoading(el), 'hers');
    network.release();
    await sleep(500);
    return { el, cancelled, errors };
  }

  it("does not announce or report the previous member's cancel when its answer comes after the switch", async () => {
    const { el, cancelled, errors } = await cancelThenSwitch(false);
    expect(shadowText(el, '[role="status"].jg-visually-hidden'), 'his refund said').to.equal('');
    expect([...cancelled, ...errors], 'his cancel told the page as hers').to.deep.equal([]);
  });

  it("fires no jg-error on her page for the previous member's cancel failing after the switch", async () => {
    const { el, errors } = await cancelThenSwitch(true);
    expect(errors, 'his failure told as hers').to.deep.equal([]);
    expect(root(el).querySelector('.failure')).to.equal(null);
  });

  it("leaves the previous member's cancel unsaid once another member signs in", async () => {
    const { el } = await ordersFor('m_1001');
    orders(el)[0]!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    setTimeout(() => part(el, 'confirm-cancel')!.querySelector('button')!.click());
    await oneEvent(el, 'jg-order-cancelled');
    await el.updateComplete;
    expect(shadowText(el, '[role="status"].jg-visually-hidden')).to.equal(
      '订单已取消，200 积分已退回。',
    );
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1002');
    await new Promise(requestAnimationFrame);
    expect(shadowText(el, '[role="status"].jg-visually-hidden'), 'his refund').to.equal('');
  });

  it('keeps focus on 确定取消 when a cancel fails, to try again', async () => {
    const { el } = await ordersFor('m_1001', {
      retry: 0,
      fetch: (input, init) =>
        new Request(input, init).method === 'POST'
          ? // Long enough in flight for the page to render the disabled button.
            sleep(300).then(() => Promise.reject(new TypeError('Failed to fetch')))
          : fetch(input, init),
    });
    orders(el)[0]!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    // The question opens on 暂不取消: back to 确定取消.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('.failure'), 'failure shown');
    await el.updateComplete;
    await sleep(50);
    expect(root(el).activeElement?.textContent?.trim(), 'focus').to.equal('确定取消');
    expect(text(orders(el)[0]!.querySelector('[part~="status"]')!)).to.equal('已确认');
  });

  it('a cancel whose answer was lost, tapped again, returns the points once', async () => {
    // The server cancelled the order, but the phone lost the answer: the member sees the failure
    // and taps 确定取消 again. The order is cancelled once and its points come back once.
    const api = sandboxClient('m_1001');
    const before = (await api.me.points.get()).balance;
    let lost = 0;
    const { el } = await ordersFor('m_1001', {
      retry: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (new Request(input, init).url.endsWith('/cancel') && !lost++) {
          throw new TypeError('Failed to fetch');
        }
        return response;
      },
    });
    const id = orders(el)[0]!.querySelector('h3')!.id;
    orders(el)[0]!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'confirm-cancel')!.querySelector('button')!.click();
    await waitUntil(() => root(el).querySelector('.failure'), 'failure shown');
    expect(text(orders(el)[0]!.querySelector('[part~="status"]')!)).to.equal('已确认');
    setTimeout(() => part(el, 'confirm-cancel')!.querySelector('button')!.click());
    const { detail } = await oneEvent(el, 'jg-order-cancelled');
    expect(detail.order.balanceAfter).to.equal(before + 200);
    await el.updateComplete;
    expect(root(el).querySelector('.failure')).to.equal(null);
    expect(
      text(root(el).getElementById(id)!.closest('li')!.querySelector('[part~="status"]')!),
    ).to.equal('已取消');
    expect((await api.me.points.get()).balance).to.equal(before + 200);
    const { data } = await api.me.points.transactions({ type: 'refund', limit: 100 });
    expect(data.filter((entry) => entry.description.includes('劳动者帆布袋'))).to.have.length(1);
  });

  it('keeps the order when the member presses Enter twice (keyboard)', async () => {
    // An older member's double press: the question opens on 暂不取消, so the second Enter keeps
    // the order (it cancelled it when the question opened on 确定取消).
    const { el, client } = await ordersFor('m_1001');
    const button = orders(el)[0]!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'confirm-cancel')).to.equal(null);
    expect(root(el).activeElement?.getAttribute('part')).to.equal('cancel-button');
    expect(client.requests.filter((r) => r.includes('/cancel'))).to.have.length(0);
  });

  it('cancelling an order already cancelled elsewhere just shows it cancelled', async () => {
    const { el } = await ordersFor('m_1001');
    const orderId = orders(el)[0]!.querySelector('h3')!.id.replace('order-', '');
    // Cancelling is naturally idempotent: the second cancel answers the cancelled order.
    await sandboxClient('m_1001').me.orders.cancel(orderId);
    orders(el)[0]!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'confirm-cancel')!.querySelector('button')!.click();
    await waitUntil(() => text(orders(el)[0]!).includes('已取消'), 'shows cancelled');
  });

  it('says when an order can no longer be cancelled, and shows its current status', async () => {
    // The list still says cancellable; meanwhile the order shipped.
    const { el } = await ordersFor('m_1001', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/me/orders'
          ? {
              ...(body as { data: Order[] }),
              data: (body as { data: Order[] }).data.map((o) =>
                o.status === 'shipped' ? { ...o, cancellable: true } : o,
              ),
            }
          : undefined,
      ),
    });
    const shipped = orders(el).find((item) => text(item).includes('已发货'))!;
    shipped.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'confirm-cancel')!.querySelector('button')!.click();
    await waitUntil(() => shipped.querySelector('.failure'), 'failure shown');
    expect(text(shipped.querySelector('.failure')!)).to.equal('该订单当前无法取消');
    expect(shipped.querySelector('.failure')!.getAttribute('role')).to.equal('alert');
    await waitUntil(() => !shipped.querySelector('[part="cancel-button"]'), 'fresh order shown');
    await expect(el).to.be.accessible();
  });

  it('shows an order cancelled on another phone when the member comes back, in place', async () => {
    const { el, client } = await ordersFor('m_1001');
    const list = part(el, 'list');
    const first = orders(el)[0]!;
    const orderId = first.querySelector('h3')!.id.replace('order-', '');
    expect(first.querySelector('[part="cancel-button"]')).not.to.equal(null);
    // Cancelled on the member's other phone while this page was in the background.
    await sandboxClient('m_1001').me.orders.cancel(orderId);
    const lists = () => client.requests.filter((r) => r === 'GET /v1/me/orders').length;
    const before = lists();
    // Back twice in quick succession (the app switcher): one request, not one per return.
    await leaveAndComeBack();
    await leaveAndComeBack();
    await waitUntil(() => text(orders(el)[0]!).includes('已取消'), 'shows it cancelled');
    expect(orders(el)[0]!.querySelector('[part="cancel-button"]')).to.equal(null);
    // The same list, never replaced by a skeleton.
    expect(part(el, 'list')).to.equal(list);
    expect(lists()).to.equal(before + 1);
  });

  it('a refresh on return that fails keeps the list or empty state and fires no jg-error', async () => {
    // The phone wakes with its network not back yet: the refresh is the element's own idea, so
    // its failure is nobody's to report, with orders on screen or none.
    for (const memberId of ['m_1001', 'm_1005']) {
      let offline = false;
      let failed = 0;
      const { el } = await ordersFor(memberId, {
        retry: 0,
        fetch: (input, init) =>
          offline
            ? (failed++, Promise.reject(new TypeError('Failed to fetch')))
            : fetch(input, init),
      });
      const shown = text(root(el).querySelector('[part="list"], [part="empty"]')!);
      const errors: Event[] = [];
      el.addEventListener('jg-error', (event) => errors.push(event));
      offline = true;
      await leaveAndComeBack();
      const list = (el as unknown as { list: { busy?: boolean } }).list;
      await waitUntil(() => failed > 0 && !list.busy, `${memberId}: the refresh ends`);
      await el.updateComplete;
      expect(errors, memberId).to.have.length(0);
      expect(text(root(el).querySelector('[part="list"], [part="empty"]')!), memberId).to.equal(
        shown,
      );
    }
  });

  it('shows an empty state for a member without orders', async () => {
    const { el } = await ordersFor('m_1005');
    expect(shadowText(el, '[part="empty"]')).to.contain('还没有兑换记录');
    await expect(el).to.be.accessible();
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('.empty-action button')!.click());
    const event = await oneEvent(el, 'jg-navigate');
    expect(event.detail).to.deep.equal({ view: 'grid' });
  });

  it('loads more pages on demand', async () => {
    // Give m_1002 more orders than one page (20).
    const api = sandboxClient('m_1002');
    for (let i = 0; i < 21; i++) {
      await api.me.orders.create({ productId: 'prd_0002', quantity: 1 });
      if (i === 0) {
        // 200 points cover two; top up for the rest.
        await fetch('/__jg/sandbox/members/m_1002/points', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ balance: 5000 }),
        });
      }
    }
    const { el } = await ordersFor('m_1002');
    expect(orders(el)).to.have.length(20);
    const more = part<HTMLButtonElement>(el, 'load-more')!;
    more.click();
    await waitUntil(() => orders(el).length === 21, 'second page');
    expect(part(el, 'load-more')).to.equal(null);
  });

  it('shows a skeleton, then an error with a retry that recovers', async () => {
    let fail = true;
    const client = sandboxClient('m_1001', {
      retry: 0,
      fetch: (input, init) =>
        fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    });
    const el = await clientFixture<JgMallOrders>(client, html`<jg-mall-orders></jg-mall-orders>`, {
      wait: false,
    });
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'error'), 'error');
    await expect(el).to.be.accessible();
    fail = false;
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await waitUntil(() => orders(el).length > 0, 'recovered');
  });

  it('puts the focus on the first order when the retry recovers (offline at first)', async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgMallOrders>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-mall-orders></jg-mall-orders>`,
    );
    await waitUntil(() => part(el, 'retry-button'), 'the error');
    part(el, 'retry-button')!.focus();
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => orders(el).length > 0, 'recovered');
    // Without: on the page's start (the retry left with the error).
    await waitUntil(() => root(el).activeElement === orders(el)[0], 'focus on the first order');
  });

  it('leaves the focus where the member put it while the retry was loading', async () => {
    // A member who pressed 重试 on a slow network and went on to the page's own links meanwhile:
    // the orders that arrived took the focus from her.
    const net = offlineThenSlow((request) => request.url.includes('/me/orders'));
    const el = await clientFixture<JgMallOrders>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-mall-orders></jg-mall-orders>`,
    );
    // Without: on the first order.
    await expectFocusKeptElsewhereDuringRetry(el, net, () => orders(el).length > 0);
  });

  it('speaks English and is accessible in dark senior mode', async () => {
    const { el } = await ordersFor(
      'm_1001',
      {},
      html`<jg-mall-orders locale="en" theme="dark" senior></jg-mall-orders>`,
    );
    expect(shadowText(el, 'h2')).to.equal('My orders');
    expect(shadowText(el, '[part~="status"]')).to.equal('Confirmed');
    await expect(el).to.be.accessible();
  });
});
