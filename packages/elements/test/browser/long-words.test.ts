// Text from the API with a word longer than a phone is wide (a URL in an offer, an English or
// pinyin name without spaces, a run of digits): it must wrap inside its card, not widen the card
// past the screen and push what follows it (the member code button) out of reach. The answer is
// the sandbox's, rewritten as such an API would send it; boxes are read in a 360 px column.
import { expect, html } from '@open-wc/testing';
import '../../src/provider/index.js';
import '../../src/merchant-list/index.js';
import type { JgMerchantList } from '../../src/merchant-list/merchant-list.js';
import {
  clientFixture,
  rewritingFetch,
  sandboxClient,
  waitForLoad,
} from '../support/test-helpers.js';

const URL_OFFER = `凭会员码享九折，详见https://example.com/${'member-offer-'.repeat(8)}`;
const LONG_NAME = 'JiaxingNanhuWorkersCulturalPalaceBookstoreAndCafe'.repeat(2);
const LONG_ADDRESS = `Room${'1234567890'.repeat(6)}`;

describe('a word longer than the screen, from the API, wraps inside its card', function () {
  this.timeout(30_000);

  it('<jg-merchant-list>: name, offer and address; the code button stays on screen', async () => {
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/merchants') return undefined;
        const page = body as { data: { name: string; discount: string; address: string }[] };
        Object.assign(page.data[0]!, { discount: URL_OFFER });
        Object.assign(page.data[1]!, { name: LONG_NAME });
        Object.assign(page.data[2]!, { address: LONG_ADDRESS });
        return page;
      }),
    });
    const el = await clientFixture<JgMerchantList>(
      client,
      html`<jg-merchant-list page-size="3" style="width: 360px"></jg-merchant-list>`,
    );
    await waitForLoad(el);
    const right = el.getBoundingClientRect().right + 0.5;
    const cards = [...el.shadowRoot!.querySelectorAll('[part="merchant"]')];
    expect(cards.length).to.equal(3);
    for (const [i, card] of cards.entries()) {
      for (const box of card.querySelectorAll(
        'p, [part~="merchant-name"], [part~="code-button"]',
      )) {
        const edge = Math.round(box.getBoundingClientRect().right);
        expect(edge, `card ${i + 1}, ${box.getAttribute('part') ?? box.className}`).to.be.at.most(
          right,
        );
      }
    }
    expect(cards[0]!.textContent).to.contain(URL_OFFER);
  });
});
