// Every element of @jiagong/elements and how to drive its full flow in a browser, against a real
// sandbox. The security suites run the same table: browser storage after each flow
// (storage.test.ts), hostile API strings rendered inert (hostile-render.test.ts) and a strict
// CSP + Trusted Types page (test/security/csp.test.ts, which bundles this file). A new element
// plugs in with one entry in `flows`; `registry.test`-style coverage is checked against the
// element registry, so a missing entry fails the suites.
//
// No test framework here (the CSP page has none): plain DOM, lit's render and small waits.
import { html, render, type TemplateResult } from 'lit';
import '@jiagong/elements/provider';
import '@jiagong/elements/member-card';
import '@jiagong/elements/card-benefits';
import '@jiagong/elements/service-menu';
import '@jiagong/elements/merchant-list';
import '@jiagong/elements/points-mall';
import '@jiagong/elements/loan-application';
import '@jiagong/elements/inputs';
import '@jiagong/elements/model-workers';
import '@jiagong/elements/courses';
import '@jiagong/elements/quiz';
import '@jiagong/elements/consents';

export interface FlowEnv {
  /** The sandbox API base URL. */
  apiBase: string;
  publishableKey: string;
  /** A fresh member session from the partner back-end stand-in (`/__jg/token`). */
  tokenFor(memberId: string): Promise<{ token: string; expiresAt: string }>;
  /** A sandbox control (`/__jg/sandbox/<path>`, the back end adds the secret key). */
  control(path: string, body?: unknown): Promise<unknown>;
}

/** What a flow run leaves behind for the checks. */
export interface FlowRun {
  /** The element under test. */
  el: HTMLElement;
  /** Every session token handed to the element. */
  tokens: string[];
  /** Personal data the flow typed or the element revealed (must never be persisted). */
  personal: string[];
}

export interface ElementFlow {
  tag: string;
  /** The family entry that defines it. */
  family: string;
  /** The signed-in member, or null for publishable-key-only use. */
  member: string | null;
  /** The element markup (inside a `<jg-provider>`); `el` is found by `tag`. */
  template(): TemplateResult;
  /** Data the flow needs beyond the seed (points, a submitted application …). */
  prepare?(env: FlowEnv): Promise<void>;
  /** Drives the whole flow; pushes what it typed or saw into `run.personal`. */
  drive(run: FlowRun, env: FlowEnv): Promise<void>;
  /** Personal data typed by the flow (known up front). */
  personal?: readonly string[];
  /** False for an element that shows no text from the API (the member code: a QR and digits). */
  showsApiText?: false;
}

// ---------------------------------------------------------------------------------------------
// Small DOM helpers (no test framework)

export async function waitFor<T>(
  check: () => T | null | undefined | false | '',
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
};

export const part = <E extends Element = HTMLElement>(el: Element, name: string): E | null =>
  shadow(el).querySelector<E>(`[part~="${name}"]`);

const must = <E extends Element = HTMLElement>(el: Element, selector: string): E => {
  const found = shadow(el).querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
};

async function settle(el: Element): Promise<void> {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Loaded: rendered, no skeleton. */
export function isLoaded(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && root.childElementCount > 0 && !root.querySelector('[part~="skeleton"]');
}

export async function loaded(el: Element, what = `<${el.localName}> loaded`): Promise<void> {
  await waitFor(() => isLoaded(el), what);
  await settle(el);
}

/** Resolves with the next `name` event on `target` (optionally cancelling it). */
export function nextEvent<T = unknown>(
  target: EventTarget,
  name: string,
  { cancel = false, timeoutMs = 15_000 } = {},
): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        if (cancel) event.preventDefault();
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Waits for a `<jg-member-code>`'s QR and records its digits: personal data. */
async function recordMemberCode(run: FlowRun, code: Element): Promise<void> {
  await waitFor(() => part(code, 'qr'), 'member QR code');
  const text = part(code, 'code-text')?.textContent?.trim();
  if (text) run.personal.push(text);
}

/** Types into a native input, or the inner input of a `jg-*-input`, as a member would. */
export async function typeInto(field: Element, text: string): Promise<void> {
  const input = (field.shadowRoot?.querySelector('input, textarea') ?? field) as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  input.blur();
  await settle(field);
}

async function clickIn(el: Element, selector: string): Promise<void> {
  must(el, selector).click();
  await settle(el);
}

// ---------------------------------------------------------------------------------------------
// Mounting

/**
 * Renders the flow's element inside a `<jg-provider>` into `container` and resolves with the
 * run; tokens handed out are recorded.
 */
export async function mount(
  flow: ElementFlow,
  env: FlowEnv,
  container: HTMLElement,
): Promise<FlowRun> {
  const tokens: string[] = [];
  const getSessionToken = flow.member
    ? async () => {
        const session = await env.tokenFor(flow.member!);
        tokens.push(session.token);
        return session;
      }
    : undefined;
  render(
    html`<jg-provider
      api-base=${env.apiBase}
      publishable-key=${env.publishableKey}
      .getSessionToken=${getSessionToken}
      >${flow.template()}</jg-provider
    >`,
    container,
  );
  const el = await waitFor(
    () => container.querySelector<HTMLElement>(flow.tag),
    `<${flow.tag}> in the page`,
  );
  return { el, tokens, personal: [...(flow.personal ?? [])] };
}

/** Removes what `mount` rendered. */
export function unmount(container: HTMLElement): void {
  render(html``, container);
}

// ---------------------------------------------------------------------------------------------
// The flows

const APPLICANT = { name: '陆小溪', idNumber: '330499199003071236', mobile: '19900001002' };
const EMPLOYER = { name: '嘉兴示例科技有限公司', uscc: '91330402MA20000280', purpose: '店面装修' };
const DELIVERY = {
  recipient: '沈嘉禾',
  mobile: '13957300001',
  province: '浙江省',
  city: '嘉兴市',
  district: '南湖区',
  street: '禾丰路 88 号',
  /** The one string the order carries. */
  address: '浙江省嘉兴市南湖区禾丰路 88 号',
};

async function redeemFromProduct(view: HTMLElement, run: FlowRun): Promise<void> {
  await waitFor(() => isLoaded(view) && part(view, 'redeem-button'), 'product view');
  const recipient = shadow(view).querySelector('#recipient');
  if (recipient) {
    await typeInto(recipient, DELIVERY.recipient);
    await typeInto(must(view, '#mobile'), DELIVERY.mobile);
    await typeInto(must(view, '#province'), DELIVERY.province);
    await typeInto(must(view, '#city'), DELIVERY.city);
    await typeInto(must(view, '#district'), DELIVERY.district);
    await typeInto(must(view, '#address'), DELIVERY.street);
    run.personal.push(DELIVERY.mobile, DELIVERY.address);
  }
  await clickIn(view, '[part~="redeem-button"]');
  await waitFor(() => must<HTMLDialogElement>(view, 'dialog').open, 'confirmation dialog');
  await settle(view);
  const created = nextEvent(view, 'jg-order-created');
  await clickIn(view, '[part~="confirm-button"]');
  await created;
}

async function cancelFirstOrder(orders: HTMLElement): Promise<void> {
  await waitFor(() => isLoaded(orders) && part(orders, 'cancel-button'), 'a cancellable order');
  await clickIn(orders, '[part~="cancel-button"]');
  const cancelled = nextEvent(orders, 'jg-order-cancelled');
  await clickIn(orders, '[part~="confirm-cancel"] .jg-button--primary');
  await cancelled;
}

/** Clicks down the union tree until a union is chosen. */
async function pickUnion(picker: HTMLElement): Promise<void> {
  await waitFor(() => picker.shadowRoot?.querySelector('input'), 'union picker input');
  const changed = nextEvent(picker, 'change');
  await clickIn(picker, '[part~="toggle"]');
  let chosen = false;
  void changed.then(() => (chosen = true));
  for (let depth = 0; depth < 6 && !chosen; depth++) {
    const option = await waitFor(
      () =>
        [...shadow(picker).querySelectorAll<HTMLElement>('[role="option"]')].find(
          (o) => !o.matches('[part~="option-back"]'),
        ),
      'a union option',
    );
    option.click();
    await settle(picker);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await changed;
}

export const flows: ElementFlow[] = [
  {
    // The configuration root: its flow is handing a working client and session to a child.
    tag: 'jg-provider',
    family: 'provider',
    member: 'm_1001',
    template: () => html`<jg-member-card></jg-member-card>`,
    async drive({ el }) {
      const card = await waitFor(() => el.querySelector('jg-member-card'), 'the child element');
      await loaded(card);
      await waitFor(() => part(card, 'card'), 'the child shows the member card');
    },
  },
  {
    tag: 'jg-member-card',
    family: 'member-card',
    member: 'm_1001',
    template: () => html`<jg-member-card></jg-member-card>`,
    async drive(run) {
      const { el } = run;
      await loaded(el);
      const shown = nextEvent<{ revealed: boolean }>(el, 'jg-card-reveal');
      await clickIn(el, '[part~="reveal-button"]');
      await shown;
      await settle(el);
      const digits = (part(el, 'number')?.textContent ?? '').replace(/\D/g, '');
      if (digits.length >= 12) run.personal.push(digits);
      const holder = part(el, 'holder')?.querySelector('dd')?.textContent?.trim();
      if (holder) run.personal.push(holder);
      const hidden = nextEvent(el, 'jg-card-reveal');
      await clickIn(el, '[part~="reveal-button"]');
      await hidden;
      const code = nextEvent(el, 'jg-code-refresh');
      await clickIn(el, '[part~="code-button"]');
      await code;
      // The code panel is a <jg-member-code>: its own shadow root holds the QR.
      const view = await waitFor(() => shadow(el).querySelector('jg-member-code'), 'member code');
      await recordMemberCode(run, view);
      await clickIn(el, '[part~="code-button"]');
    },
  },
  {
    tag: 'jg-member-code',
    family: 'member-card',
    member: 'm_1001',
    showsApiText: false,
    template: () => html`<jg-member-code></jg-member-code>`,
    async drive(run) {
      const { el } = run;
      await loaded(el);
      await recordMemberCode(run, el);
    },
  },
  {
    tag: 'jg-card-benefits',
    family: 'card-benefits',
    member: 'm_1001',
    template: () => html`<jg-card-benefits></jg-card-benefits>`,
    async drive({ el }) {
      await loaded(el);
      const selected = nextEvent(el, 'jg-benefit-select', { cancel: true });
      await clickIn(el, '[part~="action"]');
      await selected;
    },
  },
  {
    tag: 'jg-service-menu',
    family: 'service-menu',
    member: null,
    template: () => html`<jg-service-menu></jg-service-menu>`,
    async drive({ el }) {
      await loaded(el);
      const selected = nextEvent(el, 'jg-service-select', { cancel: true });
      await clickIn(el, '[part~="tile"]');
      await selected;
    },
  },
  {
    tag: 'jg-merchant-list',
    family: 'merchant-list',
    member: 'm_1001',
    template: () => html`<jg-merchant-list page-size="5"></jg-merchant-list>`,
    async drive({ el }) {
      await loaded(el);
      const select = must<HTMLSelectElement>(el, '[part~="category-select"]');
      select.selectedIndex = Math.min(1, select.options.length - 1);
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await settle(el);
      await waitFor(() => isLoaded(el) && part(el, 'merchant'), 'filtered merchants');
      const opened = nextEvent(el, 'jg-member-code-request');
      await clickIn(el, '[part~="code-button"]');
      await opened;
      const code = await waitFor(() => shadow(el).querySelector('jg-member-code'), 'member code');
      await loaded(code);
      await clickIn(el, '[part~="close-button"]');
    },
  },
  {
    tag: 'jg-union-picker',
    family: 'union-picker',
    member: null,
    template: () =>
      html`<form><jg-union-picker name="unionId" label="所属工会"></jg-union-picker></form>`,
    async drive({ el }) {
      await pickUnion(el);
      const value = new FormData(el.closest('form')!).get('unionId');
      if (!value) throw new Error('the chosen union is not in the form data');
    },
  },
  {
    tag: 'jg-points-mall',
    family: 'points-mall',
    member: 'm_1001',
    template: () => html`<jg-points-mall></jg-points-mall>`,
    prepare: async (env) => {
      await env.control('members/m_1001/points', { balance: 1_000_000 });
    },
    async drive(run) {
      const mall = run.el as HTMLElement & { view: string };
      await waitFor(() => shadow(mall).querySelector('jg-mall-product-grid'), 'grid');
      const grid = shadow(mall).querySelector<HTMLElement>('jg-mall-product-grid')!;
      const card = await waitFor(() => part<HTMLElement>(grid, 'product'), 'a product card');
      card.click();
      await settle(mall);
      const view = await waitFor(
        () => shadow(mall).querySelector<HTMLElement>('jg-mall-product'),
        'product view',
      );
      await redeemFromProduct(view, run);
      mall.view = 'orders';
      await settle(mall);
      const orders = await waitFor(
        () => shadow(mall).querySelector<HTMLElement>('jg-mall-orders'),
        'orders view',
      );
      await cancelFirstOrder(orders);
      mall.view = 'points';
      await settle(mall);
      const history = await waitFor(
        () => shadow(mall).querySelector<HTMLElement>('jg-points-history'),
        'points view',
      );
      await waitFor(() => isLoaded(history) && part(history, 'entry'), 'points entries');
    },
  },
  {
    tag: 'jg-mall-product-grid',
    family: 'points-mall',
    member: null,
    template: () => html`<jg-mall-product-grid></jg-mall-product-grid>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'product'), 'product cards');
      const navigate = nextEvent(el, 'jg-navigate', { cancel: true });
      part(el, 'product')!.click();
      await navigate;
    },
  },
  {
    tag: 'jg-mall-product',
    family: 'points-mall',
    member: 'm_1001',
    template: () => html`<jg-mall-product product-id="prd_0002"></jg-mall-product>`,
    prepare: async (env) => {
      await env.control('members/m_1001/points', { balance: 1_000_000 });
    },
    drive: (run) => redeemFromProduct(run.el, run),
  },
  {
    tag: 'jg-mall-orders',
    family: 'points-mall',
    member: 'm_1001',
    template: () => html`<jg-mall-orders></jg-mall-orders>`,
    drive: ({ el }) => cancelFirstOrder(el),
  },
  {
    tag: 'jg-points-history',
    family: 'points-mall',
    member: 'm_1001',
    template: () => html`<jg-points-history></jg-points-history>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'entry'), 'points entries');
      const filter = must<HTMLSelectElement>(el, '[part~="filter"]');
      filter.selectedIndex = Math.min(1, filter.options.length - 1);
      filter.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await settle(el);
      await loaded(el);
    },
  },
  {
    tag: 'jg-loan-application',
    family: 'loan-application',
    member: 'm_1002',
    personal: [APPLICANT.name, APPLICANT.idNumber, APPLICANT.mobile, EMPLOYER.uscc],
    template: () => html`<jg-loan-application></jg-loan-application>`,
    async drive({ el }) {
      const next = () => clickIn(el, '[part~="next-button"]');
      const fill = (name: string, text: string) => typeInto(must(el, `[name="${name}"]`), text);
      await waitFor(() => el.shadowRoot?.querySelector('#product-lp_startup'), 'loan products');
      await clickIn(el, '#product-lp_startup');
      await next();
      await fill('amountFen', '10万');
      await clickIn(el, 'input[name="termMonths"][value="12"]');
      await clickIn(el, 'input[name="repaymentMethod"][value="equal-instalment"]');
      await next();
      await fill('name', APPLICANT.name);
      await fill('idNumber', APPLICANT.idNumber);
      await fill('mobile', APPLICANT.mobile);
      await waitFor(
        () =>
          (el.shadowRoot?.querySelector('[name="unionId"]') as { value?: string } | null)?.value,
        'the member’s union filled in',
      );
      await next();
      await fill('employerName', EMPLOYER.name);
      await fill('uscc', EMPLOYER.uscc);
      await fill('purpose', EMPLOYER.purpose);
      await next();
      for (const box of shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        if (!box.checked) box.click();
      }
      await settle(el);
      await next();
      const submitted = nextEvent(el, 'jg-loan-submitted');
      await next();
      await submitted;
      const status = await waitFor(
        () => shadow(el).querySelector<HTMLElement>('jg-loan-status'),
        'the status list after submitting',
      );
      await waitFor(() => isLoaded(status) && part(status, 'application'), 'the new application');
    },
  },
  {
    tag: 'jg-loan-status',
    family: 'loan-application',
    member: 'm_1001',
    template: () => html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'application'), 'applications');
      const refresh = part(el, 'refresh-button');
      if (refresh) {
        refresh.click();
        await settle(el);
        await loaded(el);
      }
    },
  },
  {
    tag: 'jg-consents',
    family: 'consents',
    member: 'm_1001',
    template: () => html`<jg-consents></jg-consents>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'withdraw-button'), 'consents');
      const withdrawn = nextEvent(el, 'jg-consent-withdrawn');
      await clickIn(el, '[part~="withdraw-button"]');
      await clickIn(el, '[part="confirm"] .jg-button--primary');
      await withdrawn;
      await waitFor(() => part(el, 'consent-withdraw'), 'the withdrawn consent');
    },
  },
  {
    tag: 'jg-model-workers',
    family: 'model-workers',
    member: null,
    template: () => html`<jg-model-workers page-size="4"></jg-model-workers>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'read-button'), 'model workers');
      await clickIn(el, '[part~="read-button"]');
      await waitFor(() => part(el, 'story'), 'the story');
      await clickIn(el, '[part~="back-button"]');
      await waitFor(() => part(el, 'worker'), 'back to the list');
    },
  },
  {
    tag: 'jg-courses',
    family: 'courses',
    member: 'm_1002',
    template: () => html`<jg-courses page-size="5"></jg-courses>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'sign-up-button'), 'courses to sign up for');
      const before = shadow(el).querySelectorAll('[part~="signed-up"]').length;
      const signedUp = nextEvent(el, 'jg-course-signed-up');
      await clickIn(el, '[part~="sign-up-button"]:not([aria-disabled="true"])');
      await signedUp;
      await waitFor(() => part(el, 'signed-up'), 'signed-up mark');
      // And 取消报名 (confirmed): the seat returns, 报名 is back.
      const cancelled = nextEvent(el, 'jg-course-sign-up-cancelled');
      await clickIn(el, '[part~="cancel-button"]');
      await clickIn(el, '[part~="confirm-cancel"] .jg-button--primary');
      await cancelled;
      const signedUpCount = () => shadow(el).querySelectorAll('[part~="signed-up"]').length;
      await waitFor(() => signedUpCount() === before, 'the sign-up cancelled');
    },
  },
  {
    tag: 'jg-quiz',
    family: 'quiz',
    member: 'm_1002',
    template: () => html`<jg-quiz></jg-quiz>`,
    async drive({ el }) {
      await waitFor(() => isLoaded(el) && part(el, 'start-button'), 'the round');
      await clickIn(el, '[part~="start-button"]');
      const submitted = nextEvent(el, 'jg-quiz-submitted');
      let done = false;
      void submitted.then(() => (done = true));
      for (let i = 0; i < 120 && !done && !part(el, 'result'); i++) {
        const question = await waitFor(
          () => part(el, 'question') ?? part(el, 'result'),
          'a question or the result',
        );
        if (question.matches('[part~="result"]')) break;
        const radio = question.querySelector<HTMLInputElement>('input[type="radio"]');
        if (radio && !question.querySelector('input[type="radio"]:checked')) radio.click();
        await settle(el);
        const confirm = part(el, 'confirm');
        const button =
          confirm?.querySelector<HTMLButtonElement>('.jg-button--primary') ??
          part<HTMLButtonElement>(el, 'next-button');
        button?.click();
        await settle(el);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await submitted;
      await waitFor(() => part(el, 'result'), 'the result');
    },
  },
  ...(
    [
      ['jg-id-input', 'idNumber', APPLICANT.idNumber],
      ['jg-phone-input', 'mobile', '+86 139-5730-0002'],
      ['jg-amount-input', 'amount', '12.5万'],
      ['jg-uscc-input', 'uscc', '91330402MA20000280'],
      ['jg-name-input', 'name', '欧阳娜娜'],
    ] as const
  ).map(([tag, name, text]): ElementFlow => ({
    tag,
    family: 'inputs',
    member: null,
    personal: [text],
    template: () =>
      html`<form>
        ${
          {
            'jg-id-input': html`<jg-id-input name=${name} label="证件号码" required></jg-id-input>`,
            'jg-phone-input': html`<jg-phone-input
              name=${name}
              label="手机号"
              required
            ></jg-phone-input>`,
            'jg-amount-input': html`<jg-amount-input
              name=${name}
              label="金额"
              required
            ></jg-amount-input>`,
            'jg-uscc-input': html`<jg-uscc-input
              name=${name}
              label="信用代码"
              required
            ></jg-uscc-input>`,
            'jg-name-input': html`<jg-name-input
              name=${name}
              label="姓名"
              required
            ></jg-name-input>`,
          }[tag]
        }
      </form>`,
    async drive(run) {
      const { el } = run;
      await waitFor(() => el.shadowRoot?.querySelector('input'), `<${tag}> input`);
      const form = el.closest('form')!;
      if (form.checkValidity()) throw new Error(`${tag}: an empty required field passed`);
      await typeInto(el, text);
      const value = new FormData(form).get(name);
      if (!value || !form.checkValidity()) throw new Error(`${tag}: ${text} was not accepted`);
      run.personal.push(String(value));
    },
  })),
];

/** The flows of elements that are defined in this page (families that have landed). */
export const definedFlows = (): ElementFlow[] =>
  flows.filter((flow) => customElements.get(flow.tag));

/** The flow environment from the page globals the test servers set (see web-test-runner.config.mjs). */
export function envFromPage(): FlowEnv {
  const g = globalThis as unknown as {
    JG_SANDBOX_URL?: string;
    JG_PUBLISHABLE_KEY?: string;
    JG_TOKEN_ENDPOINT?: string;
  };
  if (!g.JG_SANDBOX_URL) throw new Error('JG_SANDBOX_URL is not set: run through npm test');
  const tokenEndpoint = g.JG_TOKEN_ENDPOINT ?? '/__jg/token';
  return {
    apiBase: g.JG_SANDBOX_URL.replace(/\/$/, ''),
    publishableKey: g.JG_PUBLISHABLE_KEY ?? 'pk_test_jiaxing',
    async tokenFor(memberId) {
      const res = await fetch(`${tokenEndpoint}?member=${encodeURIComponent(memberId)}`);
      if (!res.ok) throw new Error(`no session for ${memberId}: ${res.status}`);
      return (await res.json()) as { token: string; expiresAt: string };
    },
    async control(path, body) {
      const res = await fetch(`/__jg/sandbox/${path.replace(/^\/+/, '')}`, {
        method: 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`POST /sandbox/${path} answered ${res.status}`);
      return (await res.json()) as unknown;
    },
  };
}
