// The redemption confirmation left open longer than a member session lasts (15 minutes), then
// 确认兑换: the server refuses the old session, and the renewal itself may fail once for want of
// network. The member must end with exactly one order and no dead end.
import { expect, html } from '@open-wc/testing';
import type { Order } from '@jiagong/contract';
import '../provider/index.js';
import './index.js';
import type { JgMallProduct } from './mall-product.js';
import {
  clientFixture,
  guardWebStorage,
  sandboxClient,
  shadowText,
  tokenFor,
  waitUntil,
} from '../../test/support/test-helpers.js';

declare const describe: (name: string, body: (this: { timeout(ms: number): void }) => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;

const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<E>(`[part~="${name}"]`);

async function ordersOf(memberId: string, productId: string): Promise<Order[]> {
  const { data } = await sandboxClient(memberId).me.orders.list({ limit: 100 });
  return data.filter((order) => order.productId === productId);
}

describe('jg-mall-product left open past the session', function () {
  this.timeout(60_000);

  guardWebStorage({ resetSandbox: true });

  it('redeems exactly once after the session expired and its renewal failed once', async () => {
    const before = (await ordersOf('m_1001', 'prd_0002')).length;
    let sessions = 0;
    let expired = false;
    const keys: string[] = [];
    const client = sandboxClient('m_1001', {
      getSessionToken: async () => {
        sessions += 1;
        // The first renewal meets a tunnel: the partner's back end cannot be reached.
        if (sessions === 2) throw new TypeError('Failed to fetch');
        return tokenFor('m_1001');
      },
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && request.url.endsWith('/v1/me/orders')) {
          keys.push(request.headers.get('idempotency-key')!);
          // The session the page got 15 minutes ago: the server no longer knows it.
          if (!expired) {
            expired = true;
            request.headers.set('authorization', 'Bearer st_expired_long_ago');
          }
        }
        return fetch(request);
      },
    });
    const el = await clientFixture<JgMallProduct>(
      client,
      html`<jg-mall-product product-id="prd_0002"></jg-mall-product>`,
    );
    await waitUntil(() => el.balance !== undefined, 'balance known');
    part<HTMLButtonElement>(el, 'redeem-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open, 'confirmation open');
    await el.updateComplete;

    part<HTMLButtonElement>(el, 'confirm-button')!.click();
    // Refused, renewed, and the renewal failed: the outcome is unknown, with a retry.
    await waitUntil(() => part(el, 'failure'), 'failure shown', { timeout: 20_000 });
    expect(shadowText(el, '[part="failure"]')).to.contain('请点击重试');
    expect((await ordersOf('m_1001', 'prd_0002')).length).to.equal(before);

    part<HTMLButtonElement>(el, 'confirm-button')!.click();
    await waitUntil(() => part(el, 'success'), 'success after the retry', { timeout: 20_000 });
    expect((await ordersOf('m_1001', 'prd_0002')).length).to.equal(before + 1);
    // One attempt, one key: refused, then sent again with a new session.
    expect(new Set(keys).size).to.equal(1);
    expect(sessions).to.equal(3);
  });
});
