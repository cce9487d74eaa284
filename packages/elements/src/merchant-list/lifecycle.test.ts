// The merchant list inside single-page apps that move and remove it (React re-parenting, a tab
// container): what the member typed in the search is applied once it is back, and a removed list
// asks for nothing more.
import { expect, html } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMerchantList } from './merchant-list.js';
import { clientFixture, sandboxClient, sleep } from '../../test/support/test-helpers.js';

function type(el: Element, text: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('jg-merchant-list moved and removed', function () {
  this.timeout(30_000);

  it('a search typed just before a move is applied', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgMerchantList>(
      client,
      html`<jg-merchant-list></jg-merchant-list>`,
    );
    type(el, '茶');
    // React re-parenting: removed, then inserted elsewhere in the same task.
    const parent = document.createElement('div');
    el.parentElement!.append(parent);
    el.remove();
    parent.append(el);
    await sleep(800);
    expect(el.search).to.equal('茶');
  });

  it('a search typed just before a removal asks for nothing', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgMerchantList>(
      client,
      html`<jg-merchant-list></jg-merchant-list>`,
    );
    type(el, '茶');
    const before = client.requests.length;
    el.remove();
    await sleep(800);
    expect(el.search).to.equal('');
    expect(client.requests.slice(before)).to.deep.equal([]);
  });
});
