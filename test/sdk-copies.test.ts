// Two copies of the SDK on one page, as WebViews and intranets have them: the CDN script beside a
// partner's npm bundle, or two partners' widgets each bundling its own version. Each copy has its
// own Lit, @lit/context and element classes; an element of one copy must still find the
// `<jg-provider>` of the other, and the second copy must neither throw on `customElements.define`
// nor break the first. The copies are esbuild bundles of the source entries, as a partner's build
// makes them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { root } from '../scripts/lib/families.js';
import { SANDBOX_KEYS, startSandbox } from '../scripts/lib/sandbox.mjs';
import { launchBrowser, openPage } from './support/browser.js';

/** One self-contained copy of the SDK: the given entries, bundled with their own dependencies. */
async function copyOf(...entries: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: entries.map((e) => `import '@jiagong/elements/${e}';`).join('\n'),
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    conditions: ['source'],
    absWorkingDir: root,
    tsconfig: `${root}/tsconfig.base.json`,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let sandbox: { url: string; stop(): Promise<void> };
let browser: Browser;
let server: Server;
let origin: string;
const scripts = new Map<string, string>();
const pages = new Map<string, string>();

before(async () => {
  const [started, launched, provider, card, both] = await Promise.all([
    startSandbox({ args: ['--port', '0', '--memory', '--quiet'] }),
    launchBrowser(),
    copyOf('provider'),
    copyOf('member-card'),
    copyOf('provider', 'member-card'),
  ]);
  [sandbox, browser] = [started, launched];
  scripts.set('/provider.js', provider).set('/card.js', card).set('/both.js', both);
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const script = scripts.get(path);
    res.writeHead(200, {
      'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8',
    });
    res.end(script ?? pages.get(path) ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * A page with a provider (senior mode) around a member card, the scripts loaded in the given order (module
 * scripts run in document order); the partner's back end gives m_1002's session.
 */
async function cardHolder(...order: string[]): Promise<{ holder: string; errors: string[] }> {
  const path = `/${order.join('-')}`;
  pages.set(
    path,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>两份 SDK</title></head><body>
<jg-provider senior api-base="${sandbox.url}" publishable-key="${SANDBOX_KEYS.publishable}"><jg-member-card></jg-member-card></jg-provider>
<script>document.querySelector('jg-provider').getSessionToken = () => window.partnerToken('m_1002');</script>
${order.map((file) => `<script type="module" src="/${file}.js"></script>`).join('\n')}
</body></html>`,
  );
  const { page, problems } = await openPage(browser, `${origin}${path}`, {
    setup: (p) =>
      p.exposeFunction('partnerToken', async (memberId: string) => {
        const response = await fetch(`${sandbox.url}/v1/sessions`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${SANDBOX_KEYS.secret}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ memberId }),
        });
        return (await response.json()) as unknown;
      }),
  });
  try {
    const handle = await page.waitForFunction(
      () => {
        const card = document.querySelector('jg-member-card') as
          (Element & { effectiveSenior?: boolean }) | null;
        const holder = card?.shadowRoot?.querySelector('[part="holder"] dd');
        // The provider's senior mode reached the card too (its settings context).
        return card?.effectiveSenior && holder?.textContent?.trim();
      },
      { timeout: 15_000, polling: 100 },
    );
    return { holder: (await handle.jsonValue()) as string, errors: problems.errors };
  } finally {
    await page.close();
  }
}

describe('two copies of the SDK on one page', () => {
  it('an element of one copy gets its client and settings from the provider of the other', async () => {
    for (const order of [
      ['provider', 'card'],
      ['card', 'provider'],
    ]) {
      const { holder, errors } = await cardHolder(...order);
      assert.match(holder, /^陆/, `scripts ${order.join(', ')}`);
      assert.deepEqual(errors, [], `scripts ${order.join(', ')}`);
    }
  });

  it('a second copy of the same elements defines nothing and breaks nothing', async () => {
    const { holder, errors } = await cardHolder('both', 'provider', 'card');
    assert.match(holder, /^陆/);
    assert.deepEqual(errors, []);
  });
});
