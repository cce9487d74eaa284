// Browser tests: @web/test-runner + @open-wc/testing (mocha/chai) in Debian's Chromium.
// Run them with `npm run test:browser` (or `npm test` for everything): scripts/test.mjs starts a
// real sandbox server, passes its URL in JG_SANDBOX_URL and stops it afterwards. Running
// `npx wtr` by hand works too; set JG_SANDBOX_URL to a running sandbox for tests that need it.
//
// What a browser test gets (see `testRunnerHtml` and the middleware below):
//   globalThis.JG_SANDBOX_URL      the sandbox API base URL, e.g. http://127.0.0.1:39123
//                                  (undefined when no sandbox runs: such tests should fail loudly)
//   globalThis.JG_PUBLISHABLE_KEY  'pk_test_jiaxing' (safe in a browser)
//   globalThis.JG_TOKEN_ENDPOINT   '/__jg/token', same-origin, acting as a partner back end:
//     GET  /__jg/token?member=<memberId>  → { token, expiresAt }: the dev server calls
//          POST {sandbox}/v1/sessions with the secret key; the secret key never enters the page.
//          Without ?member the first member of GET {sandbox}/sandbox/members is used.
//          POST /__jg/token with JSON { memberId } works too.
//     ANY  /__jg/sandbox/<path>  → forwarded to {sandbox}/sandbox/<path> with the secret key
//          (reset, members, advancing a loan application …); body and status pass through.
// In TypeScript: `const { JG_SANDBOX_URL } = globalThis as unknown as { JG_SANDBOX_URL?: string }`.
// One in-memory sandbox serves the whole run and files run one after another (concurrency 1):
// a test that changes state resets it (POST /__jg/sandbox/reset) or uses its own member.
//
// Test files: packages/*/src/**/*.test.ts (elements, beside the code) and
// packages/*/test/browser/**/*.test.ts (client). Workspace packages resolve to their TypeScript
// source through the `source` export condition; esbuild compiles TS with tsconfig.base.json
// (experimentalDecorators for Lit). `describe`/`it` are mocha globals (@types/mocha is not
// installed: declare them in the test file, as internal/harness.test.ts does).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reactHarnessPlugin } from './packages/react/test/support/react-harness.mjs';
import { memoryCommandPlugin } from './packages/elements/test/support/memory-command.mjs';
import { timeZoneCommandPlugin } from './packages/elements/test/support/time-zone-command.mjs';
import { DEBIAN_CHROMIUM, findChromium } from './scripts/lib/chromium.mjs';
import { fromRoot } from './scripts/lib/paths.mjs';
import { SANDBOX_KEYS } from './scripts/lib/sandbox.mjs';
import { browserTestGlobs } from './scripts/lib/test-files.mjs';

const sandboxUrl = process.env.JG_SANDBOX_URL?.replace(/\/$/, '') || undefined;
const TOKEN_ENDPOINT = '/__jg/token';
const SANDBOX_PROXY = '/__jg/sandbox/';

// ---------------------------------------------------------------------------------------------
// The partner back end stand-in (Koa middleware of the dev server).

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sendJson(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function noSandbox(ctx) {
  sendJson(ctx, 503, {
    error: {
      code: 'sandbox_unavailable',
      message: 'No sandbox is running: JG_SANDBOX_URL is not set (run the tests via npm test).',
    },
  });
}

const secretHeaders = {
  authorization: `Bearer ${SANDBOX_KEYS.secret}`,
  accept: 'application/json',
};

async function firstMemberId() {
  const res = await fetch(`${sandboxUrl}/sandbox/members`, { headers: secretHeaders });
  if (!res.ok) return undefined;
  const body = await res.json();
  const list = Array.isArray(body) ? body : body?.data;
  const first = Array.isArray(list) ? list[0] : undefined;
  return first?.id ?? first?.memberId;
}

async function tokenMiddleware(ctx) {
  if (!sandboxUrl) return noSandbox(ctx);
  let memberId = ctx.query.member;
  if (!memberId && ctx.method === 'POST') {
    try {
      memberId = JSON.parse((await readBody(ctx.req)).toString() || '{}').memberId;
    } catch {
      return sendJson(ctx, 400, { error: { code: 'invalid_request', message: 'bad JSON body' } });
    }
  }
  memberId ??= await firstMemberId();
  if (!memberId) {
    return sendJson(ctx, 400, {
      error: { code: 'invalid_request', message: 'pass ?member=<memberId>' },
    });
  }
  const res = await fetch(`${sandboxUrl}/v1/sessions`, {
    method: 'POST',
    headers: { ...secretHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  const text = await res.text();
  if (!res.ok) {
    ctx.status = res.status;
    ctx.type = res.headers.get('content-type') ?? 'application/json';
    ctx.body = text;
    return;
  }
  const { token, expiresAt } = JSON.parse(text);
  sendJson(ctx, 200, { token, expiresAt });
}

async function sandboxProxyMiddleware(ctx) {
  if (!sandboxUrl) return noSandbox(ctx);
  const rest = ctx.path.slice(SANDBOX_PROXY.length);
  const hasBody = !['GET', 'HEAD'].includes(ctx.method);
  const body = hasBody ? await readBody(ctx.req) : undefined;
  const headers = { ...secretHeaders };
  const contentType = ctx.get('content-type');
  if (contentType) headers['content-type'] = contentType;
  const idempotencyKey = ctx.get('idempotency-key');
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  const res = await fetch(`${sandboxUrl}/sandbox/${rest}${ctx.search}`, {
    method: ctx.method,
    headers,
    body: body?.length ? body : undefined,
  });
  ctx.status = res.status;
  const type = res.headers.get('content-type');
  if (type) ctx.type = type;
  ctx.body = Buffer.from(await res.arrayBuffer());
}

/** @type {import('@web/dev-server-core').Middleware} */
async function partnerBackEnd(ctx, next) {
  try {
    if (ctx.path === TOKEN_ENDPOINT) return await tokenMiddleware(ctx);
    if (ctx.path.startsWith(SANDBOX_PROXY)) return await sandboxProxyMiddleware(ctx);
  } catch (error) {
    return sendJson(ctx, 502, {
      error: { code: 'sandbox_unreachable', message: String(error?.message ?? error) },
    });
  }
  return next();
}

// ---------------------------------------------------------------------------------------------
// `executeServerCommand('jg-cdp', steps)` from a test: Chrome DevTools Protocol commands on the
// test's page, for what a page cannot do to itself, e.g. make a server unreachable as a tunnel
// does (`['Network.setBlockedURLs', { urls: [`${sandbox}/*`] }]`: its requests fail as fetch
// fails offline; DevTools' offline mode would cut the runner's own connection to the page too).
// A number among the steps waits that many ms. One DevTools session per page: what it set lasts
// as long as the session. It answers the last command's result (e.g. Page.captureScreenshot's
// `{ data }`: what the page painted, which a page cannot read of itself).

function cdpCommandPlugin() {
  const cdpSessions = new WeakMap();
  return {
    name: 'jg-cdp-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'jg-cdp') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      let result = true;
      for (const step of payload) {
        if (typeof step === 'number') await new Promise((resolve) => setTimeout(resolve, step));
        else result = await cdp.send(step[0], step[1] ?? {});
      }
      return result;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Exact pass/fail counts for scripts/test.mjs (the runner's exit code alone cannot be summed).

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${test.name}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** Writes { passed, failed, skipped, failures } to the file named by JG_WTR_RESULTS. */
function countsReporter(file) {
  return {
    stop({ sessions }) {
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [], files: sessions.length };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that crashed, timed out or threw outside a test fails without failed tests.
        if (session.passed === false && counts.failed === before) {
          counts.failed++;
          const reason = session.errors?.[0]?.message ?? session.status;
          counts.failures.push(`${path.relative(fromRoot(), session.testFile)}: ${reason}`);
        }
      }
      writeFileSync(file, JSON.stringify(counts, null, 2));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// `executeServerCommand('jg-ax-names')` from a test: the accessible role and name Chromium
// computes (its accessibility tree, what voice control and screen readers use) for every element
// the page marked with `data-jg-ax="<key>"`, shadow roots included: `{ [key]: { role, name } }`.
// A page can only guess a name (aria-labelledby, label, content rules); this asks the browser.

function axNamesPlugin() {
  return {
    name: 'jg-ax-names',
    async executeCommand({ command, session }) {
      if (command !== 'jg-ax-names') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byNode = new Map(nodes.map((node) => [node.backendDOMNodeId, node]));
        const names = {};
        for (const handle of await page.$$('pierce/[data-jg-ax]')) {
          const node = byNode.get(await handle.backendNodeId());
          names[await handle.evaluate((el) => el.dataset.jgAx)] = {
            role: node?.role?.value ?? '',
            name: node?.name?.value ?? '',
          };
          await handle.dispose();
        }
        return names;
      } finally {
        await cdp.detach();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------

const executablePath = findChromium() ?? DEBIAN_CHROMIUM;
const globals = {
  JG_SANDBOX_URL: sandboxUrl,
  JG_PUBLISHABLE_KEY: SANDBOX_KEYS.publishable,
  JG_TOKEN_ENDPOINT: TOKEN_ENDPOINT,
};
const globalsScript = Object.entries(globals)
  .filter(([, value]) => value !== undefined)
  .map(([key, value]) => `globalThis.${key} = ${JSON.stringify(value)};`)
  .join(' ');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fromRoot(),
  files: browserTestGlobs,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2020', tsconfig: fromRoot('tsconfig.base.json') }),
    // @jiagong/react's tests import React 18 or 19 bundled with the wrappers from
    // /__jg/react-harness/<version>.js (React ships CommonJS, which the browser cannot import).
    reactHarnessPlugin(),
    axNamesPlugin(),
    // `executeServerCommand('jg-memory')`: heap, DOM nodes and listeners after forced GC.
    memoryCommandPlugin(),
    // `executeServerCommand('jg-time-zone', 'Pacific/Kiritimati')`: the page's time zone.
    timeZoneCommandPlugin(),
    cdpCommandPlugin(),
  ],
  middleware: [partnerBackEnd],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Every page behaves as the focused one, as on a member's phone: focus and blur events
      // come with element.focus() even when Chromium does not count the test page as focused
      // (in the full run the React input tests, typing after focus(), got no focus event, so the
      // inputs showed their display text as they were typed).
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 20 * 60_000,
  staticLogging: !process.stdout.isTTY,
  // Lit's dev build (the `development` condition) announces itself in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><script>${globalsScript}</script></head>
  <body>
    <script type="module" src="/packages/elements/test/support/readable-failures.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    // Lists every test by name; logs and errors are already reported by the default reporter.
    summaryReporter({ reportTestLogs: false, reportTestErrors: false }),
    countsReporter(process.env.JG_WTR_RESULTS),
  ],
};
