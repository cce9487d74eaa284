// The API under /v1 may add a merchant category before the partner's app updates this SDK: the
// answer is the sandbox's, rewritten as a newer API would send it. The list is not an error and
// the merchant reads the API's own category name.
import { expect, html } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import {
  clientFixture,
  rewritingFetch,
  sandboxClient,
  waitForLoad,
} from '../../test/support/test-helpers.js';
import type { JgMerchantList } from './merchant-list.js';

describe('<jg-merchant-list> with a newer API', function () {
  this.timeout(30_000);

  it('lists a merchant of a category it does not know under the API’s category name', async () => {
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/merchants') return undefined;
        const page = body as { data: Record<string, unknown>[] };
        Object.assign(page.data[0]!, { category: 'culture', categoryName: '文化场馆' });
        return page;
      }),
    });
    const el = await clientFixture<JgMerchantList>(
      client,
      html`<jg-merchant-list page-size="5"></jg-merchant-list>`,
    );
    await waitForLoad(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="error"]')).to.equal(null);
    const merchants = [...root.querySelectorAll('[part="merchant"]')];
    expect(merchants.length).to.be.greaterThan(1);
    expect(merchants[0]!.querySelector('[part="merchant-meta"]')!.textContent).to.contain(
      '文化场馆',
    );
    // The filter still offers only the categories this version knows.
    const options = [...root.querySelectorAll('[part="category-select"] option')].map(
      (option) => (option as HTMLOptionElement).value,
    );
    expect(options).not.to.include('culture');
  });
});
