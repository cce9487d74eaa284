// The page script of bench/first-render.bench.ts (bundled with esbuild, production Lit). It
// exposes two measurements, both from "mounted" to "first data on screen":
// - `__jgMeasureElement(tag)`: the element inside its `<jg-provider>` (the shared flow table's
//   markup), done when its skeleton is gone; also returns the API URLs it fetched;
// - `__jgMeasurePlain(urls, member)`: a plain Lit element that fetches the same JSON with
//   `fetch` (a session from the same token endpoint when a URL is under /v1/me) and renders
//   the strings it finds, done when they are on screen.
import { html, LitElement, render } from 'lit';
import {
  envFromPage,
  flows,
  mount,
  unmount,
} from '../../packages/elements/test/browser/support/flows.js';

/** Rendered with data: it and every element in its shadow trees show no skeleton, nothing busy. */
function deepLoaded(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || root.childElementCount === 0) return false;
  if (root.querySelector('[part~="skeleton"], [aria-busy="true"]')) return false;
  for (const child of Array.from(root.querySelectorAll('*'))) {
    if (child.localName.includes('-') && !child.matches('slot') && !deepLoaded(child)) return false;
  }
  return true;
}

// setTimeout polling would quantise the figures to its clamp (≥ 4 ms); a message-channel turn
// yields to the network and rendering tasks without a delay.
const channel = new MessageChannel();
const turn = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function until(check: () => unknown, what: string, timeoutMs = 30_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out: ${what}`);
    await turn();
  }
}

function strings(value: unknown, out: string[] = []): string[] {
  if (out.length >= 60) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

class PlainFetch extends LitElement {
  static override properties = { urls: { attribute: false }, member: {}, data: { state: true } };
  urls: string[] = [];
  member = '';
  data?: unknown[];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const env = envFromPage();
    const needsSession = this.urls.some((url) => new URL(url).pathname.startsWith('/v1/me'));
    const token = needsSession ? (await env.tokenFor(this.member)).token : env.publishableKey;
    try {
      this.data = await Promise.all(
        this.urls.map((url) =>
          fetch(url, {
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          }).then((res) => res.json() as Promise<unknown>),
        ),
      );
    } catch (error) {
      this.data = [String(error)];
    }
  }

  override render() {
    if (!this.data) return html`<p part="skeleton">加载中</p>`;
    return html`<ul>
      ${strings(this.data).map((s) => html`<li>${s}</li>`)}
    </ul>`;
  }
}
customElements.define('plain-fetch', PlainFetch);

const apiRequests = (since: number, apiBase: string): string[] =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.startTime >= since && e.name.startsWith(`${apiBase}/v1/`))
    .map((e) => e.name);

async function measureElement(tag: string): Promise<{ ms: number; urls: string[] }> {
  const flow = flows.find((f) => f.tag === tag);
  if (!flow) throw new Error(`no flow for ${tag}`);
  const env = envFromPage();
  const container = document.createElement('div');
  document.body.append(container);
  performance.clearResourceTimings();
  const started = performance.now();
  try {
    const run = await mount(flow, env, container);
    await until(() => deepLoaded(run.el), `<${tag}> first render`);
    const ms = performance.now() - started;
    return { ms, urls: [...new Set(apiRequests(started, env.apiBase))] };
  } finally {
    unmount(container);
    container.remove();
  }
}

async function measurePlain(urls: string[], member: string): Promise<{ ms: number }> {
  const container = document.createElement('div');
  document.body.append(container);
  const started = performance.now();
  try {
    render(html`<plain-fetch .urls=${urls} member=${member}></plain-fetch>`, container);
    const el = container.querySelector('plain-fetch')!;
    await until(() => deepLoaded(el), 'plain first render');
    return { ms: performance.now() - started };
  } finally {
    render(html``, container);
    container.remove();
  }
}

Object.assign(globalThis, {
  __jgMeasureElement: measureElement,
  __jgMeasurePlain: measurePlain,
  __jgFlows: flows.map((f) => ({ tag: f.tag, member: f.member })),
  __jgReady: true,
});
