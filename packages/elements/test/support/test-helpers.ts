// Helpers for the elements' browser tests (web-test-runner + @open-wc/testing). Not shipped:
// nothing outside *.test.ts imports this module.
import { expect, fixture, html, waitUntil as waitUntilBase } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendMouse } from '@web/test-runner-commands';
import { createClient, type ClientOptions, type JiagongClient } from '@jiagong/client';
import type { SessionToken } from '../../src/internal/client-controller.js';

const globals = globalThis as unknown as {
  JG_SANDBOX_URL?: string;
  JG_PUBLISHABLE_KEY?: string;
  JG_TOKEN_ENDPOINT?: string;
};

export const PUBLISHABLE_KEY = globals.JG_PUBLISHABLE_KEY ?? 'pk_test_jiaxing';
/** Same-origin stand-in for a partner back end (web-test-runner middleware). */
export const TOKEN_ENDPOINT = globals.JG_TOKEN_ENDPOINT ?? '/__jg/token';

/** The sandbox's base URL for this test run (set by web-test-runner from JG_SANDBOX_URL). */
export function sandboxUrl(): string {
  const url = globals.JG_SANDBOX_URL;
  if (!url) throw new Error('JG_SANDBOX_URL is not set: run browser tests through npm test');
  return url.replace(/\/$/, '');
}

/**
 * Calls a sandbox-only endpoint (`/sandbox/<path>`) through the test server, which adds the
 * secret key (it never enters the page).
 */
export async function sandboxControl<T = unknown>(
  path: string,
  body?: unknown,
  method: 'GET' | 'POST' = 'POST',
): Promise<T> {
  const response = await fetch(`/__jg/sandbox/${path.replace(/^\/+/, '')}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /sandbox/${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A fresh 15-minute member session for a seeded test member (`m_1001` …). */
export async function tokenFor(memberId: string): Promise<{ token: string; expiresAt: string }> {
  const response = await fetch(`${TOKEN_ENDPOINT}?member=${encodeURIComponent(memberId)}`);
  if (!response.ok) throw new Error(`no session for ${memberId}: ${response.status}`);
  return (await response.json()) as { token: string; expiresAt: string };
}

/** Puts the sandbox back to its seed data. */
export async function resetSandbox(): Promise<void> {
  await sandboxControl('reset');
}

/** A `getSessionToken` callback for a member that counts how often it was asked. */
export function sessionSource(memberId: string, first?: SessionToken) {
  const source = Object.assign(
    async (): Promise<SessionToken> => {
      source.calls += 1;
      if (source.calls === 1 && first !== undefined) return first;
      return tokenFor(memberId);
    },
    { calls: 0 },
  );
  return source;
}

/**
 * open-wc's `waitUntil` with 10 s unless a test says otherwise: its default of 1 s is too close on
 * CI's slower, shared machine. Element tests import `waitUntil` from here, not from open-wc.
 */
export const waitUntil: typeof waitUntilBase = (predicate, message, options) =>
  waitUntilBase(predicate, message, { timeout: 10_000, ...options });

/** Whether an element still shows its loading skeleton. */
export function isLoading(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('[part~="skeleton"]');
}

/** Waits until an element's first data (or error / empty state) has rendered. */
export async function waitForLoad(el: Element, timeout = 10_000): Promise<void> {
  await waitUntil(
    () => !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && !isLoading(el),
    `${el.localName} did not finish loading`,
    { timeout },
  );
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/**
 * Renders `template` inside a `<jg-provider>` signed in as `memberId` (or with no session when
 * `memberId` is null) and resolves with the provider's first element child once it loaded.
 */
export async function providerFixture<T extends Element>(
  memberId: string | null,
  template: TemplateResult,
  options: { getSessionToken?: () => Promise<SessionToken>; wait?: boolean; apiBase?: string } = {},
): Promise<T> {
  const apiBase = options.apiBase ?? sandboxUrl();
  const getSessionToken =
    options.getSessionToken ?? (memberId ? () => tokenFor(memberId) : undefined);
  const provider = await fixture(
    html`<jg-provider
      api-base=${apiBase}
      publishable-key=${PUBLISHABLE_KEY}
      .getSessionToken=${getSessionToken}
      >${template}</jg-provider
    >`,
  );
  const el = provider.firstElementChild as T;
  if (options.wait !== false) await waitForLoad(el);
  return el;
}

/** An address nothing listens on, for network-error states. */
export const CLOSED_PORT_URL = 'http://127.0.0.1:9';

/**
 * A `fetch` that passes every call to the real sandbox and lets a test rewrite the JSON answer
 * of some paths (to reach states the seed data has no member for, e.g. an empty list).
 */
export function rewritingFetch(
  rewrite: (path: string, body: unknown, method: string) => unknown,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request.clone());
    const path = new URL(request.url).pathname;
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as unknown;
    const next = rewrite(path, body, request.method);
    if (next === undefined) return response;
    return new Response(JSON.stringify(next), {
      status: response.status,
      headers: response.headers,
    });
  };
}

/**
 * A `fetch` that holds the calls `matches` picks, as a slow network would, until `release()`:
 * their answers (the server has acted and answered; the answer waits), or with `before` the
 * requests themselves (the server has not seen them yet). `held()` counts the calls waiting now.
 * `send` makes a held call's response once it may go on: the real fetch, or a rejection to fail
 * it then. Made before a test replaces `window.fetch` with it, it still reaches the real one.
 */
export function heldFetch(
  matches: (request: Request) => boolean,
  options: { before?: boolean; send?: (request: Request) => Promise<Response> } = {},
) {
  const realFetch = fetch.bind(window);
  const { before = false, send = realFetch } = options;
  const waiting: (() => void)[] = [];
  const wait = () => new Promise<void>((resolve) => waiting.push(resolve));
  const held = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!matches(request)) return realFetch(request);
    if (before) await wait();
    const response = await send(request);
    if (!before) await wait();
    return response;
  };
  return Object.assign(held, {
    held: () => waiting.length,
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
  });
}

/**
 * A network the test turns off and on: `fetch` fails as a browser's does offline while `down`
 * is true, and reaches the sandbox once the test sets `net.down = false`.
 */
export function switchableNetwork(down = true): { down: boolean; fetch: typeof fetch } {
  const net: { down: boolean; fetch: typeof fetch } = {
    down,
    fetch: (input, init) =>
      net.down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
  };
  return net;
}

/**
 * A network for an element's 重试 on a slow network: offline at first (the element's first load
 * fails and shows its 重试), then, once `down` is false, the requests `matches` picks are held
 * before the server, as a slow network holds them, until `release()`. `asked()` counts those
 * requests; `held()` those waiting now. Pass `fetch` to the element's client (with `retry: 0`).
 */
export function offlineThenSlow(matches: (request: Request) => boolean) {
  let asked = 0;
  const slow = heldFetch((request) => matches(request) && ++asked > 0, { before: true });
  const net = switchableNetwork();
  return Object.assign(net, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      net.down ? Promise.reject(new TypeError('Failed to fetch')) : slow(input, init),
    asked: () => asked,
    held: slow.held,
    release: slow.release,
  });
}

/**
 * An older member on a slow network taps 重试 again and again (nothing seems to happen): the
 * network back, one press starts the reload, held before the server; `whileHeld` runs then; two
 * more presses while it is on its way; then the server gets it. The caller waits for the data and
 * checks `network.asked()`: one request when a press leaves the reload on its way be.
 */
export async function tapRetryDuringReload(
  network: ReturnType<typeof offlineThenSlow>,
  retry: () => HTMLElement | null | undefined,
  whileHeld?: () => Promise<void>,
): Promise<void> {
  network.down = false;
  retry()!.focus();
  retry()!.click();
  await waitUntil(() => network.held() == 1, 'the reload not asked', { timeout: 10_000 });
  await whileHeld?.();
  retry()!.click();
  retry()!.click();
  network.release();
}

/**
 * A member on a slow network presses the element's 重试 (its first load failed offline), then,
 * while the reload is on its way, goes on to the page's own links: once `loaded()` (what the
 * retry asked is on screen) and the element has rendered, the focus is still where she put it, on
 * the page, not taken back to what loaded. `network` is the element's client's `fetch`.
 */
export async function expectFocusKeptElsewhereDuringRetry(
  el: Element & { updateComplete: Promise<unknown> },
  network: ReturnType<typeof offlineThenSlow>,
  loaded: () => unknown,
): Promise<void> {
  const retry = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]');
  await waitUntil(retry, 'the error', { timeout: 10_000 });
  const elsewhere = document.body.appendChild(document.createElement('button'));
  try {
    retry()!.focus();
    network.down = false;
    retry()!.click();
    await waitUntil(() => network.held() > 0, 'the retry not asked', { timeout: 10_000 });
    elsewhere.focus();
    network.release();
    await waitUntil(loaded, 'the retry not loaded', { timeout: 10_000 });
    await el.updateComplete;
    // A frame more: a focus moved after a further render would be seen.
    await new Promise(requestAnimationFrame);
    expect(document.activeElement, 'the focus taken from the page').to.equal(elsewhere);
  } finally {
    elsewhere.remove();
  }
}

/**
 * The other way round: while the reload is on its way the member follows the page's skip link to
 * the element (focusable by script, `tabindex="-1"`), so the focus is in the element, and what
 * loaded takes it: `first()`, named `what` (its first tile, its first benefit's link).
 */
export async function expectFocusMovedOnFromElementDuringRetry(
  el: HTMLElement,
  network: ReturnType<typeof offlineThenSlow>,
  first: () => Element | null | undefined,
  what: string,
): Promise<void> {
  const retry = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]');
  await waitUntil(retry, 'the error');
  retry()!.focus();
  network.down = false;
  retry()!.click();
  await waitUntil(() => network.held() > 0, 'the retry not asked');
  el.focus();
  network.release();
  await waitUntil(first, `${what} not loaded`);
  // Without (only while on the page's body): left on the element itself.
  await waitUntil(() => el.shadowRoot!.activeElement === first(), `the focus not on ${what}`);
}

/**
 * A `fetch` whose first points order (`POST /v1/me/orders`) reaches the sandbox, which creates
 * it, but whose answer is lost as on a phone losing its signal; later calls go through. `keys`
 * records each order's `Idempotency-Key` in the order sent.
 */
export function lostFirstOrderAnswer(): { keys: string[]; fetch: typeof fetch } {
  const keys: string[] = [];
  let loseNextAnswer = true;
  return {
    keys,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const isOrder = request.method === 'POST' && request.url.endsWith('/v1/me/orders');
      if (isOrder) keys.push(request.headers.get('idempotency-key')!);
      const response = await fetch(request);
      if (isOrder && loseNextAnswer) {
        loseNextAnswer = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    },
  };
}

/**
 * Applies, as 陆小溪 (m_1002's details) through `client`, for the sandbox's loan product `index`,
 * giving all its consents. One application per product while it is under review.
 */
export async function applyForLoan(client: JiagongClient, index = 0) {
  const product = (await client.loans.products()).data[index]!;
  return client.me.loanApplications.create({
    productId: product.id,
    amountFen: 10_000_000,
    termMonths: product.termsMonths[0]!,
    repaymentMethod: 'equal-instalment',
    applicant: {
      name: '陆小溪',
      idNumber: '330499199003071236',
      mobile: '19900001002',
      unionId: 'u_330411_02_01',
    },
    employer: { name: '嘉兴示例科技有限公司', uscc: '91330402MA20000280' },
    purpose: '店面装修',
    consents: product.consents.map((c) => ({ textId: c.id, version: c.version, granted: true })),
  });
}

/** A client against the sandbox, signed in as `memberId`, recording each request's path. */
export function sandboxClient(
  memberId: string | null,
  options: Partial<ClientOptions> = {},
): JiagongClient & { requests: string[] } {
  const requests: string[] = [];
  const client = createClient({
    baseUrl: sandboxUrl(),
    publishableKey: PUBLISHABLE_KEY,
    getSessionToken: memberId ? () => tokenFor(memberId) : undefined,
    ...options,
    hooks: {
      ...options.hooks,
      beforeRequest: (request) => {
        requests.push(`${request.method} ${new URL(request.url).pathname}`);
        options.hooks?.beforeRequest?.(request);
      },
    },
  });
  return Object.assign(client, { requests });
}

/**
 * Renders `template` inside a `<jg-provider>` given a ready client (see `sandboxClient`) and
 * resolves with the provider's first element child once it loaded.
 */
export async function clientFixture<T extends Element>(
  client: JiagongClient,
  template: TemplateResult,
  options: { wait?: boolean } = {},
): Promise<T> {
  const provider = await fixture(html`<jg-provider .client=${client}>${template}</jg-provider>`);
  const el = provider.firstElementChild as T;
  if (options.wait !== false) await waitForLoad(el);
  return el;
}

/**
 * `template` under a `<jg-provider>` whose client is a `sandboxClient` for `memberId` (with
 * `options`), once it loaded: the element and the client (its `requests` too).
 */
export async function memberFixture<T extends Element>(
  memberId: string | null,
  template: TemplateResult,
  options: Partial<ClientOptions> = {},
): Promise<{ el: T; client: ReturnType<typeof sandboxClient> }> {
  const client = sandboxClient(memberId, options);
  return { el: await clientFixture<T>(client, template), client };
}

/** Resolves after `ms` milliseconds. */
/**
 * A pattern for the member-facing date (`2026/12/16`, Asia/Shanghai) of a seeded time `days`
 * after the seeding: the sandbox seeds relative to its start (e.g. the promotional lot that
 * expires in 20 days), so the expected date follows the calendar. The seeding may have happened
 * before a Shanghai midnight the test runs after, so the date of 30 minutes ago counts too.
 */
export function seededDate(days: number): RegExp {
  const day = (ms: number) =>
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(ms + days * 86_400_000);
  const dates = new Set([day(Date.now() - 30 * 60_000), day(Date.now())]);
  return new RegExp(`(${[...dates].join('|')})`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The text content of the first match in an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element, selector: string): string {
  const node = el.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The suite's console warnings, captured (and kept off the test output) while it runs. */
export function captureWarnings(): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  after(() => {
    console.warn = original;
  });
  return warnings;
}

/** Whether the page wrote anything to Web Storage (the SDK must not). */
export function storageIsEmpty(): boolean {
  return localStorage.length === 0 && sessionStorage.length === 0;
}

/**
 * A suite's Web Storage guard: storage cleared (and the sandbox reset, when asked) before each
 * test, and a test fails when the page wrote to localStorage or sessionStorage (the SDK must not).
 */
export function guardWebStorage(options: { resetSandbox?: boolean } = {}): void {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    if (options.resetSandbox) await resetSandbox();
  });
  afterEach(() => {
    expect(storageIsEmpty(), 'nothing written to localStorage/sessionStorage').to.equal(true);
  });
}

/**
 * Moves `el` to a new parent beside it, in one task, as a React re-parenting or a tab container
 * does: the element is disconnected and connected again before anything renders.
 */
export function reparent(el: Element): void {
  const parent = document.createElement('div');
  el.parentElement!.append(parent);
  el.remove();
  parent.append(el);
}

/**
 * Gives the page a user activation, as a member's first tap does. A test that goes Back or
 * Forward with the History API needs one. The run's test files share one tab, whose history
 * keeps 50 entries; Chromium marks the entries of a page that pushes history without ever
 * having a user activation as skippable, and once the history is full it prunes those first, so
 * the page's own first entry goes and Back leaves the test page (web-test-runner then says the
 * tests "were interrupted because the page navigated to about:blank").
 */
export async function giveUserActivation(): Promise<void> {
  await sendMouse({ type: 'click', position: [0, 0] });
  await waitUntil(() => navigator.userActivation.hasBeenActive, 'a user activation');
}
