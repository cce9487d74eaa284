// Faults between the elements and the sandbox: every data element (the shared flow table) is
// mounted on a client whose API calls fail — a 500, a 429 with a Retry-After longer than the
// client waits, a dropped connection, a truncated body, an answer that never comes (the client's
// timeout ends it) — and must settle, within a bound, in its error state with a retry button;
// after the network heals, the retry button brings the data. Fault kinds rotate over the
// elements and every kind is also tried on the member card.
import { expect } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { clientFixture, sandboxClient } from '../support/test-helpers.js';
import { flows, waitFor, type ElementFlow } from './support/flows.js';

type FaultKind = 'http-500' | 'rate-limited' | 'dropped' | 'truncated' | 'never-answers';
const KINDS: FaultKind[] = ['http-500', 'rate-limited', 'dropped', 'truncated', 'never-answers'];
const ATTEMPT_TIMEOUT_MS = 800;
const SETTLE_BOUND_MS = 10_000;

const errorJson = (code: string) =>
  JSON.stringify({ error: { code, message: code, requestId: 'req_fault' } });

/** A fetch that fails every API call with `kind` until `heal()`. */
function faultyFetch(kind: FaultKind) {
  let healed = false;
  const faulty = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (healed || !new URL(request.url).pathname.startsWith('/v1/')) return fetch(request);
    const json = { 'content-type': 'application/json' };
    switch (kind) {
      case 'http-500':
        return new Response(errorJson('internal_error'), { status: 500, headers: json });
      case 'rate-limited':
        return new Response(errorJson('rate_limited'), {
          status: 429,
          headers: { ...json, 'retry-after': '3600' },
        });
      case 'dropped':
        throw new TypeError('Failed to fetch');
      case 'truncated':
        return new Response('{"data": [{"id": "x", "na', { status: 200, headers: json });
      case 'never-answers':
        return new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        });
    }
  };
  return Object.assign(faulty, { heal: () => (healed = true) });
}

/** Every element under `root`, through open shadow roots. */
function deep(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...deep(el.shadowRoot));
  }
  return out;
}

const alerts = (el: Element) =>
  deep(el.shadowRoot ?? el).filter((n) => n.matches('[role="alert"]'));
const retryButtons = (el: Element) =>
  alerts(el).flatMap((a) => Array.from(a.querySelectorAll<HTMLButtonElement>('button')));
const busy = (el: Element) =>
  deep(el.shadowRoot ?? el).some((n) => n.matches('[part~="skeleton"], [aria-busy="true"]'));

// Elements that load data when they appear (inputs need none; the union picker loads when
// opened; the provider only hands its client down).
const dataFlows = flows.filter(
  (f) => !['inputs'].includes(f.family) && !['jg-provider', 'jg-union-picker'].includes(f.tag),
);
const rotated = dataFlows.map((flow, i): [ElementFlow, FaultKind] => [
  flow,
  KINDS[i % KINDS.length]!,
]);
const card = flows.find((f) => f.tag === 'jg-member-card')!;
const cases: [ElementFlow, FaultKind][] = [
  ...rotated,
  ...KINDS.filter((kind) => !rotated.some(([f, k]) => f === card && k === kind)).map(
    (kind): [ElementFlow, FaultKind] => [card, kind],
  ),
];

describe('every data element under API faults: error state with retry, bounded, recovers', function () {
  this.timeout(60_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  for (const [flow, kind] of cases) {
    it(`<${flow.tag}> with ${kind}`, async () => {
      const fetchWithFaults = faultyFetch(kind);
      const client = sandboxClient(flow.member, {
        fetch: fetchWithFaults,
        timeout: ATTEMPT_TIMEOUT_MS,
        retry: { limit: 1, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 1000 },
      });
      const started = performance.now();
      const el = await clientFixture<HTMLElement>(client, flow.template(), { wait: false });
      await waitFor(
        () => retryButtons(el).length > 0,
        `<${flow.tag}> error state with a retry button`,
        SETTLE_BOUND_MS,
      );
      expect(performance.now() - started).to.be.below(SETTLE_BOUND_MS);
      for (const alert of alerts(el)) expect(alert.textContent!.trim()).to.not.equal('');

      fetchWithFaults.heal();
      for (const button of retryButtons(el)) button.click();
      await waitFor(
        () => {
          // Some views show a second retry after the first succeeds (a child's own load).
          const left = retryButtons(el);
          for (const button of left) button.click();
          return left.length === 0 && !busy(el);
        },
        `<${flow.tag}> recovered after retry`,
        SETTLE_BOUND_MS,
      );
    });
  }
});
