import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@jiagong/client';
import '../provider/index.js';
import '../loan-application/define.js';
import '../loan-application/en.js';
import '../points-mall/index.js';
import '../points-mall/en.js';
import type { JgLoanApplication } from '../loan-application/loan-application.js';
import type { JgMallProduct } from '../points-mall/mall-product.js';
import type { JgPointsMall } from '../points-mall/points-mall.js';
import {
  PUBLISHABLE_KEY,
  TOKEN_ENDPOINT,
  clientFixture,
  providerFixture,
  resetSandbox,
  sandboxClient,
  sandboxUrl,
  sleep,
  tokenFor,
  waitUntil,
} from '../../test/support/test-helpers.js';

// An app that signs another member in and switches to the language she prefers in the same
// update (a new client or session source, and a new `locale`): a new session, not a language
// switch, so nothing the previous member typed stays on screen or is sent under hers. A language
// switch alone keeps what was typed, inside a composite too.

type Provider = HTMLElement & { client?: unknown; locale?: string; tokenEndpoint?: string };
const providerOf = (el: Element) => el.parentElement as Provider;
const root = (el: Element) => el.shadowRoot!;
const field = (el: Element, id: string) =>
  root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
const DELIVERY = [
  ['recipient', '测试人'],
  ['mobile', '13800138000'],
  ['province', '浙江省'],
  ['city', '嘉兴市'],
  ['district', '南湖区'],
  ['address', '测试路 1 号'],
] as const;

async function fillDelivery(el: JgMallProduct): Promise<void> {
  for (const [id, value] of DELIVERY) {
    const input = field(el, id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('blur'));
  }
  await el.updateComplete;
}

const english = (el: Element) =>
  root(el).querySelector('[part="back-button"]')?.textContent?.trim() == 'Back to products';

/** The product view inside a points mall, once loaded. */
async function productIn(mall: JgPointsMall): Promise<JgMallProduct> {
  let product!: JgMallProduct;
  await waitUntil(
    () => (product = root(mall).querySelector('jg-mall-product')!) && !!field(product, 'recipient'),
    'the product view did not load',
    { timeout: 10_000 },
  );
  await waitUntil(() => product.balance !== undefined, 'no balance');
  return product;
}

describe('another member signed in together with a new language', function () {
  this.timeout(60_000);

  before(resetSandbox);
  // Her draft (and any save a removed form sends on its way out) is not left for later files.
  after(async () => {
    await sleep(400);
    await resetSandbox();
  });

  it("the loan form keeps none of the previous member's answers", async () => {
    // 陆小溪 (m_1002) saved a draft earlier; 沈嘉禾 (m_1001) is filling in the form when the bank
    // app signs her in and switches to English, her language, in one go.
    const her = createClient({
      baseUrl: sandboxUrl(),
      publishableKey: PUBLISHABLE_KEY,
      getSessionToken: () => tokenFor('m_1002'),
    });
    await her.me.loanDraft.save({
      step: 'amount',
      values: { productId: 'lp_startup', amountFen: '30000000' },
    });
    const el = await clientFixture<JgLoanApplication>(
      sandboxClient('m_1001'),
      html`<jg-loan-application></jg-loan-application>`,
      { wait: false },
    );
    const q = <T extends Element = HTMLElement>(selector: string) =>
      root(el).querySelector<T>(selector)!;
    const settle = async () => {
      await el.updateComplete;
      await sleep(0);
      await el.updateComplete;
    };
    const fill = async (name: string, text: string) => {
      const control = q(`[name="${name}"]`);
      const input = (control.shadowRoot?.querySelector('input') ?? control) as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle();
    };
    const click = async (selector: string) => {
      q(selector).click();
      await settle();
    };
    await waitUntil(() => q('form'), 'the form did not render', { timeout: 10_000 });
    await click('#product-lp_startup');
    await click('[part~="next-button"]');
    await fill('amountFen', '20万');
    await click('input[name="termMonths"][value="12"]');
    await click('input[name="repaymentMethod"][value="equal-instalment"]');
    await click('[part~="next-button"]');
    expect(el.step).to.equal('applicant');
    await fill('name', '沈嘉禾');
    await fill('idNumber', '330499198601011239');
    const provider = providerOf(el);
    provider.client = sandboxClient('m_1002');
    provider.locale = 'en';
    // Her own draft, from its step, in English: none of his answers.
    await waitUntil(() => el.step == 'amount', 'her draft was not restored', { timeout: 10_000 });
    await waitUntil(() => /Step 2/.test(q('#heading').textContent!), 'not in English');
    await settle();
    expect(q<HTMLElement & { value: string }>('jg-amount-input').value).to.equal('30000000');
    expect(q('input[name="termMonths"]:checked')).to.equal(null);
    // Past his pause in typing: nothing of his was saved into her draft.
    await sleep(1500);
    expect((await her.me.loanDraft.get()).draft).to.deep.include({
      step: 'amount',
      values: { productId: 'lp_startup', amountFen: '30000000' },
    });
  });

  it("the mall's product view keeps none of the previous member's delivery details", async () => {
    const el = await clientFixture<JgMallProduct>(
      sandboxClient('m_1001'),
      html`<jg-mall-product product-id="prd_0006"></jg-mall-product>`,
    );
    await waitUntil(() => el.balance !== undefined, 'his balance');
    await fillDelivery(el);
    const provider = providerOf(el);
    provider.client = sandboxClient('m_1002');
    provider.locale = 'en';
    await waitUntil(() => english(el), 'English');
    for (const [id] of DELIVERY) expect(field(el, id).value, id).to.equal('');
    await waitUntil(() => el.balance === 200, 'her balance');
    expect(field(el, 'recipient').value).to.equal('');
  });

  it("the points mall's product view keeps none of them when the token endpoint changes", async () => {
    // A provider configured by attributes: the app signs her in by its token endpoint.
    const provider = await fixture<Provider>(html`
      <jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        token-endpoint=${`${TOKEN_ENDPOINT}?member=m_1001`}
      >
        <jg-points-mall view="product" product-id="prd_0006"></jg-points-mall>
      </jg-provider>
    `);
    const mall = provider.firstElementChild as JgPointsMall;
    const product = await productIn(mall);
    await fillDelivery(product);
    provider.tokenEndpoint = `${TOKEN_ENDPOINT}?member=m_1002`;
    provider.locale = 'en';
    await waitUntil(() => english(product), 'English');
    for (const [id] of DELIVERY) expect(field(product, id).value, id).to.equal('');
    await waitUntil(() => product.balance === 200, 'her balance', { timeout: 10_000 });
    expect(field(product, 'recipient').value).to.equal('');
  });

  it("a language switch alone keeps what was typed in the points mall's product view", async () => {
    const mall = await providerFixture<JgPointsMall>(
      'm_1001',
      html`<jg-points-mall view="product" product-id="prd_0006"></jg-points-mall>`,
      { wait: false },
    );
    const product = await productIn(mall);
    await fillDelivery(product);
    providerOf(mall).locale = 'en';
    await waitUntil(() => english(product), 'English');
    await sleep(300);
    for (const [id, value] of DELIVERY) expect(field(product, id).value, id).to.equal(value);
  });
});
