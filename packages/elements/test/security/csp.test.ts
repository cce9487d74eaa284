// Every element under a strict Content-Security-Policy with Trusted Types, in Chromium:
//   script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (no 'unsafe-inline' for scripts or styles, no eval, no string-to-HTML sinks). The page's only
// scripts come from its own origin: the globals and one esbuild bundle of csp-page.ts, which runs
// the full flow of each element from the shared table (../browser/support/flows.ts) against a
// real sandbox and records every `securitypolicyviolation`. Zero violations and zero console
// errors per flow; the policy itself is shown to bite first (self-test). Afterwards no request
// URL carried a token or personal data, and no cookie exists for the page or the API (read
// through the DevTools protocol, HttpOnly included).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { elements } from '@jiagong/elements/registry';
import { startSandbox, type RunningSandbox } from '@jiagong/sandbox';
import {
  bundleForBrowser,
  startPageServer,
  type PageServer,
} from '../../../../scripts/lib/page-server.js';
import { launchBrowser, openPage, type PageProblems } from '../../../../test/support/browser.js';

const POLICY = [
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const here = path.dirname(fileURLToPath(import.meta.url));
const HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>Jiagong elements under a strict CSP</title>
    <script src="/__jg/globals.js"></script>
    <script type="module" src="/csp-page.js"></script>
  </head>
  <body></body>
</html>`;

interface FlowResult {
  error?: string;
  violations: { directive: string; blocked: string; sample: string; source: string }[];
}

let sandbox: RunningSandbox;
let server: PageServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;
let tags: string[] = [];

before(async () => {
  const [started, bundle, launched] = await Promise.all([
    startSandbox({ port: 0, memory: true, quiet: true }),
    bundleForBrowser(path.join(here, 'csp-page.ts')),
    launchBrowser(),
  ]);
  sandbox = started;
  browser = launched;
  server = await startPageServer(sandbox.url);
  const csp = { 'content-security-policy': POLICY };
  server.route('/csp.html', { body: HTML, type: 'text/html; charset=utf-8', headers: csp });
  server.route('/csp-page.js', { body: bundle, type: 'text/javascript' });
  ({ page, problems } = await openPage(browser, `${server.url}/csp.html`, {
    // The mall grid's virtualizer trips this benign notice while it lays out.
    ignore: (text) => text.includes('ResizeObserver loop'),
  }));
  await page.waitForFunction('globalThis.__jgReady === true', { timeout: 30_000 });
  tags = (await page.evaluate('globalThis.__jgFlowTags')) as string[];
});

after(async () => {
  await browser?.close();
  await server?.close();
  await sandbox?.close();
});

describe('every element under a strict CSP with Trusted Types', () => {
  it('the policy is in force: inline styles and HTML strings are refused (self-test)', async () => {
    const outcome = await page.evaluate(async () => {
      const directives: string[] = [];
      const record = (e: SecurityPolicyViolationEvent) => directives.push(e.effectiveDirective);
      document.addEventListener('securitypolicyviolation', record);
      const probe = document.createElement('div');
      document.body.append(probe);
      let trustedTypes = 'allowed';
      try {
        probe.innerHTML = '<b>x</b>';
      } catch (error) {
        trustedTypes = (error as Error).name;
      }
      probe.setAttribute('style', 'color: red');
      // Violation reports are queued as tasks.
      await new Promise((resolve) => setTimeout(resolve, 300));
      document.removeEventListener('securitypolicyviolation', record);
      probe.remove();
      return { trustedTypes, directives };
    });
    assert.equal(outcome.trustedTypes, 'TypeError', 'Trusted Types refuses a string for innerHTML');
    assert.ok(outcome.directives.includes('require-trusted-types-for'), 'reported');
    assert.ok(
      outcome.directives.includes('style-src-attr'),
      'an inline style attribute is refused',
    );
    problems.errors.length = 0;
  });

  it('the page has a flow for every element of the registry', () => {
    assert.deepEqual(
      elements.map((e) => e.tag).filter((tag) => !tags.includes(tag)),
      [],
    );
  });

  describe('each element renders and works with zero violations', () => {
    // (A tag listed twice in the registry runs once.)
    for (const tag of new Set(elements.map((e) => e.tag))) {
      it(`<${tag}>`, async () => {
        const before = problems.errors.length;
        const result = (await page.evaluate(
          (name) =>
            (globalThis as unknown as { __jgRunFlow(t: string): unknown }).__jgRunFlow(name),
          tag,
        )) as FlowResult;
        assert.equal(result.error, undefined, `the flow failed: ${result.error}`);
        assert.deepEqual(result.violations, [], 'CSP / Trusted Types violations');
        assert.deepEqual(problems.errors.slice(before), [], 'console errors');
      });
    }
  });

  it('no request URL carried a session token or personal data', () => {
    assert.ok(
      problems.requests.some((url) => url.includes('/v1/me')),
      'member calls were made',
    );
    const personal = ['330499199003071236', '19900001002', '13957300001', '陆小溪', '沈嘉禾'];
    for (const url of problems.requests) {
      const decoded = decodeURIComponent(url);
      assert.doesNotMatch(decoded, /st_[A-Za-z0-9_-]{16,}|sk_test/, url);
      for (const value of personal) assert.ok(!decoded.includes(value), `${url} carries ${value}`);
    }
  });

  it('no cookie was set for the page or the API', async () => {
    const session = await page.createCDPSession();
    const { cookies } = (await session.send('Network.getAllCookies')) as { cookies: unknown[] };
    assert.deepEqual(cookies, []);
  });
});
