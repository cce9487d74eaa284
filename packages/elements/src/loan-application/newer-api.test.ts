// The API under /v1 may add values to its answers (a repayment method, a product kind, a consent
// purpose, an application status) before the partner's app updates this SDK: each answer here is
// the sandbox's, rewritten as a newer API would send it.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { LoanProduct } from '@jiagong/contract';
import './define.js';
import '../provider/define.js';
import { providerFixture } from '../../test/support/test-helpers.js';
import type { JgLoanApplication } from './loan-application.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function settle(el: JgLoanApplication): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

async function click(el: JgLoanApplication, selector: string): Promise<void> {
  q(el, selector)!.click();
  await settle(el);
}

describe('<jg-loan-application> with a newer API', function () {
  this.timeout(30_000);

  it('never offers or sends a repayment method it cannot name, and lists the product', async () => {
    // As loan-application.test.ts's mountWithProducts: the page's products come from the sandbox,
    // rewritten.
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      if (!new Request(input, init).url.endsWith('/v1/loans/products')) return response;
      const { data } = (await response.json()) as { data: LoanProduct[] };
      for (const product of data) {
        Object.assign(product, { kind: 'housing' });
        for (const text of product.consents) Object.assign(text, { purpose: 'insurance' });
        // Its only method is one this version does not know (the form picks a lone method).
        const methods = product.id === 'lp_startup' ? [] : product.repaymentMethods;
        Object.assign(product, { repaymentMethods: [...methods, 'balloon'] });
      }
      return new Response(JSON.stringify({ data }), {
        status: response.status,
        headers: response.headers,
      });
    };
    let el: JgLoanApplication;
    try {
      el = await providerFixture<JgLoanApplication>(
        'm_1005',
        html`<jg-loan-application></jg-loan-application>`,
      );
      await waitUntil(() => q(el, 'form') || q(el, '[part~="error"]'), 'nothing rendered', {
        timeout: 10_000,
      });
    } finally {
      window.fetch = realFetch;
    }
    expect(q(el, '#product-lp_startup'), 'the product is listed').not.to.equal(null);
    const methods = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="repaymentMethod"]')].map(
        (input) => input.value,
      );

    await click(el, '#product-lp_consumer');
    await click(el, '[part~="next-button"]');
    expect(el.step).to.equal('amount');
    expect(methods()).to.deep.equal(['equal-instalment', 'equal-principal']);

    await click(el, '[part~="back-button"]');
    await click(el, '#product-lp_startup');
    await click(el, '[part~="next-button"]');
    expect(el.step).to.equal('amount');
    expect(methods()).to.deep.equal([]);
    const amount = q(el, '[name="amountFen"]')!.shadowRoot!.querySelector('input')!;
    amount.value = '10万';
    amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, '[part~="next-button"]');
    // The lone unknown method, picked for the member, is refused rather than sent.
    expect(el.step).to.equal('amount');
    expect(q(el, '#err-repaymentMethod, [part="field-error"]')?.textContent).to.contain(
      '暂不能在这里申请',
    );
  });
});
