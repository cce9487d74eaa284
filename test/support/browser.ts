// Chromium for the distribution tests, driven with puppeteer-core (it comes with
// @web/test-runner-chrome) and Debian's chromium: pages are opened with every console error,
// uncaught exception, failed request and CSP violation recorded, and checked with axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ensureChromium } from '../../scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);

export async function launchBrowser(): Promise<Browser> {
  const chromium = await ensureChromium();
  if ('error' in chromium) throw new Error(chromium.error);
  return puppeteer.launch({
    executablePath: chromium.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface PageProblems {
  /** console.error texts, uncaught exceptions and failed requests. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export interface OpenOptions {
  /** Problems to ignore (e.g. the deliberately failing token endpoint of an error-state demo). */
  ignore?: (text: string) => boolean;
  /** Prepare the page before it loads (request interception …). */
  setup?: (page: Page) => Promise<void>;
}

/** Opens a page and records its problems from the first request on. */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage();
  const problems: PageProblems = { errors: [], requests: [] };
  const record = (text: string) => {
    if (!options.ignore?.(text)) problems.errors.push(text);
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    record(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => record(`uncaught: ${String((error as Error).message ?? error)}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Navigating away or a finished test aborts requests still in flight: not a page problem.
    if (reason === 'net::ERR_ABORTED') return;
    record(`request failed: ${request.url()} (${reason})`);
  });
  page.on('request', (request) => problems.requests.push(request.url()));
  // tsx compiles this file with esbuild's keepNames, whose `__name()` calls end up in the
  // functions puppeteer serialises into the page; give the page that helper.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await options.setup?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/**
 * Holds the page's API requests (the sandbox's and the token endpoint's, /api/) unanswered, and
 * its code requests (those `isCode` picks) until `releaseCode()`; everything else goes through.
 * Set it up before the page loads.
 */
export async function holdRequests(
  page: Page,
  sandboxUrl: string,
  isCode: (url: string) => boolean,
) {
  let holdCode = true;
  const held: HTTPRequest[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    const api = url.startsWith(sandboxUrl) || url.includes('/api/');
    if (api || (holdCode && isCode(url))) held.push(request);
    else void request.continue();
  });
  return {
    /** Lets the code held so far through, and all code from now on; the API stays held. */
    releaseCode() {
      holdCode = false;
      for (const request of held.splice(0)) {
        if (isCode(request.url())) void request.continue();
        else held.push(request);
      }
    },
  };
}

/**
 * Waits until every element of `tags` in the page (and in their open shadow roots) is defined
 * and none shows a loading skeleton, except those inside `[data-state="loading"]`. Tags of
 * families that do not exist yet are left out by the caller.
 */
export async function waitForElements(
  page: Page,
  tags: readonly string[],
  timeoutMs = 20_000,
): Promise<void> {
  await page.waitForFunction(
    (known: string[]) => {
      const hosts: Element[] = [];
      const collect = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (!known.includes(el.localName)) continue;
          hosts.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      const busy = hosts.filter((el) => {
        if (el.closest('[data-state="loading"]')) return false;
        if (!customElements.get(el.localName)) return true;
        const root = el.shadowRoot;
        return !root || !!root.querySelector('[part~="skeleton"], [aria-busy="true"]');
      });
      // Some elements only work while on screen (the member code renews only when visible), as
      // a member scrolling the page would see them: bring the first one still busy into view.
      busy[0]?.scrollIntoView({ block: 'center' });
      return busy.length === 0;
    },
    { timeout: timeoutMs, polling: 200 },
    [...tags],
  );
}

export interface ElementState {
  tag: string;
  defined: boolean;
  state: string | null;
  text: string;
  alert: boolean;
}

/** Every element of `tags` in the page (shadow roots included) with what it shows. */
export function elementStates(page: Page, tags: readonly string[]): Promise<ElementState[]> {
  return page.evaluate(
    (known: string[]) => {
      const found: ElementState[] = [];
      const collect = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (!known.includes(el.localName)) continue;
          const shadow = el.shadowRoot;
          found.push({
            tag: el.localName,
            defined: !!customElements.get(el.localName),
            state: el.closest('[data-state]')?.getAttribute('data-state') ?? null,
            text: (shadow?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            alert: !!shadow?.querySelector('[role="alert"]'),
          });
          if (shadow) collect(shadow);
        }
      };
      collect(document);
      return found;
    },
    [...tags],
  );
}

let axeSource: string | undefined;

/** axe-core WCAG 2.1 A/AA violations of the page (open shadow roots included). */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which a page's CSP does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  return violations;
}
