// The API under /v1 may add values to its answers (a repayment method, a product kind, a consent
// purpose, an application status) before the partner's app updates this SDK: each answer here is
// the sandbox's, rewritten as a newer API would send it.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { LoanApplication, LoanProduct } from '@jiagong/contract';
import './define.js';
import '../provider/define.js';
import { clientFixture, rewritingFetch, sandboxClient } from '../../test/support/test-helpers.js';
import type { JgLoanApplication } from './loan-application.js';
import type { JgLoanStatus } from './loan-status.js';

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

/**
 * Mounts `template` for a member, the answers of `path` rewritten by `rewrite` (as a newer API
 * would send them), and waits until it shows its content or an error.
 */
async function mountRewritten<T extends Element>(
  memberId: string,
  template: ReturnType<typeof html>,
  path: string,
  rewrite: (body: never) => void,
  content: string,
): Promise<T> {
  const client = sandboxClient(memberId, {
    fetch: rewritingFetch((at, body) => {
      if (at !== path) return undefined;
      rewrite(body as never);
      return body;
    }),
  });
  const el = await clientFixture<T>(client, template, { wait: false });
  await waitUntil(() => q(el, content) || q(el, '[part~="error"]'), 'nothing rendered', {
    timeout: 10_000,
  });
  return el;
}

describe('<jg-loan-application> with a newer API', function () {
  this.timeout(30_000);

  it('never offers or sends a repayment method it cannot name (nor constructor), and lists the product', async () => {
    const el = await mountRewritten<JgLoanApplication>(
      'm_1005',
      html`<jg-loan-application></jg-loan-application>`,
      '/v1/loans/products',
      ({ data }: { data: LoanProduct[] }) => {
        for (const product of data) {
          Object.assign(product, { kind: 'housing' });
          for (const text of product.consents) Object.assign(text, { purpose: 'insurance' });
          // Its only methods are ones this version does not know (the form picks a lone method):
          // constructor, a name every object inherits, was offered with Object's function text
          // as its label, and picked and sent.
          const methods = product.id === 'lp_startup' ? [] : product.repaymentMethods;
          Object.assign(product, { repaymentMethods: [...methods, 'balloon', 'constructor'] });
        }
      },
      'form',
    );
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
    // (With no method to name, the group asks for one: the member cannot go on with it here.)
    expect(q(el, '#err-repaymentMethod')?.textContent).to.contain('请选择还款方式');
  });

  it('<jg-loan-status> lists an application of a status a newer API added, as 其他状态', async () => {
    const el = await mountRewritten<JgLoanStatus>(
      'm_1001',
      html`<jg-loan-status></jg-loan-status>`,
      '/v1/me/loan-applications',
      ({ data: [first] }: { data: LoanApplication[] }) => {
        Object.assign(first!, {
          status: 'signed',
          repaymentMethod: 'balloon',
          withdrawable: false,
        });
        first!.timeline.push({ ...first!.timeline[0]!, status: 'signed' as never, note: null });
      },
      '[part~="application"]',
    );
    expect(q(el, '[part~="error"]')).to.equal(null);
    const first = q(el, '[part~="application"]')!;
    expect(first.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('其他状态');
    const steps = [...first.querySelectorAll('.timeline__label')].map((s) => s.textContent!.trim());
    expect(steps.at(-1)).to.equal('其他状态');
    expect(steps).not.to.include('');
    // Nothing is said to be still ahead of a status this version does not know.
    expect(first.querySelector('.is-pending')).to.equal(null);
    expect(first.querySelector('[part="withdraw-button"]')).to.equal(null);
  });

  it('<jg-loan-status> leaves out a repayment method it cannot name (nor constructor)', async () => {
    // m.methods['balloon'] is undefined: the summary read '… 12 个月 ·  · 年化利率'; and
    // m.methods['constructor'] is Object, shown as 'function Object() { [native code] }'.
    for (const method of ['balloon', 'constructor']) {
      const el = await mountRewritten<JgLoanStatus>(
        'm_1001',
        html`<jg-loan-status></jg-loan-status>`,
        '/v1/me/loan-applications',
        ({ data }: { data: LoanApplication[] }) => {
          for (const app of data) app.repaymentMethod = method as never;
        },
        '[part~="application"]',
      );
      const text = q(el, '[part~="application"] p')!.textContent!.replace(/\s+/g, ' ');
      expect(text, method).to.match(/个月 · 年化利率/);
      expect(text, method).not.to.contain('function');
    }
  });

  it('<jg-loan-status> reads a status named constructor, __proto__ or toString as 其他状态', async () => {
    // Looked up as any key of the status texts, these showed Object's function text
    // ('function Object() { [native code] }') in the badge and the timeline.
    const el = await mountRewritten<JgLoanStatus>(
      'm_1001',
      html`<jg-loan-status></jg-loan-status>`,
      '/v1/me/loan-applications',
      ({ data: [first] }: { data: LoanApplication[] }) => {
        Object.assign(first!, { status: 'constructor', withdrawable: false });
        for (const status of ['__proto__', 'toString']) {
          first!.timeline.push({ ...first!.timeline[0]!, status: status as never, note: null });
        }
      },
      '[part~="application"]',
    );
    const first = q(el, '[part~="application"]')!;
    const badge = first.querySelector('[part~="status"]')!;
    expect(badge.textContent!.trim()).to.equal('其他状态');
    expect(badge.getAttribute('part')).to.equal('status status-other');
    const steps = [...first.querySelectorAll('.timeline__label')].map((s) => s.textContent!.trim());
    expect(steps.slice(-2)).to.deep.equal(['其他状态', '其他状态']);
  });

  it('<jg-loan-status> never makes a new status a class or part of its own', async () => {
    // `draft` is a status a newer API may well add, and a class of the form's stylesheet (the
    // draft line's end-aligned figures): the badge must stay a plain 其他状态 badge.
    const el = await mountRewritten<JgLoanStatus>(
      'm_1001',
      html`<jg-loan-status></jg-loan-status>`,
      '/v1/me/loan-applications',
      ({ data }: { data: LoanApplication[] }) => Object.assign(data[0]!, { status: 'draft' }),
      '[part~="application"]',
    );
    const badge = q(el, '[part~="application"] [part~="status"]')!;
    expect(badge.textContent!.trim()).to.equal('其他状态');
    expect(badge.getAttribute('part')).to.equal('status status-other');
    expect(badge.classList.contains('draft')).to.equal(false);
    expect(getComputedStyle(badge).textAlign).not.to.equal('end');
  });
});
