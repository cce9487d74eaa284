import { expect, fixture, html, oneEvent, waitUntil as waitUntilBase } from '@open-wc/testing';
import { expectNoZoomingFields } from '../../test/support/phone-layout.js';
import { applyForcedColorRules, systemColor } from '../../test/support/forced-colors.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@jiagong/client';
import { validateResidentId, type LoanProduct } from '@jiagong/contract';
import '../provider/define.js';
import './define.js';
import './en.js';
import {
  CLOSED_PORT_URL,
  PUBLISHABLE_KEY,
  clientFixture,
  heldFetch,
  providerFixture,
  resetSandbox,
  sandboxClient,
  sandboxUrl,
  sleep,
  tokenFor,
} from '../../test/support/test-helpers.js';
import { formatApr } from './estimate.js';
import type { JgLoanApplication } from './loan-application.js';
import type { JgLoanStatus } from './loan-status.js';
import type { LoanStep } from './model.js';

/** waitUntil with a timeout that suits a shared, busy sandbox (the default is 1 s). */
const waitUntil: typeof waitUntilBase = (predicate, message, options) =>
  waitUntilBase(predicate, message, { timeout: 10_000, ...options });

const MEMBER = 'm_1002';
const APPLICANT = {
  name: '陆小溪',
  idNumber: '330499199003071236',
  mobile: '19900001002',
};
const EMPLOYER = { name: '嘉兴示例科技有限公司', uscc: '91330402MA20000280', purpose: '店面装修' };

function clientFor(member: string) {
  return createClient({
    baseUrl: sandboxUrl(),
    publishableKey: PUBLISHABLE_KEY,
    getSessionToken: () => tokenFor(member),
  });
}

async function mount(member = MEMBER, attrs = ''): Promise<JgLoanApplication> {
  const el = await providerFixture<JgLoanApplication>(
    member,
    attrs === 'startup'
      ? html`<jg-loan-application product="lp_startup"></jg-loan-application>`
      : html`<jg-loan-application></jg-loan-application>`,
  );
  await waitUntil(() => !!q(el, 'form'), 'the form did not render', { timeout: 10_000 });
  return el;
}

/**
 * Mounts the form while the products list the page loads is rewritten by `edit` (as if the bank
 * changed its rules after the page loaded: only the server knows the new ones).
 */
async function mountWithProducts(edit: (products: LoanProduct[]) => void) {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    if (!new Request(input, init).url.endsWith('/v1/loans/products')) return response;
    const body = (await response.json()) as { data: LoanProduct[] };
    edit(body.data);
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: response.headers,
    });
  };
  try {
    return await mount();
  } finally {
    window.fetch = realFetch;
  }
}

/** The draft saves (`PUT /v1/me/loan-draft`) the page sends from now on, until `stop()`. */
function recordDraftSaves() {
  const realFetch = window.fetch;
  const saves: { at: number; keepalive: boolean; done: Promise<unknown> }[] = [];
  window.fetch = (input, init) => {
    const response = realFetch(input, init);
    // The client hands fetch its own Request, with keepalive on it when it asked for one.
    if (input instanceof Request && input.method == 'PUT' && input.url.endsWith('/me/loan-draft')) {
      saves.push({ at: performance.now(), keepalive: input.keepalive, done: response });
    }
    return response;
  };
  return { saves, stop: () => (window.fetch = realFetch) };
}

/** The page goes to the background (another app, the tab switcher) or comes back. */
function setPageVisibility(state: 'hidden' | 'visible'): void {
  // The state headless Chromium would report; removed again to fall back to the real getter.
  if (state == 'hidden') {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  } else {
    delete (document as { visibilityState?: string }).visibilityState;
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function settle(el: JgLoanApplication): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Types into a control of the current step as a member would (input events, composed). */
async function fill(el: JgLoanApplication, name: string, text: string): Promise<void> {
  const field = q<HTMLElement>(el, `[name="${name}"]`);
  const input = (field.shadowRoot?.querySelector('input') ?? field) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

async function click(el: JgLoanApplication, selector: string): Promise<void> {
  q<HTMLElement>(el, selector).click();
  await settle(el);
}

async function next(el: JgLoanApplication, expected?: LoanStep): Promise<void> {
  await click(el, '[part~="next-button"]');
  if (expected) expect(el.step).to.equal(expected);
}

/** Fills the steps before the consents with valid answers (or the given ID number). */
async function completeUntilConsents(
  el: JgLoanApplication,
  amount = '10万',
  idNumber = APPLICANT.idNumber,
): Promise<void> {
  await click(el, '#product-lp_startup');
  await next(el, 'amount');
  await fill(el, 'amountFen', amount);
  await click(el, 'input[name="termMonths"][value="12"]');
  await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
  await completeFromApplicant(el, idNumber);
}

/** From a valid amount step: fills the applicant and the employer and goes on to the consents. */
async function completeFromApplicant(
  el: JgLoanApplication,
  idNumber = APPLICANT.idNumber,
): Promise<void> {
  await next(el, 'applicant');
  await fill(el, 'name', APPLICANT.name);
  await fill(el, 'idNumber', idNumber);
  await fill(el, 'mobile', APPLICANT.mobile);
  await waitUntil(() => q<HTMLElement & { value: string }>(el, '[name="unionId"]').value !== '');
  await next(el, 'employer');
  await fill(el, 'employerName', EMPLOYER.name);
  await fill(el, 'uscc', EMPLOYER.uscc);
  await fill(el, 'purpose', EMPLOYER.purpose);
  await next(el, 'consents');
}

async function completeUntilReview(
  el: JgLoanApplication,
  amount = '10万',
  idNumber = APPLICANT.idNumber,
): Promise<void> {
  await completeUntilConsents(el, amount, idNumber);
  for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.click();
  }
  await settle(el);
  await next(el, 'review');
}

async function submitted(el: JgLoanApplication) {
  await waitUntil(() => el.application, 'no application', { timeout: 10_000 });
  return el.application!;
}

/** An ID number with a valid check digit for someone born on 1 January `age` years ago. */
function idAged(age: number): string {
  const year = Number(new Date().toISOString().slice(0, 4)) - age;
  const first17 = `330499${year}0101001`;
  return first17 + [...'0123456789X'].find((c) => validateResidentId(first17 + c).ok)!;
}

/** The form in a provider for MEMBER, every jg-error it fires pushed to `errors`. */
async function mountCollectingErrors(errors: unknown[]) {
  const provider = await fixture<HTMLElement & { locale?: string }>(
    html`<jg-provider
      api-base=${sandboxUrl()}
      publishable-key=${PUBLISHABLE_KEY}
      .getSessionToken=${() => tokenFor(MEMBER)}
      @jg-error=${(event: CustomEvent<{ error: unknown }>) => errors.push(event.detail.error)}
      ><jg-loan-application></jg-loan-application
    ></jg-provider>`,
  );
  return { provider, el: provider.firstElementChild as JgLoanApplication };
}

describe('<jg-loan-application>', function () {
  this.timeout(60_000);

  // A form removed by the previous test's cleanup saves its draft on the way out (after a session
  // token, maybe fetched first): that save must land before the reset, or it leaks into this
  // test. A fixed 400 ms was not enough on a loaded machine: 陆小溪's draft, saved by the next
  // test, was overwritten by the previous form's (her draft was not restored, with the CPU
  // slowed 6x, or the saves 600 ms late). So every request of the page is tracked, and each test
  // starts once none is in flight at two looks 50 ms apart (at most 10 s: a held one is not
  // waited for).
  const inFlight = new Set<Promise<unknown>>();
  let pageFetch: typeof fetch;
  before(() => {
    pageFetch = window.fetch;
    window.fetch = (input, init) => {
      const answer = pageFetch(input, init);
      const settled = answer.then(
        () => undefined,
        () => undefined,
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return answer;
    };
  });
  after(() => (window.fetch = pageFetch));

  beforeEach(async () => {
    const deadline = Date.now() + 10_000;
    for (let quiet = 0; quiet < 2 && Date.now() < deadline;) {
      quiet = inFlight.size ? 0 : quiet + 1;
      const pause = new Promise((resolve) => setTimeout(resolve, 50));
      await Promise.race([Promise.all([...inFlight, pause]), sleep(deadline - Date.now())]);
    }
    await resetSandbox();
  });

  it('shows the products with amount range, terms and the 年化利率 range', async () => {
    const el = await mount();
    const card = q(el, '[part~="product"]');
    expect(card.textContent).to.contain('创业贷');
    expect(q(el, '#product-lp_startup-apr').textContent).to.match(/年化利率\s*3\.65%–4\.35%/);
    expect(card.textContent).to.contain('¥50,000');
    expect(card.textContent).to.contain('12、24、36');
    expect(q(el, '[aria-current="step"]').textContent).to.contain('选择产品');
    await expect(el).to.be.accessible();
  });

  it('rounds a 年化利率 quoted to three decimals half-up, never below the rate', async () => {
    // A bank quoting to a thousandth (3.655 %–6.005 %): toFixed(2) of the double nearest 6.005
    // (6.00499…) showed 6.00 %, a rate below the one quoted, on the product and the estimate.
    const el = await mountWithProducts((products) => {
      const startup = products.find((p) => p.id == 'lp_startup')!;
      startup.aprMinPercent = 3.655;
      startup.aprMaxPercent = 6.005;
    });
    expect(q(el, '#product-lp_startup-apr').textContent).to.match(/年化利率\s*3\.66%–6\.01%/);
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    expect(q(el, '[part="estimate"]').textContent).to.contain('按最高年化利率 6.01% 估算');
  });

  it('rounds every 年化利率 of up to three decimals half-up to two (0–100 %)', () => {
    for (let thousandths = 0; thousandths <= 100_000; thousandths++) {
      const hundredths = Math.floor(thousandths / 10) + (thousandths % 10 >= 5 ? 1 : 0);
      const expected = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
      const shown = formatApr(thousandths / 1000);
      if (shown != expected) expect(shown, `${thousandths / 1000}`).to.equal(expected);
    }
  });

  it('writes its amount and length ranges in words a Chinese screen reader says as a range', async () => {
    // Chinese speech (TalkBack's TTS) reads 5万–50万 as two numbers with nothing between.
    const el = await mount();
    const text = (selector: string) => q(el, selector).textContent!.replace(/\s+/g, ' ');
    expect(text('#product-lp_startup-details')).to.contain('额度 ¥50,000 到 ¥500,000 ·');
    await completeUntilConsents(el);
    await click(el, '[part~="back-button"]');
    expect(text('#purpose-hint')).to.equal('例如：店面装修、购置经营设备（2 到 500 字）');
    for (let i = 0; i < 2; i++) await click(el, '[part~="back-button"]');
    expect(q(el, 'jg-amount-input').getAttribute('hint')).to.equal(
      '可申请 ¥50,000 到 ¥500,000，支持“12.5万”这样的写法',
    );
  });

  it('tells the steps done from the steps to come in forced colours (high contrast)', async () => {
    const el = await mount();
    await completeUntilConsents(el);
    // Forced colours paint every bar in one colour: the bar's style must tell them apart.
    applyForcedColorRules(el.shadowRoot!);
    const bars = Array.from(
      el.shadowRoot!.querySelectorAll('.steps li'),
      (li) => `${li.getAttribute('part')} ${getComputedStyle(li).borderBottomStyle}`,
    );
    expect(bars).to.deep.equal([
      'step step-done solid',
      'step step-done solid',
      'step step-done solid',
      'step step-done solid',
      'step step-current solid',
      'step dotted',
    ]);
  });

  it('tells the chosen cards and ticked consents from the others in forced colours', async () => {
    const el = await mount();
    await completeUntilConsents(el);
    await click(el, 'input[name="consent:ct_sensitive_pi"]');
    // Forced colours drop the chosen card's ring (a shadow) and paint every border alike.
    applyForcedColorRules(el.shadowRoot!);
    const ring = (box: Element | null) => {
      const style = getComputedStyle(box!);
      return style.outlineStyle == 'none' ? 'none' : `${style.outlineStyle} ${style.outlineColor}`;
    };
    const chosen = `solid ${systemColor('Highlight')}`;
    const consent = (id: string) => q(el, `input[name="consent:${id}"]`).closest('.choice');
    expect(ring(consent('ct_sensitive_pi'))).to.equal(chosen);
    expect(ring(consent('ct_credit_check'))).to.equal('none');
    for (let i = 0; i < 3; i++) await click(el, '[part~="back-button"]');
    await waitUntil(() => el.step === 'amount', 'back at the amount');
    for (const name of ['termMonths', 'repaymentMethod']) {
      const rings = Array.from(
        el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
        (input) => ring(input.closest('.choice')),
      );
      expect(rings.filter((r) => r == chosen).length, name).to.equal(1);
      expect(rings.filter((r) => r == 'none').length, name).to.equal(rings.length - 1);
    }
    await click(el, '[part~="back-button"]');
    await waitUntil(() => el.step === 'product', 'back at the products');
    expect(ring(q(el, '[part~="product-selected"]'))).to.equal(chosen);
    expect(ring(q(el, '[part="product"]'))).to.equal('none');
  });

  it('fits a 320 px phone in senior mode: one row of named steps, long texts wrapped', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount();
      el.senior = true;
      await el.updateComplete;
      const root = el.shadowRoot!;
      // A 年化利率 range is read as one figure, never split after its dash.
      for (const apr of root.querySelectorAll('[part="apr"] strong')) {
        const range = document.createRange();
        range.selectNodeContents(apr);
        expect(range.getClientRects().length, apr.textContent!).to.equal(1);
      }
      await completeUntilConsents(el);
      const right = el.getBoundingClientRect().right;
      const check = (step: string) => {
        const rows = new Set(
          Array.from(root.querySelectorAll<HTMLElement>('.steps li'), (li) => li.offsetTop),
        );
        expect(rows.size, `${step}: step indicator rows`).to.equal(1);
        // Hidden from sight only: each step button keeps its name for screen readers.
        for (const label of root.querySelectorAll('.steps .label')) {
          expect(getComputedStyle(label).display, `${step}: ${label.textContent}`).to.not.equal(
            'none',
          );
        }
        for (const node of root.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          expect(
            box.right,
            `${step}: <${node.localName}> ${node.textContent!.slice(0, 30)}`,
          ).to.be.at.most(right + 0.5);
        }
        for (const text of root.querySelectorAll('[part="consent-text"]')) {
          expect(text.scrollWidth, `${step}: consent text scrolls sideways`).to.be.at.most(
            text.clientWidth,
          );
        }
      };
      check('consents');
      expect(q(el, '.steps button').textContent).to.contain('选择产品');
      for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        box.click();
      await settle(el);
      await next(el, 'review');
      check('review');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows the step indicator on one row at full width, with every label when they fit', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const rows = () =>
      new Set(Array.from(root.querySelectorAll<HTMLElement>('.steps li'), (li) => li.offsetTop))
        .size;
    const shown = () =>
      Array.from(root.querySelectorAll('.steps .label'), (label) => label.clientWidth > 0);
    expect(rows()).to.equal(1);
    expect(shown(), 'Chinese at 640 px: every label').to.deep.equal(Array(6).fill(true));
    // Senior mode and English need more room: the current label only, still one row.
    el.senior = true;
    await el.updateComplete;
    expect(rows(), 'senior').to.equal(1);
    expect(shown().filter(Boolean), 'senior').to.have.length(1);
    el.senior = false;
    el.locale = 'en';
    await waitUntil(() => root.querySelector('.steps .label')?.textContent == 'Product');
    expect(rows(), 'English').to.equal(1);
  });

  it('keeps what the member types while the form re-renders, and the values across steps', async () => {
    type Control = HTMLElement & { text: string; value: string };
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    const amount = q<Control>(el, 'jg-amount-input');
    // Each keystroke re-renders the form (estimate, draft): the text typed stays as typed.
    await fill(el, 'amountFen', '12.5万');
    expect([amount.text, amount.value]).to.deep.equal(['12.5万', '12500000']);
    await fill(el, 'amountFen', '12.5万x');
    expect([amount.text, amount.value]).to.deep.equal(['12.5万x', '']);
    await fill(el, 'amountFen', '8万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    await fill(el, 'name', 'Li ');
    expect(q<Control>(el, 'jg-name-input').text).to.equal('Li ');
    await click(el, '[part~="back-button"]');
    expect(q<Control>(el, 'jg-amount-input').value).to.equal('8000000');
    expect(q<HTMLInputElement>(el, 'input[name="termMonths"][value="12"]').checked).to.equal(true);
  });

  it('sets every field of every step at 16 px at least, which iOS does not zoom into', async () => {
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    expectNoZoomingFields(el.shadowRoot!, 1);
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    // Name, ID number, mobile number and the union picker's search.
    expectNoZoomingFields(el.shadowRoot!, 4);
    await fill(el, 'name', APPLICANT.name);
    await fill(el, 'idNumber', APPLICANT.idNumber);
    await fill(el, 'mobile', APPLICANT.mobile);
    await waitUntil(() => q<HTMLElement & { value: string }>(el, '[name="unionId"]').value !== '');
    await next(el, 'employer');
    // The employer's name, its USCC and the purpose (a textarea).
    expectNoZoomingFields(el.shadowRoot!, 3);
  });

  it('validates each step and moves focus to the first invalid field', async () => {
    const el = await mount();
    await next(el, 'product');
    expect(q(el, '#err-productId').textContent).to.contain('请选择');
    await waitUntil(() => deepActive()?.id === 'product-lp_startup');

    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '100');
    await next(el, 'amount');
    const amount = q(el, 'jg-amount-input');
    await waitUntil(() => deepActive() === amount.shadowRoot!.querySelector('input'));
    expect(amount.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain(
      '¥50,000.00',
    );
    expect(q(el, '#err-termMonths').textContent).to.contain('期限');
    await fill(el, 'amountFen', '12.5万');
    await click(el, 'input[name="termMonths"][value="24"]');
    await next(el, 'amount');
    await waitUntil(() => (deepActive() as HTMLInputElement | null)?.name === 'repaymentMethod');
    await click(el, 'input[name="repaymentMethod"][value="equal-principal"]');
    await next(el, 'applicant');
    // back keeps values
    await click(el, '[part~="back-button"]');
    expect(el.step).to.equal('amount');
    expect(q<HTMLElement & { value: string }>(el, 'jg-amount-input').value).to.equal('12500000');
    expect(q<HTMLInputElement>(el, 'input[value="24"]').checked).to.equal(true);
  });

  it('shows a live reference estimate for both methods and the schedule as a table', async () => {
    const el = await mount(MEMBER, 'startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '100000');
    await click(el, 'input[name="termMonths"][value="12"]');
    const estimate = q(el, '[part="estimate"]');
    expect(estimate.textContent).to.contain('参考');
    expect(estimate.textContent).to.contain('4.35%');
    expect(estimate.textContent).to.contain('等额本息');
    expect(estimate.textContent).to.contain('等额本金');
    // DOMAIN §7 worked example at 4.35 %: ¥8,530.99 per month, interest ≈ ¥2,371.88.
    expect(estimate.textContent).to.contain('¥8,530.99');
    expect(estimate.textContent).to.contain('¥2,371.88');
    // 等额本金: month 1 ¥8,695.83, month 12 ¥8,363.54, interest ¥2,356.25.
    expect(estimate.textContent).to.contain('¥8,695.83');
    expect(estimate.textContent).to.match(/末月还款\s*¥8,363\.54/);
    expect(estimate.textContent).to.contain('¥2,356.25');
    const toggle = q(el, '[part~="schedule-button"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await click(el, '[part~="schedule-button"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = q(el, '[part="schedule"] table');
    expect(table.querySelector('caption')!.textContent).to.contain('参考');
    expect(table.querySelectorAll('tbody tr').length).to.equal(12);
    expect(table.querySelectorAll('th[scope="col"]').length).to.equal(5);
    // The last instalment clears the balance (here M's remainder rounds away: ¥8,530.99 again).
    const last = [...table.querySelectorAll('tbody tr:last-child > *')].map((c) =>
      c.textContent!.trim(),
    );
    expect(last[0]).to.equal('12');
    expect(last[1]).to.equal('¥8,530.99');
    expect(last[4]).to.equal('¥0.00');
    await expect(el).to.be.accessible();
  });

  it('shows the last 等额本息 instalment where it is not the monthly payment', async () => {
    // ¥50,000 over 36 months at 4.35 %: M = 148 399.67 fen, paid as ¥1,484.00 for 35 months; the
    // last pays what clears the balance, ¥1,483.88 (interest ¥3,423.88). The card said only
    // 每月还款 ¥1,484.00, a figure the 36th month does not pay.
    const el = await mount(MEMBER, 'startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '5万');
    await click(el, 'input[name="termMonths"][value="36"]');
    const [instalment] = el.shadowRoot!.querySelectorAll('[part~="estimate-method"]');
    expect(instalment!.textContent).to.contain('等额本息');
    expect(instalment!.textContent).to.match(/每月还款\s*¥1,484\.00/);
    expect(instalment!.textContent).to.match(/末月还款\s*¥1,483\.88/);
    expect(instalment!.textContent).to.match(/利息合计\s*¥3,423\.88/);
    await click(el, '[part~="schedule-button"]');
    const last = q(el, '[part="schedule"] tbody tr:last-child');
    expect(last.querySelector('th')!.textContent!.trim()).to.equal('36');
    expect(last.querySelector('td')!.textContent!.trim()).to.equal('¥1,483.88');
    // Where the last instalment is the monthly payment (¥100,000 over 12 months), none is added.
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    const [again] = el.shadowRoot!.querySelectorAll('[part~="estimate-method"]');
    expect(again!.textContent).not.to.contain('末月还款');
  });

  it('completes the whole flow (axe on every step), then shows jg-loan-status', async () => {
    const el = await mount();
    const steps: string[] = [];
    el.addEventListener('jg-loan-step', (e) => steps.push(e.detail.step));
    await expect(el).to.be.accessible();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await expect(el).to.be.accessible();
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    await expect(el).to.be.accessible();
    await fill(el, 'name', APPLICANT.name);
    await fill(el, 'idNumber', '33049919900307123' + '6');
    await fill(el, 'mobile', '+86 199-0000-1002');
    await waitUntil(() => q<HTMLElement & { value: string }>(el, '[name="unionId"]').value !== '');
    await next(el, 'employer');
    await expect(el).to.be.accessible();
    await fill(el, 'employerName', EMPLOYER.name);
    await fill(el, 'uscc', '91330402ma20000280');
    await fill(el, 'purpose', EMPLOYER.purpose);
    await next(el, 'consents');
    await expect(el).to.be.accessible();
    const consents = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(consents.length).to.equal(3);
    for (const box of consents) expect(box.checked).to.equal(false);
    const first = q(el, '[part="consent"]');
    expect(first.textContent).to.contain('2025.1');
    expect(el.shadowRoot!.textContent).to.contain('嘉兴银行');
    // A required consent blocks the step.
    consents[0]!.click();
    consents[1]!.click();
    await next(el, 'consents');
    await waitUntil(() => deepActive() === consents[2]);
    expect(el.shadowRoot!.querySelector('[id^="err-consent"]')!.textContent).to.contain('征信');
    // The consent's title isolated (FSI … PDI) in our sentences: a right-to-left override in it
    // would turn 》 and the rest around.
    expect(el.shadowRoot!.querySelector('[id^="err-consent"]')!.textContent).to.match(
      /^请阅读并勾选《\u2068[^\u2069]*征信[^\u2069]*\u2069》/,
    );
    expect(consents[2]!.closest('label')!.querySelector('strong')!.textContent).to.match(
      /^我已阅读并同意《\u2068[^\u2069]*征信[^\u2069]*\u2069》$/,
    );
    consents[2]!.click();
    await next(el, 'review');
    await expect(el).to.be.accessible();
    const review = q(el, '[part="review"]').textContent!;
    expect(review).to.contain('330***********1236');
    expect(review).to.contain('199****1002');
    expect(review).to.contain('陆**');
    expect(review).not.to.contain(APPLICANT.idNumber);
    expect(review).to.contain('91330402MA20000280');

    const submitEvent = oneEvent(el, 'jg-loan-submit');
    const submittedEvent = oneEvent(el, 'jg-loan-submitted');
    await next(el);
    expect((await submitEvent).detail).to.deep.equal({
      productId: 'lp_startup',
      amountFen: 10_000_000,
      termMonths: 12,
      repaymentMethod: 'equal-instalment',
    });
    const { detail } = await submittedEvent;
    expect(detail.application.status).to.equal('submitted');
    expect(detail.application.applicant.idNumberMasked).to.equal('330***********1236');
    expect(steps).to.deep.equal(['amount', 'applicant', 'employer', 'consents', 'review']);
    await settle(el);
    const status = q<JgLoanStatus>(el, 'jg-loan-status');
    await waitUntil(() => status.applications.length === 1, 'status did not load');
    expect(status.getAttribute('highlight')).to.equal(detail.application.id);
    await expect(el).to.be.accessible();
    // The server deleted the draft with the submission.
    expect((await clientFor(MEMBER).me.loanDraft.get()).draft).to.equal(null);
    // The consents are on record with the page's host and the SDK version as their channel.
    const records = (await clientFor(MEMBER).me.consents.list()).data;
    expect(records.length).to.be.greaterThan(0);
    for (const r of records) expect(r.channel).to.match(/^localhost:\d+ @jiagong\/elements\/\d/);
  });

  it('saves the draft on the server and resumes it in a new element', async () => {
    const client = clientFor(MEMBER);
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '20万');
    await click(el, 'input[name="termMonths"][value="36"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-principal"]');
    await next(el, 'applicant');
    await fill(el, 'name', APPLICANT.name);
    await waitUntil(
      async () => (await client.me.loanDraft.get()).draft?.values.name === APPLICANT.name,
      'the draft was not saved',
      { timeout: 5_000 },
    );
    const { draft } = await client.me.loanDraft.get();
    expect(draft!.step).to.equal('applicant');
    expect(draft!.values.amountFen).to.equal('20000000');
    el.parentElement!.remove();
    for (const key of ['', 'jg', 'loan']) expect(localStorage.getItem(key)).to.equal(null);
    expect(localStorage.length + sessionStorage.length).to.equal(0);

    const again = await mount();
    expect(again.step).to.equal('applicant');
    expect(q(again, '[role="status"]').textContent).to.contain('已恢复');
    expect(q<HTMLElement & { value: string }>(again, 'jg-name-input').value).to.equal(
      APPLICANT.name,
    );
    await click(again, '[part~="back-button"]');
    expect(q<HTMLElement & { value: string }>(again, 'jg-amount-input').value).to.equal('20000000');
    expect(q<HTMLInputElement>(again, 'input[name="termMonths"][value="36"]').checked).to.equal(
      true,
    );
  });

  it('keeps the ID number out of the server draft, and says so at the field before it is filled', async () => {
    // PIPL Art. 28–29: the ID number is sensitive, and its separate consent comes with the
    // application (step 5), while the draft is kept on the server as the member types, long before.
    const client = clientFor(MEMBER);
    const el = await mount('m_1002', 'startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    // Said where the number is asked, and read with the field, before anything is typed in it.
    const id = q(el, 'jg-id-input').shadowRoot!;
    const input = id.querySelector('input')!;
    expect(input.value).to.equal('');
    const description = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((ref) => id.getElementById(ref)?.textContent ?? '')
      .join(' ');
    expect(description).to.contain('不保存在草稿中');
    await fill(el, 'name', APPLICANT.name);
    await fill(el, 'mobile', APPLICANT.mobile);
    await waitUntil(() => q<HTMLElement & { value: string }>(el, '[name="unionId"]').value !== '');
    // The member types the number and the page is hidden (another app) at once: the save on the
    // way out carries everything else, not the number.
    const { saves, stop } = recordDraftSaves();
    try {
      await fill(el, 'idNumber', APPLICANT.idNumber);
      setPageVisibility('hidden');
      await waitUntil(() => saves.length == 1, 'hiding the page did not save');
      await saves[0]!.done;
    } finally {
      setPageVisibility('visible');
      stop();
    }
    const held = async () => (await client.me.loanDraft.get()).draft!;
    expect((await held()).values).to.include({ name: APPLICANT.name, mobile: APPLICANT.mobile });
    expect(JSON.stringify(await held())).not.to.contain(APPLICANT.idNumber);
    // Nor does the step change's save.
    await next(el, 'employer');
    await waitUntil(async () => (await held()).step == 'employer', 'the step was not saved');
    expect(JSON.stringify(await held())).not.to.contain(APPLICANT.idNumber);
    el.parentElement!.remove();

    // Another visit (a reload, or the server restarted) asks for the ID number again, only it.
    const again = await mount();
    expect(again.step).to.equal('applicant');
    const value = (name: string) =>
      q<HTMLElement & { value: string }>(again, `[name="${name}"]`).value;
    expect(value('idNumber')).to.equal('');
    expect(value('name')).to.equal(APPLICANT.name);
    expect(value('mobile')).to.equal(APPLICANT.mobile);
    await fill(again, 'idNumber', APPLICANT.idNumber);
    await next(again, 'employer');
  });

  for (const [locale, notice, sensitive] of [
    [
      'zh-CN',
      ['嘉兴市总工会', '申请人和工作单位信息', '草稿', '提交后删除', '单独同意', '嘉兴银行'],
      ['敏感个人信息', '核验身份', '不填无法申请', '不保存在草稿中'],
    ],
    [
      'en',
      [
        'Jiaxing Federation of Trade Unions',
        'your applicant and employer details',
        'draft until you apply',
        'separate consent',
        'Jiaxing Bank',
      ],
      [
        'Sensitive personal information',
        'check who you are',
        'needed to apply',
        'not kept in drafts',
      ],
    ],
  ] as const) {
    it(`tells the member who uses her details, the draft and the bank before she types them (${locale})`, async () => {
      // PIPL Art. 17: the notice comes before the collection, and the applicant step's details
      // (and the next step's) are saved in her server draft as she types; Art. 28–30: the ID
      // number is sensitive, and why it is needed is said where it is asked.
      const el = await providerFixture<JgLoanApplication>(
        MEMBER,
        html`<jg-loan-application product="lp_startup" locale=${locale}></jg-loan-application>`,
      );
      await waitUntil(() => !!el.shadowRoot!.querySelector('form'), 'the form did not render');
      await next(el, 'amount');
      await fill(el, 'amountFen', '10万');
      await click(el, 'input[name="termMonths"][value="12"]');
      await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
      await next(el, 'applicant');
      // The heading takes the focus as the step shows, and the notice is its description.
      const heading = q(el, '#heading');
      await waitUntil(() => deepActive() === heading, 'the heading did not take the focus');
      const said = (root: DocumentOrShadowRoot & ParentNode, node: Element) =>
        (node.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((ref) => root.querySelector(`[id="${ref}"]`)?.textContent ?? '')
          .join(' ');
      const description = said(el.shadowRoot!, heading);
      for (const words of notice) expect(description).to.contain(words);
      // Shown on screen before every field of the step, in reading order.
      const paragraph = q(el, `[id="${heading.getAttribute('aria-describedby')}"]`);
      expect(paragraph.getBoundingClientRect().height).to.be.greaterThan(0);
      for (const field of el.shadowRoot!.querySelectorAll('form [name]')) {
        expect(
          paragraph.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).to.not.equal(0);
      }
      // The ID number's own notice is read with its field, before anything is typed in it.
      const id = q(el, 'jg-id-input').shadowRoot!;
      const input = id.querySelector('input')!;
      expect(input.value).to.equal('');
      for (const words of sensitive) expect(said(id, input)).to.contain(words);
      // Other steps have no notice to be described by.
      await click(el, '[part~="back-button"]');
      expect(q(el, '#heading').hasAttribute('aria-describedby')).to.equal(false);
    });
  }

  it('drafts none of her union before the applicant step tells her what the draft holds', async () => {
    // PIPL Art. 17: the union filled in from her card was in her server draft from the product
    // step on, before the applicant step's notice said what the draft holds.
    const client = clientFor(MEMBER);
    const held = async () => (await client.me.loanDraft.get()).draft;
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '10万');
    await waitUntil(
      async () => (await held())?.values.amountFen === '10000000',
      'the amount was not saved',
    );
    expect((await held())!.values).to.include({ unionId: '', unionName: '' });
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    // Shown (and drafted) with the notice: still her card's union, nothing to pick again.
    const union = q<HTMLElement & { value: string }>(el, '[name="unionId"]').value;
    expect(union).to.equal((await client.me.get()).unionId);
    await fill(el, 'name', APPLICANT.name);
    await waitUntil(
      async () => (await held())?.values.unionId === union,
      'the union was not saved at the applicant step',
    );
    expect((await held())!.values.unionName).to.not.equal('');
  });

  it('keeps the union she chose at the applicant step when she goes back to step 1 and leaves', async () => {
    // The draft saved on the product and amount steps left out any union, the one she chose
    // too: she came back to her card's union, and had to choose hers again (or applied with it).
    const client = clientFor(MEMBER);
    const card = (await client.me.get()).unionId;
    // She chose another union at the applicant step on her last visit (told what the draft holds).
    const { unionId, unionName } = await clientFor('m_1001').me.get();
    expect(unionId).to.not.equal(card);
    await client.me.loanDraft.save({
      step: 'applicant',
      values: {
        productId: 'lp_startup',
        amountFen: '10000000',
        termMonths: 12,
        repaymentMethod: 'equal-instalment',
        name: APPLICANT.name,
        unionId,
        unionName,
      },
    });
    const el = await mount();
    expect(el.step).to.equal('applicant');
    await click(el, '[part~="back-button"]');
    await click(el, '[part~="back-button"]');
    expect(el.step).to.equal('product');
    await waitUntil(
      async () => (await client.me.loanDraft.get()).draft?.step === 'product',
      'the product step was not saved',
    );
    expect((await client.me.loanDraft.get()).draft!.values).to.include({ unionId, unionName });
    el.parentElement!.remove();

    const again = await mount();
    expect(again.step).to.equal('product');
    await next(again, 'amount');
    await next(again, 'applicant');
    const union = q<HTMLElement & { value: string }>(again, '[name="unionId"]');
    await waitUntil(() => union.value !== '');
    expect(union.value).to.equal(unionId);
  });

  it('tells a member resuming a draft past the applicant step what it holds, once', async () => {
    // A draft an older version saved with the ID number (a server that kept it) resumes at the
    // employer step: she never saw the applicant step's notice (PIPL Art. 17).
    const client = clientFor(MEMBER);
    const me = await client.me.get();
    await client.me.loanDraft.save({
      step: 'employer',
      values: {
        productId: 'lp_startup',
        amountFen: '10000000',
        termMonths: 12,
        repaymentMethod: 'equal-instalment',
        name: APPLICANT.name,
        mobile: APPLICANT.mobile,
        unionId: me.unionId,
        unionName: me.unionName,
      },
    });
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      const request = new Request(input, init);
      if (request.method != 'GET' || !request.url.endsWith('/v1/me/loan-draft')) return response;
      const body = (await response.json()) as { draft: { values: Record<string, unknown> } };
      body.draft.values.idNumber = APPLICANT.idNumber;
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    };
    let el: JgLoanApplication;
    try {
      el = await mount();
    } finally {
      window.fetch = realFetch;
    }
    expect(el.step).to.equal('employer');
    const heading = q(el, '#heading');
    const notice = q(el, `[id="${heading.getAttribute('aria-describedby')}"]`);
    // The heading's description, shown before every field, next to 已恢复上次填写的内容.
    for (const words of ['嘉兴市总工会', '草稿', '提交后删除', '单独同意', '嘉兴银行']) {
      expect(notice.textContent).to.contain(words);
    }
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(q(el, '[role="status"]').textContent).to.contain('已恢复');
    for (const field of el.shadowRoot!.querySelectorAll('form [name]')) {
      expect(notice.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
    }
    // Once: not again on this step after she moves on and comes back.
    await fill(el, 'employerName', EMPLOYER.name);
    await fill(el, 'uscc', EMPLOYER.uscc);
    await fill(el, 'purpose', EMPLOYER.purpose);
    await next(el, 'consents');
    expect(q(el, '#heading').hasAttribute('aria-describedby')).to.equal(false);
    await click(el, '[part~="back-button"]');
    expect(el.step).to.equal('employer');
    expect(q(el, '#heading').hasAttribute('aria-describedby')).to.equal(false);
    expect(el.shadowRoot!.querySelector('#notice')).to.equal(null);
  });

  it('saves the last keystroke at once when the page is hidden, then saves nothing more', async () => {
    const client = clientFor(MEMBER);
    const el = await mount();
    const { saves, stop } = recordDraftSaves();
    try {
      await click(el, '#product-lp_startup');
      await next(el, 'amount');
      await waitUntil(() => saves.length == 1, 'the step change was not saved');
      await saves[0]!.done;
      // The member types the amount and switches apps before the 0.8 s pause is over.
      const typedAt = performance.now();
      await fill(el, 'amountFen', '20万');
      setPageVisibility('hidden');
      await waitUntil(() => saves.length == 2, 'hiding the page did not save', { timeout: 700 });
      await saves[1]!.done;
      const { draft } = await client.me.loanDraft.get();
      expect(draft!.values.amountFen).to.equal('20000000');
      expect(draft!.step).to.equal('amount');
      expect(saves[1]!.keepalive, 'a save that outlives the page').to.equal(true);
      expect(saves[1]!.at - typedAt).to.be.below(800);
      expect(performance.now() - typedAt, 'read back before the debounce').to.be.below(800);
      // Neither the debounce nor hiding again with nothing new sends another save.
      setPageVisibility('visible');
      setPageVisibility('hidden');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(saves.length).to.equal(2);
      expect(saves[0]!.keepalive, 'ordinary saves are not keepalive').to.equal(false);
    } finally {
      setPageVisibility('visible');
      stop();
    }
  });

  it('saves the last keystroke at once when the form is removed, then stops listening', async () => {
    const client = clientFor(MEMBER);
    const el = await mount('m_1002', 'startup');
    const { saves, stop } = recordDraftSaves();
    try {
      await next(el, 'amount');
      await waitUntil(() => saves.length == 1, 'the step change was not saved');
      await saves[0]!.done;
      // Removed by the app (a route change) before the pause is over.
      const typedAt = performance.now();
      await fill(el, 'amountFen', '30万');
      el.parentElement!.remove();
      await waitUntil(() => saves.length == 2, 'removing the form did not save', { timeout: 700 });
      expect(saves[1]!.keepalive).to.equal(true);
      expect(saves[1]!.at - typedAt).to.be.below(800);
      await saves[1]!.done;
      expect((await client.me.loanDraft.get()).draft!.values.amountFen).to.equal('30000000');
      // A removed form no longer listens to the page: this change waits for the debounce.
      await fill(el, 'amountFen', '40万');
      setPageVisibility('hidden');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(saves.length).to.equal(2);
      await waitUntil(() => saves.length == 3, 'the debounce did not save');
      expect(saves[2]!.keepalive).to.equal(false);
      await saves[2]!.done;
    } finally {
      setPageVisibility('visible');
      stop();
    }
  });

  it('creates exactly one application on a double submit', async () => {
    const el = await mount();
    await completeUntilReview(el);
    const button = q(el, '[part~="next-button"]');
    button.click();
    button.click();
    q<HTMLFormElement>(el, 'form').requestSubmit();
    await submitted(el);
    const { data } = await clientFor(MEMBER).me.loanApplications.list();
    expect(data.length).to.equal(1);
  });

  it('lets the second tap of a double tap choose or send nothing on the step it brought', async () => {
    // A double tap on 下一步: its second click (detail 2, as Chrome counts the taps) lands on what
    // the new step put there. At 390 × 844 that was 提交申请: sent unreviewed.
    const tap = async (target: Element, detail: number) => {
      target.dispatchEvent(
        new MouseEvent('click', { detail, bubbles: true, composed: true, cancelable: true }),
      );
      await settle(el);
    };
    const el = await mount();
    await click(el, '#product-lp_startup');
    await tap(q(el, '[part~="next-button"]'), 1);
    expect(el.step).to.equal('amount');
    const method = q<HTMLInputElement>(el, 'input[name="repaymentMethod"]');
    await tap(method, 2);
    expect(method.checked, 'a repayment method chosen by the second tap').to.equal(false);
    await tap(method, 1);
    expect(method.checked).to.equal(true);
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await completeFromApplicant(el);
    const box = q<HTMLInputElement>(el, 'input[type="checkbox"]');
    await tap(box, 2);
    expect(box.checked, 'a consent given by the second tap').to.equal(false);
    for (const each of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      await tap(each, 1);
    await tap(q(el, '[part~="next-button"]'), 1);
    expect(el.step).to.equal('review');
    // jg-loan-submit is fired before anything is sent, in the same task as the click.
    let submits = 0;
    el.addEventListener('jg-loan-submit', () => submits++);
    await tap(q(el, '[part~="next-button"]'), 2);
    expect(submits, 'submitted by the second tap').to.equal(0);
    expect(el.step).to.equal('review');
    await tap(q(el, '[part~="next-button"]'), 1);
    expect(submits).to.equal(1);
    await submitted(el);
    expect((await clientFor(MEMBER).me.loanApplications.list()).data).to.have.length(1);
  });

  it('keeps one idempotency key when the answer is lost and the request is retried', async () => {
    const el = await mount();
    await completeUntilReview(el);
    const realFetch = window.fetch;
    const keys: string[] = [];
    let dropped = false;
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await realFetch(request.clone());
      if (request.method === 'POST' && request.url.endsWith('/v1/me/loan-applications')) {
        keys.push(request.headers.get('idempotency-key') ?? '');
        // The server created it, but the member's connection dropped the answer.
        if (!dropped) {
          dropped = true;
          throw new TypeError('Failed to fetch');
        }
      }
      return response;
    };
    try {
      await next(el);
      await submitted(el);
    } finally {
      window.fetch = realFetch;
    }
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size).to.equal(1);
    const { data } = await clientFor(MEMBER).me.loanApplications.list();
    expect(data.length).to.equal(1);
  });

  it('tells a member who already applied on another phone why, on the product, not 出错了/重试', async () => {
    // The same member on two phones: both reach the review, one submits, then the other.
    const first = await mount();
    const second = await mount();
    await completeUntilReview(first);
    await completeUntilReview(second);
    await next(first);
    await submitted(first);
    await next(second);
    await waitUntil(() => second.step === 'product', 'did not go back to the product');
    const message = q(second, '[part="field-error"]').textContent!;
    expect(message).to.contain('创业贷还在审核中，不能重复申请');
    expect(message).to.contain('撤回');
    expect(second.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(q(second, '[part="alert"]').getAttribute('role')).to.equal('alert');
    const client = clientFor(MEMBER);
    expect((await client.me.loanApplications.list()).data.length).to.equal(1);
    // The second phone's saves no longer bring back the draft the application consumed, and it
    // neither promises a retry (将稍后重试) nor retries what the server refuses.
    await waitUntil(
      () => !second.shadowRoot!.querySelector('[part~="draft-status"]'),
      'still says the draft will be saved later',
    );
    const recorded = recordDraftSaves();
    try {
      setPageVisibility('hidden');
      setPageVisibility('visible');
      // A round trip to the sandbox: a save sent on hiding would have started by now.
      expect((await client.me.loanDraft.get()).draft).to.equal(null);
      expect(recorded.saves).to.have.length(0);
    } finally {
      recorded.stop();
    }
    // Choosing the other product is a new application, saved as a draft again.
    await click(second, '#product-lp_consumer');
    await next(second, 'amount');
    await waitUntil(() => q(second, '[part~="draft-status"]').textContent!.includes('已保存'));
    expect((await client.me.loanDraft.get()).draft?.values['productId']).to.equal('lp_consumer');
  });

  it('says on the product at once that it is under review, not after the other five steps', async () => {
    // The member applied for 创业贷 yesterday (or on another phone) and opens the form again.
    const first = await mount();
    await completeUntilReview(first);
    await next(first);
    await submitted(first);
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el);
    // The draft save of that choice is refused (loan_ineligible): the form says why, on the
    // product, instead of letting the member type in their ID number and consents for nothing.
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="field-error"]')?.textContent?.includes('审核中'),
      'no reason under the products',
    );
    expect(el.step).to.equal('product');
    expect(q(el, '[part="field-error"]').textContent).to.contain('撤回');
    expect(q(el, '[part="alert"]').getAttribute('role')).to.equal('alert');
    await waitUntil(() => deepActive()?.getAttribute('name') === 'productId');
    await next(el, 'product');
    // The other product can be applied for.
    await click(el, '#product-lp_consumer');
    expect(el.shadowRoot!.querySelector('[part="field-error"]')).to.equal(null);
    await next(el, 'amount');
  });

  it('tells a member whose card is suspended or expired at once, not after six steps', async () => {
    // m_1003's card is suspended, m_1004's expired: the API refuses their application
    // (card_inactive) once sent, after the member typed in an ID number, a phone and consents,
    // and 重试 cannot help. The member's card status says so before the form.
    for (const [member, locale, title, detail] of [
      [
        'm_1003',
        'zh-CN',
        '会员卡已停用或已过期，暂不能申请贷款',
        '请联系所属工会恢复会员卡或办理续期',
      ],
      [
        'm_1004',
        'en',
        'Your member card is suspended or expired',
        'Contact your union to reinstate or renew',
      ],
    ]) {
      const el = await providerFixture<JgLoanApplication>(
        member!,
        html`<jg-loan-application locale=${locale!}></jg-loan-application>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="empty"]'), `${member}: no notice`);
      const notice = q(el, '[part="empty"]').textContent!;
      expect(notice, member).to.contain(title);
      expect(notice, member).to.contain(detail);
      expect(el.shadowRoot!.querySelector('form'), member).to.equal(null);
      expect(el.shadowRoot!.querySelector('button'), `${member}: a button`).to.equal(null);
    }
  });

  it('keeps saving the draft after a save refused as invalid (422 validation_failed)', async () => {
    // A partner's API may check a draft's values (here, a purpose longer than it keeps) and
    // answer 422 validation_failed. Unlike an application under review (loan_ineligible), the
    // member's next change may be accepted: saving goes on (it stopped for good on any 422, and
    // what the member typed next was lost with the page).
    const client = clientFor(MEMBER);
    const el = await mount('m_1002', 'startup');
    const realFetch = window.fetch;
    let refused = 0;
    window.fetch = (input, init) => {
      // The client hands fetch its own Request (read as is: a copy would take its body).
      const request = input as Request;
      if (request.method == 'PUT' && request.url.endsWith('/me/loan-draft') && !refused++) {
        const error = {
          code: 'validation_failed',
          message: '请求参数校验失败',
          requestId: 'req_draft_refused',
          details: {
            fields: [{ path: 'values.purpose', code: 'too_long', message: '用途过长' }],
          },
        };
        return Promise.resolve(
          new Response(JSON.stringify({ error }), {
            status: 422,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
      return realFetch(input, init);
    };
    try {
      await next(el, 'amount');
      await waitUntil(() => refused == 1, 'the step change was not saved');
      await waitUntil(
        () => q(el, '[part~="draft-status"]').textContent!.includes('将稍后重试'),
        'does not say the draft will be saved later',
      );
      await fill(el, 'amountFen', '20万');
      await waitUntil(
        () =>
          el.shadowRoot!.querySelector('[part~="draft-status"]')?.textContent!.includes('已保存'),
        'the next change was not saved',
      );
    } finally {
      window.fetch = realFetch;
    }
    const { draft } = await client.me.loanDraft.get();
    expect(draft!.step).to.equal('amount');
    expect(draft!.values.amountFen).to.equal('20000000');
  });

  it('saves a draft whose save was not answered again by itself, once, without a new change', async () => {
    // The phone was offline (or the server restarting) when the step change was saved: the
    // draft waited for the member's next change, and a member who left the page then lost it.
    const client = clientFor(MEMBER);
    const el = await mount('m_1002', 'startup');
    const realFetch = window.fetch;
    let offline = true;
    let failed = 0;
    let saved = 0;
    window.fetch = (input, init) => {
      const request = input as Request;
      if (request.method == 'PUT' && request.url.endsWith('/me/loan-draft')) {
        if (offline) {
          failed++;
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        saved++;
      }
      return realFetch(input, init);
    };
    try {
      await next(el, 'amount');
      await waitUntil(
        () => q(el, '[part~="draft-status"]').textContent!.includes('将稍后重试'),
        'the failed save was not told',
        { timeout: 30_000 },
      );
      expect(failed).to.be.greaterThan(0);
      offline = false;
      await waitUntil(
        async () => (await client.me.loanDraft.get()).draft?.step === 'amount',
        'the draft was not saved again without a change',
        { timeout: 30_000 },
      );
      await waitUntil(() => q(el, '[part~="draft-status"]').textContent!.includes('已保存'));
      // Once: nothing more is sent while nothing changes.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(saved).to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('does not submit when jg-loan-submit is cancelled', async () => {
    const el = await mount();
    await completeUntilReview(el);
    el.addEventListener('jg-loan-submit', (e) => e.preventDefault(), { once: true });
    await next(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.application).to.equal(undefined);
    expect(q(el, '[part="alert"]').textContent).to.contain('取消');
    const { data } = await clientFor(MEMBER).me.loanApplications.list();
    expect(data.length).to.equal(0);
  });

  it('shows a server-side rejection of the ID number on the ID field', async () => {
    // The product list the page loaded says nothing about age: only the server knows the
    // applicant is too young.
    const el = await mountWithProducts((products) => {
      for (const product of products) product.minAge = 0;
    });
    await completeUntilReview(el, '10万', idAged(16));
    await next(el);
    await waitUntil(() => el.step === 'applicant', 'did not go back to the applicant', {
      timeout: 10_000,
    });
    const id = q<HTMLElement & { validationMessage: string; validity: ValidityState }>(
      el,
      'jg-id-input',
    );
    await waitUntil(() => deepActive() === id.shadowRoot!.querySelector('input'));
    expect(id.validity.customError).to.equal(true);
    expect(id.validationMessage).to.contain('18');
    expect(id.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain('18');
    expect(id.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '[part="alert"]').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    // Editing the number clears the server's message.
    await fill(el, 'idNumber', APPLICANT.idNumber);
    expect(id.validity.valid).to.equal(true);
  });

  it('leaves no Chinese alert or server message behind once the provider switches to English', async () => {
    const el = await mountWithProducts((products) => {
      for (const product of products) product.minAge = 0;
    });
    await completeUntilReview(el, '10万', idAged(16));
    await next(el);
    await waitUntil(() => el.step === 'applicant', 'did not go back to the applicant');
    const id = q<HTMLElement & { validationMessage: string; updateComplete: Promise<boolean> }>(
      el,
      'jg-id-input',
    );
    await waitUntil(() => id.validationMessage.includes('18'), 'no server message on the ID');
    expect(q(el, '[part="alert"]').textContent).to.contain('请修改');
    (el.parentElement as HTMLElement & { locale?: string }).locale = 'en';
    await waitUntil(() => /Step 3/.test(q(el, '#heading').textContent!), 'not in English');
    await id.updateComplete;
    // 请修改标出的内容后再提交 stayed above the English form, and the server's age message on its ID.
    const chinese = /[\u4e00-\u9fff]/;
    expect(el.shadowRoot!.querySelector('[part="alert"]')?.textContent ?? '').not.to.match(chinese);
    expect(id.validationMessage).not.to.match(chinese);
    expect(id.shadowRoot!.textContent).not.to.match(chinese);
  });

  it("shows and saves nothing of the previous member's answers once the app signs another in", async () => {
    // A shared phone: 陆小溪 (m_1002) saved a draft earlier; 沈嘉禾 (m_1001) is filling in the
    // form when the app signs her in, handing the provider a client with her session.
    const her = clientFor('m_1002');
    await her.me.loanDraft.save({
      step: 'amount',
      values: { productId: 'lp_startup', amountFen: '30000000' },
    });
    const el = await clientFixture<JgLoanApplication>(
      sandboxClient('m_1001'),
      html`<jg-loan-application></jg-loan-application>`,
      { wait: false },
    );
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render');
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '20万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    await fill(el, 'name', '沈嘉禾');
    await fill(el, 'idNumber', idAged(40));
    // Switched before the pause in typing is over: his last answers are not saved yet.
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1002');
    await waitUntil(() => el.step == 'amount', 'her draft was not restored');
    await settle(el);
    expect(q<HTMLElement & { value: string }>(el, 'jg-amount-input').value).to.equal('30000000');
    expect(el.shadowRoot!.querySelector('input[name="termMonths"]:checked')).to.equal(null);
    // Past his pause in typing: nothing of his was saved into her draft.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await her.me.loanDraft.get()).draft).to.deep.include({
      step: 'amount',
      values: { productId: 'lp_startup', amountFen: '30000000' },
    });
    await next(el, 'amount');
    await click(el, 'input[name="termMonths"][value="24"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    for (const name of ['name', 'idNumber', 'mobile']) {
      expect(q<HTMLElement & { value: string }>(el, `[name="${name}"]`).value, name).to.equal('');
    }
    // Her own answers are saved as she goes, still nothing of his.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { draft } = await her.me.loanDraft.get();
    expect(draft!.step).to.equal('applicant');
    expect(draft!.values).to.include({
      amountFen: '30000000',
      termMonths: 24,
      name: '',
      idNumber: '',
    });
  });

  it('keeps the answers when the language changes mid-form', async () => {
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '20万');
    await click(el, 'input[name="termMonths"][value="12"]');
    (el.parentElement as HTMLElement & { locale?: string }).locale = 'en';
    await waitUntil(() => /Step 2/.test(q(el, '#heading').textContent!), 'not in English');
    await settle(el);
    expect(q<HTMLElement & { value: string }>(el, 'jg-amount-input').value).to.equal('20000000');
    expect(q<HTMLInputElement>(el, 'input[name="termMonths"][value="12"]').checked).to.equal(true);
  });

  it('files an application confirmed just before an account switch under the member who confirmed it', async () => {
    // 陆小溪 (m_1002) confirms while her last draft save is still on its way (held here, as a
    // slow network would); the app signs 沈嘉禾 (m_1001) in before it ends.
    const ids = async (member: string) =>
      (await clientFor(member).me.loanApplications.list()).data.map((a) => a.id);
    const [hers, his] = [await ids('m_1002'), await ids('m_1001')];
    const gate = { hold: false };
    const network = heldFetch(
      (request) => gate.hold && request.method == 'PUT' && request.url.endsWith('/me/loan-draft'),
      { before: true },
    );
    const el = await clientFixture<JgLoanApplication>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-loan-application></jg-loan-application>`,
      { wait: false },
    );
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render');
    await completeUntilConsents(el);
    for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.click();
    }
    await settle(el);
    gate.hold = true;
    await next(el, 'review');
    await waitUntil(() => network.held() == 1, 'the draft save was not sent');
    await click(el, '[part~="next-button"]');
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1001');
    await settle(el);
    gate.hold = false;
    network.release();
    await waitUntil(async () => (await ids('m_1002')).length > hers.length, 'not filed as hers');
    expect(await ids('m_1001')).to.deep.equal(his);
  });

  /**
   * Mounts the form for 陆小溪 (m_1002) with a client whose application answers are held (the
   * request is sent and answered by the server; the answer waits in `network`), its body changed
   * by `body` if given, and fills it in up to the review.
   */
  async function mountHoldingAnswers(body?: (input: Record<string, unknown>) => void) {
    const events: string[] = [];
    const network = heldFetch(
      (request) => request.method == 'POST' && request.url.endsWith('/me/loan-applications'),
      {
        send: async (request) => {
          if (!body) return fetch(request);
          const json = (await request.clone().json()) as Record<string, unknown>;
          body(json);
          return fetch(new Request(request, { body: JSON.stringify(json) }));
        },
      },
    );
    const el = await clientFixture<JgLoanApplication>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-loan-application></jg-loan-application>`,
      { wait: false },
    );
    for (const type of ['jg-loan-submitted', 'jg-error']) {
      el.addEventListener(type, () => events.push(type));
    }
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render');
    await completeUntilReview(el);
    return { el, network, events };
  }

  /** Confirms, signs 沈嘉禾 (m_1001, no draft) in while the answer is held, then lets it come. */
  async function confirmThenSwitch(el: JgLoanApplication, network: ReturnType<typeof heldFetch>) {
    await click(el, '[part~="next-button"]');
    await waitUntil(() => network.held() == 1, 'the application was not answered', {
      timeout: 10_000,
    });
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1001');
    await waitUntil(
      () => el.step == 'product' && el.shadowRoot!.querySelector('form'),
      'her form was not restored',
    );
    await settle(el);
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settle(el);
  }

  it("shows none of the previous member's application when its answer comes after the switch", async () => {
    const hers = (await clientFor('m_1002').me.loanApplications.list()).data.length;
    const { el, network, events } = await mountHoldingAnswers();
    await confirmThenSwitch(el, network);
    // Filed under the member who confirmed it, and nothing of it on the new member's form.
    expect((await clientFor('m_1002').me.loanApplications.list()).data).to.have.length(hers + 1);
    expect(el.application).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="success"]')).to.equal(null);
    expect(events).to.deep.equal([]);
    expect(el.step).to.equal('product');
  });

  it("puts none of the previous member's server errors on the form when they come after the switch", async () => {
    // The server refuses his application (an amount below the product's minimum, set here).
    const { el, network, events } = await mountHoldingAnswers((input) => (input.amountFen = '100'));
    await confirmThenSwitch(el, network);
    expect(el.shadowRoot!.querySelector('[part="alert"], [part~="error"]')).to.equal(null);
    expect(el.step).to.equal('product');
    expect(events).to.deep.equal([]);
  });

  it('shows the answer of an application confirmed just before the language changes', async () => {
    const realFetch = window.fetch;
    const network = heldFetch((request) => request.url.endsWith('/me/loan-applications'));
    window.fetch = network;
    try {
      const el = await mount();
      await completeUntilReview(el);
      const submittedEvent = oneEvent(el, 'jg-loan-submitted');
      await click(el, '[part~="next-button"]');
      await waitUntil(() => network.held() == 1, 'the application was not answered', {
        timeout: 10_000,
      });
      (el.parentElement as HTMLElement & { locale?: string }).locale = 'en';
      await waitUntil(() => /Step 6/.test(q(el, '#heading').textContent!), 'not in English');
      network.release();
      await submitted(el);
      await submittedEvent;
      await settle(el);
      expect(q(el, '#heading').textContent).to.equal('Application submitted');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('lets an optional consent be refused, and shows a server-side consent error on its box', async () => {
    // The page's product data marks the credit check optional; the server still requires it.
    const el = await mountWithProducts((products) => {
      for (const product of products) {
        for (const text of product.consents) {
          if (text.id === 'ct_credit_check') text.required = false;
        }
      }
    });
    await completeUntilConsents(el);
    expect(q(el, '#consent-ct_credit_check-optional').textContent).to.contain('不影响');
    await click(el, 'input[name="consent:ct_sensitive_pi"]');
    await click(el, 'input[name="consent:ct_share_with_bank"]');
    // Refusing the optional one does not block the step.
    await next(el, 'review');
    expect(q(el, '[part="review"]').textContent).to.contain('未同意');
    await next(el);
    await waitUntil(() => el.step === 'consents', 'did not go back to the consents');
    const box = q<HTMLInputElement>(el, 'input[name="consent:ct_credit_check"]');
    await waitUntil(() => deepActive() === box, 'the refused consent was not focused');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#err-consent-ct_credit_check').textContent).to.match(/《\u2068[^\u2069]*征信/);
    await click(el, 'input[name="consent:ct_credit_check"]');
    expect(el.shadowRoot!.querySelector('#err-consent-ct_credit_check')).to.equal(null);
    await next(el, 'review');
    await next(el);
    expect((await submitted(el)).status).to.equal('submitted');
  });

  it('has a consent the bank updated meanwhile read again, not refused round after round', async () => {
    // The page loaded the credit check's previous version; the server takes the current one only
    // (consent_outdated), so sending the page's version again could never succeed.
    const el = await mountWithProducts((products) => {
      for (const product of products) {
        for (const text of product.consents) {
          if (text.id === 'ct_credit_check') text.version = '2024.1';
        }
      }
    });
    await completeUntilReview(el);
    await next(el);
    await waitUntil(() => el.step === 'consents', 'did not go back to the consents');
    expect(q(el, '#err-consent-ct_credit_check').textContent).to.contain('2025.1');
    const consent = () => q(el, '#consent-ct_credit_check-title').closest('[part="consent"]')!;
    // The first row is the version.
    await waitUntil(
      () => consent().querySelector('dd')!.textContent!.trim() === '2025.1',
      'the new version is not shown',
    );
    // Given again on the version shown now, not left ticked from the old one.
    expect(consent().querySelector<HTMLInputElement>('input')!.checked).to.equal(false);
    await click(el, 'input[name="consent:ct_credit_check"]');
    await next(el, 'review');
    await next(el);
    expect((await submitted(el)).status).to.equal('submitted');
  });

  it('keeps details filled in without keys (a password manager) and goes on with Enter', async () => {
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    const field = (name: string) => q<HTMLElement & { value: string }>(el, `[name="${name}"]`);
    // Password managers and some keyboards' suggestions set the text and send only `change`.
    for (const [name, text] of Object.entries(APPLICANT)) {
      const input = field(name).shadowRoot!.querySelector('input')!;
      input.value = text;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // The member's union arrives after them and renders the form again.
    await waitUntil(() => field('unionId').value !== '');
    await settle(el);
    for (const [name, text] of Object.entries(APPLICANT)) expect(field(name).value).to.equal(text);
    // The phone keyboard's 前往 key (Enter) in the last field goes on, as 下一步 does.
    field('mobile').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('employer');
    await click(el, '[part~="back-button"]');
    for (const [name, text] of Object.entries(APPLICANT)) expect(field(name).value).to.equal(text);
    // Enter with a field left empty: focus goes to it, as with 下一步.
    await fill(el, 'name', '');
    field('mobile').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('applicant');
    await waitUntil(() => deepActive() === field('name').shadowRoot!.querySelector('input'));
  });

  it('can be completed with the keyboard only', async () => {
    const el = await mount('m_1005');
    const tabTo = async (match: (a: Element | null) => boolean, what: string) => {
      for (let i = 0; i < 40; i++) {
        if (match(deepActive())) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const isNext = (a: Element | null) => a?.getAttribute('part') === 'next-button';
    const named = (name: string) => (a: Element | null) =>
      a?.getAttribute('name') === name ||
      (a?.getRootNode() as ShadowRoot | null)?.host?.getAttribute('name') === name;
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle(el);
    };

    q<HTMLInputElement>(el, '#product-lp_startup').focus();
    await press('Space');
    await tabTo(isNext, 'next');
    await press('Enter');
    expect(el.step).to.equal('amount');

    await tabTo(named('amountFen'), 'amount');
    await sendKeys({ type: '80000' });
    await tabTo(named('termMonths'), 'term');
    await press('Space');
    await tabTo(named('repaymentMethod'), 'method');
    await press('Space');
    await tabTo(isNext, 'next');
    await press('Enter');
    expect(el.step).to.equal('applicant');

    await tabTo(named('name'), 'name');
    await sendKeys({ type: '周禾' });
    await tabTo(named('idNumber'), 'id');
    await sendKeys({ type: '330499199806120265' });
    await tabTo(named('mobile'), 'mobile');
    await sendKeys({ type: '19900001005' });
    await waitUntil(() => q<HTMLElement & { value: string }>(el, '[name="unionId"]').value !== '');
    await tabTo(isNext, 'next');
    await press('Enter');
    expect(el.step).to.equal('employer');

    await tabTo(named('employerName'), 'employer');
    await sendKeys({ type: EMPLOYER.name });
    await tabTo(named('uscc'), 'uscc');
    await sendKeys({ type: EMPLOYER.uscc });
    await tabTo(named('purpose'), 'purpose');
    await sendKeys({ type: EMPLOYER.purpose });
    await tabTo(isNext, 'next');
    await press('Enter');
    expect(el.step).to.equal('consents');

    for (const box of el.shadowRoot!.querySelectorAll('input[type="checkbox"]')) {
      await tabTo((a) => a === box, 'consent');
      await press('Space');
    }
    await tabTo(isNext, 'next');
    await press('Enter');
    expect(el.step).to.equal('review');
    await tabTo(isNext, 'submit');
    await press('Enter');
    const application = await submitted(el);
    expect(application.amountFen).to.equal(8_000_000);
  });

  it('speaks English with its en module, in its inputs and union picker too', async () => {
    const el = await providerFixture<JgLoanApplication>(
      MEMBER,
      html`<jg-loan-application locale="en"></jg-loan-application>`,
    );
    await waitUntil(() => !!q(el, 'form'), 'the form did not render');
    expect(q(el, '[aria-current="step"]').textContent).to.contain('Product');
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '100');
    await next(el, 'amount');
    const feedback = (name: string) =>
      q(el, `[name="${name}"]`).shadowRoot!.querySelector('[part="feedback"]')!.textContent!;
    expect(feedback('amountFen')).to.contain('The amount must be at least');
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    await fill(el, 'idNumber', '3304');
    await next(el, 'applicant');
    expect(feedback('idNumber')).to.contain('Enter the 18-character resident ID number');
    const picker = q(el, 'jg-union-picker').shadowRoot!.querySelector('input')!;
    await waitUntil(() => picker.placeholder === 'Search or choose a union', picker.placeholder);
  });

  it('reads the review in English without Chinese brackets, each code on one line', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await providerFixture<JgLoanApplication>(
        MEMBER,
        html`<jg-loan-application locale="en"></jg-loan-application>`,
      );
      await waitUntil(() => !!q(el, 'form'), 'the form did not render');
      await completeUntilReview(el);
      const review = q(el, '[part="review"]');
      expect(review.textContent).to.contain('Monthly payment (Reference)');
      expect(review.textContent).to.contain('(partly hidden)');
      expect(review.textContent).not.to.match(/[（）]/);
      // The USCC the member checks is not broken before its last character.
      const code = Array.from(review.querySelectorAll('dd')).find(
        (dd) => dd.textContent!.trim() == EMPLOYER.uscc,
      )!;
      const range = document.createRange();
      range.selectNodeContents(code);
      expect(range.getClientRects().length, 'lines of the USCC').to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('accepts exactly the ID numbers its gallery page calls valid', async () => {
    // The page a partner developer tries first: `<code>number</code> (valid…)` or (why not).
    const page = await (await fetch('/examples/gallery/loan-application.html')).text();
    const suggested = [...page.matchAll(/<code>(\w{18})<\/code>\s*\(([^)]*)\)/g)];
    expect(suggested.length).to.be.greaterThan(1);
    const el = await mount();
    await click(el, '#product-lp_startup');
    await next(el, 'amount');
    await fill(el, 'amountFen', '10万');
    await click(el, 'input[name="termMonths"][value="12"]');
    await click(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
    await next(el, 'applicant');
    const id = q<HTMLElement & { checkValidity(): boolean }>(el, '[name="idNumber"]');
    for (const [, number, said] of suggested) {
      await fill(el, 'idNumber', number!);
      expect(id.checkValidity(), `${number} (${said})`).to.equal(said!.startsWith('valid'));
    }
  });

  it('fires one jg-error when loading fails, then loads again with retry', async () => {
    let fail = true;
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      fail && new Request(input, init).url.endsWith('/v1/loans/products')
        ? Promise.resolve(
            Response.json(
              { error: { code: 'not_found', message: '未找到相关内容', requestId: 'req_test' } },
              { status: 404 },
            ),
          )
        : realFetch(input, init);
    const errors: unknown[] = [];
    try {
      const { el } = await mountCollectingErrors(errors);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error state');
      expect(errors.map((error) => (error as { code?: string }).code)).to.deep.equal(['not_found']);
      fail = false;
      q(el, '[part="retry-button"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading again').to.not.equal(
        null,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render');
      expect(errors).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('drops a load that a new client replaced (locale switch) without a jg-error', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      if (first && new Request(input, init).url.endsWith('/v1/loans/products')) {
        first = false;
        await held;
      }
      return realFetch(input, init);
    };
    const errors: unknown[] = [];
    try {
      const { provider, el } = await mountCollectingErrors(errors);
      provider.locale = 'en';
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render');
      release();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(errors).to.deep.equal([]);
      expect(q(el, '[aria-current="step"]').textContent).to.contain('Product');
    } finally {
      release();
      window.fetch = realFetch;
    }
  });

  it('shows an error state with a retry when the API cannot be reached', async () => {
    const provider = await fixture(
      html`<jg-provider api-base=${CLOSED_PORT_URL} publishable-key=${PUBLISHABLE_KEY}
        ><jg-loan-application></jg-loan-application
      ></jg-provider>`,
    );
    const el = provider.firstElementChild as JgLoanApplication;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error state', {
      timeout: 30_000,
    });
    expect(q(el, '[part="retry-button"]').textContent).to.contain('重试');
    await expect(el).to.be.accessible();
  });
});
