// The CDN loader (dist/cdn/jiagong.js) in Chromium: its size and manifest, on-demand definition
// of elements that appear later (also inside our elements' shadow roots), whenDefined, retries
// with backoff then a localized error state with a working retry button, and Subresource
// Integrity: a chunk whose bytes changed is refused and the element shows its error state.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { contentSecurityPolicy } from '../examples/server/src/static.js';
import { presentElements, root } from '../scripts/lib/families.js';
import { holdRequests, launchBrowser, openPage, waitForElements } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { startServers, type Servers } from './support/servers.js';

interface CdnManifest {
  loader: { file: string; integrity: string; bytes: number; gzipBytes: number };
  chunks: Record<string, { integrity: string; bytes: number }>;
  families: Record<string, { entry: string; imports: string[]; tags: string[] }>;
}

const cdn = (file: string) => path.join(root, 'dist/cdn', file);
const tags = presentElements().map((e) => e.tag);
let manifest: CdnManifest;
let servers: Servers;
let browser: Browser;
const closers: (() => Promise<void>)[] = [];

before(async () => {
  await ensureBuilt(['react', 'js', 'cdn', 'examples'], ['dist/cdn/manifest.json']);
  manifest = JSON.parse(readFileSync(cdn('manifest.json'), 'utf8')) as CdnManifest;
  [servers, browser] = await Promise.all([startServers(), launchBrowser()]);
});

after(async () => {
  await Promise.all(closers.map((close) => close()));
  await browser?.close();
  await servers?.stop();
});

/** The employer's snippet from docs/csp.md: the loader, its styles and tags, as printed. */
function docsSnippet(): string {
  const text = readFileSync(path.join(root, 'docs/csp.md'), 'utf8');
  const block = [...text.matchAll(/^```html\n([\s\S]*?)^```/gm)]
    .map((m) => m[1]!)
    .find((code) => code.includes('jiagong.js'));
  assert.ok(block, 'docs/csp.md has no html block with the CDN loader');
  return block;
}

const CDN_PREFIX = /^https:\/\/cdn\.jsdelivr\.net\/npm\/@jiagong\/elements@[^/]+\/dist\/cdn\//;

/**
 * Serves the docs' snippet as a plain intranet page under the example's strict CSP, changing
 * only what the docs ask the employer to fill in (nonce, the loader's hash, the API base), with
 * the CDN on its own origin answering like jsDelivr (CORS) from dist/cdn, or blocked by a proxy.
 */
async function openSnippetPage(
  cdnBlocked: boolean,
  /** A server that sends `.js` with another type; the snippet without `type="module"`. */
  mistake: {
    contentType?: string;
    classicScript?: boolean;
    integrity?: string;
    /** Pasted into a paragraph, as a CMS's editor puts what is pasted into it. */
    inParagraph?: boolean;
    /** A nonce not this response's: pasted into a CMS, which does not write it. */
    staleNonce?: boolean;
  } = {},
): Promise<{ page: Page; problems: { errors: string[] } }> {
  const nonce = 'c25pcHBldC10ZXN0LW5vbmNl';
  const printed = mistake.inParagraph ? `<p>${docsSnippet()}</p>` : docsSnippet();
  const snippet = (mistake.classicScript ? printed.replace(' type="module"', '') : printed)
    .replaceAll('nonce="…"', `nonce="${mistake.staleNonce ? 'b2xkLW5vbmNl' : nonce}"`)
    .replace(
      /integrity="sha384-[^"]*"/,
      `integrity="${mistake.integrity ?? manifest.loader.integrity}"`,
    )
    .replace('https://api.jiagong.example', servers.sandboxUrl);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>员工之家</title></head><body>${snippet}</body></html>`;
  // The intranet's own server (a real one: a page fulfilled by the test would not count as on
  // this machine, and Chromium would keep it from the sandbox on 127.0.0.1). Its back end answers
  // the token endpoint, as the example's does.
  const intranet = createServer((req, res) => {
    if (req.url?.startsWith('/api/')) {
      void fetch(`${servers.examplesUrl}${req.url}`).then(async (answer) => {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(await answer.text());
      });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy('strict', nonce, servers.sandboxUrl),
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => intranet.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => intranet.close(() => resolve())));
  const { port } = intranet.address() as AddressInfo;
  const opened = await openPage(browser, `http://127.0.0.1:${port}/`, {
    ignore: (text) => cdnBlocked && text.includes('cdn.jsdelivr.net'),
    setup: async (p) => {
      await p.setRequestInterception(true);
      p.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (CDN_PREFIX.test(url)) {
          if (cdnBlocked) return void request.abort('connectionrefused');
          void request.respond({
            status: 200,
            contentType: mistake.contentType ?? 'text/javascript; charset=utf-8',
            headers: { 'access-control-allow-origin': '*' },
            body: readFileSync(cdn(new URL(url).pathname.replace(/^.*\/dist\/cdn\//, ''))),
          });
        } else void request.continue();
      });
    },
  });
  return opened;
}

/** Whether the fallback text inside the member card has a box on screen, and its text. */
const fallbackShown = (page: Page) =>
  page.$eval('jg-member-card > :first-child', (p) => ({
    boxes: p.getClientRects().length,
    text: (p as HTMLElement).innerText,
  }));

const familyOf = (tag: string) =>
  Object.entries(manifest.families).find(([, f]) => f.tags.includes(tag));

/** Records the `jg-error` events of the page (by the tag that fired them). */
async function recordErrors(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(`
    globalThis.__jgErrors = [];
    document.addEventListener('jg-error', (e) => __jgErrors.push(e.composedPath()[0].localName));
  `);
}

describe('CDN bundle', () => {
  it('has a small loader and an SRI manifest matching every file', () => {
    const loader = readFileSync(cdn('jiagong.js'));
    const source = loader.toString();
    assert.ok(gzipSync(loader).length < 5 * 1024, `the loader is ${loader.length} bytes`);
    // The loader's hash is sha384 (what a page pastes); each chunk's is sha256 (build-cdn.ts).
    const sri = (buf: Buffer, algorithm: string) =>
      `${algorithm}-${createHash(algorithm).update(buf).digest('base64')}`;
    assert.equal(manifest.loader.integrity, sri(loader, 'sha384'));
    for (const [file, info] of Object.entries(manifest.chunks)) {
      const integrity = sri(readFileSync(cdn(file)), 'sha256');
      assert.equal(info.integrity, integrity, `${file}: stale integrity`);
      assert.ok(source.includes(integrity), `${file}: the loader does not carry its integrity`);
    }
    for (const element of presentElements()) {
      assert.ok(familyOf(element.tag), `<${element.tag}> has no chunk in the CDN manifest`);
    }
    assert.doesNotMatch(source, /\bimport\s*[{*"']|\bfrom\s*["']/, 'the loader imports statically');
    assert.doesNotMatch(source, /currentScript|eval\(|new Function|innerHTML/);
  });

  it('weighs what docs/csp.md says a page with the card, its benefits and the menu downloads', () => {
    // "downloads 51 KB compressed but 126 KB without": the loader and every chunk the loader
    // fetches for those families (entry, imports and lazy ones, each file once), as served.
    const csp = readFileSync(path.join(root, 'docs/csp.md'), 'utf8');
    const claim = /downloads (\d+) KB compressed but (\d+) KB without/.exec(csp);
    assert.ok(claim, 'docs/csp.md no longer states the download');
    const files = new Set<string>();
    for (const family of ['provider', 'member-card', 'card-benefits', 'service-menu']) {
      const f = manifest.families[family] as CdnManifest['families'][string] & { lazy?: string[] };
      if (!f) return; // a checkout without that family
      for (const file of [f.entry, ...f.imports, ...(f.lazy ?? [])]) files.add(file);
    }
    let bytes = manifest.loader.bytes;
    let gzip = manifest.loader.gzipBytes;
    for (const file of files) {
      const chunk = manifest.chunks[file] as { bytes: number; gzipBytes?: number };
      bytes += chunk.bytes;
      gzip += chunk.gzipBytes ?? gzipSync(readFileSync(cdn(file))).length;
    }
    const near = (kb: number, actual: number) => Math.abs(kb * 1000 - actual) <= actual * 0.05;
    assert.ok(near(Number(claim[1]), gzip), `compressed: ${gzip} B, docs/csp.md: ${claim[1]} KB`);
    assert.ok(
      near(Number(claim[2]), bytes),
      `uncompressed: ${bytes} B, docs/csp.md: ${claim[2]} KB`,
    );
  });

  it('carries the English texts in the chunks of every family with text (no import on a CDN page)', () => {
    for (const [family, info] of Object.entries(manifest.families)) {
      const code = [info.entry, ...info.imports]
        .map((file) => readFileSync(cdn(file), 'utf8'))
        .join('\n');
      // internal/en's shared texts: every family's `en` module imports them, and the provider's
      // chunk carries them (it resolves its locale before the elements' chunks arrive).
      assert.match(code, /Check your internet and try again/, `${family} has no English`);
      if (family === 'provider') continue; // renders a slot, no text of its own
      // And the family's own: the first plain text of two words or more its `en` module sets (or
      // its messages, for a family whose entry carries its English: the consents).
      const own = ['en.ts', 'messages.ts']
        .map((file) => path.join(root, 'packages/elements/src', family, file))
        .filter((file) => existsSync(file))
        .map((file) => /^\s+\w+: '([A-Za-z]+ [A-Za-z ]+)',$/m.exec(readFileSync(file, 'utf8'))?.[1])
        .find(Boolean);
      assert.ok(own && code.includes(own), `${family} lacks its own English (${own})`);
    }
  });

  it('switches a page to English with <jg-provider locale="en"> and no console warning', async () => {
    const warnings: string[] = [];
    const { page } = await openPage(browser, `${servers.examplesUrl}/employer-intranet/`, {
      setup: async (p) => {
        p.on('console', (message) => {
          if (message.type() === 'warn') warnings.push(message.text());
        });
        // The partner's markup with locale="en", set before the provider's chunk can run.
        await p.evaluateOnNewDocument(`
          new MutationObserver(() => {
            const provider = document.querySelector('jg-provider');
            if (provider && !provider.hasAttribute('locale')) provider.setAttribute('locale', 'en');
          }).observe(document, { childList: true, subtree: true });
        `);
      },
    });
    await waitForElements(page, tags);
    await page.waitForFunction(
      () =>
        /Workers/.test(document.querySelector('jg-service-menu')?.shadowRoot?.textContent ?? ''),
      { timeout: 15_000 },
    );
    assert.deepEqual(
      warnings.filter((w) => w.includes('[jiagong]')),
      [],
      'a CDN page cannot import the English texts: it must not be told to',
    );
    await page.close();
  });

  it('defines elements that appear later, inside shadow roots too, and answers whenDefined (a misspelt tag refused)', async () => {
    // The gallery index: the loader is on the page but no element is.
    const { page, problems } = await openPage(browser, `${servers.examplesUrl}/gallery/`);
    const before = problems.requests.filter((u) => u.includes('/cdn/chunks/')).length;
    assert.equal(before, 0, 'chunks were loaded for a page without elements');

    // A provider appears; then an element is put inside the provider's own shadow root.
    await page.evaluate((apiBase) => {
      const provider = document.createElement('jg-provider');
      provider.setAttribute('api-base', apiBase);
      provider.setAttribute('publishable-key', 'pk_test_jiaxing');
      provider.setAttribute('token-endpoint', '/api/jiagong-session');
      document.body.append(provider);
    }, servers.sandboxUrl);
    await page.waitForFunction(() => !!customElements.get('jg-provider'), { timeout: 15_000 });
    const nested = tags.find((t) => familyOf(t)?.[0] !== 'provider' && t === 'jg-card-benefits');
    if (nested) {
      await page.evaluate(async (tag) => {
        const provider = document.querySelector('jg-provider') as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await provider.updateComplete;
        provider.shadowRoot!.append(document.createElement(tag));
      }, nested);
      await page.waitForFunction((tag) => !!customElements.get(tag), { timeout: 15_000 }, nested);
    }

    // whenDefined() from the loader's module loads a family nobody has put on the page yet.
    const other = tags.find((t) => familyOf(t)?.[0] === 'inputs') ?? tags[tags.length - 1]!;
    const defined = await page.evaluate(async (tag) => {
      const loader = (await import('/cdn/jiagong.js' as string)) as {
        whenDefined(tag: string): Promise<unknown>;
        knownTags(): string[];
      };
      await loader.whenDefined(tag);
      return !!customElements.get(tag) && loader.knownTags().includes(tag);
    }, other);
    assert.ok(defined, `whenDefined('${other}') did not define it`);
    // A misspelt tag is refused with its name: an app awaiting it before rendering (as
    // frameworks.md says) waited forever, with nothing in the console.
    const misspelt = await page.evaluate(async () => {
      const loader = (await import('/cdn/jiagong.js' as string)) as {
        whenDefined(tag: string): Promise<unknown>;
      };
      return Promise.race([
        loader.whenDefined('jg-member-cards').then(
          () => 'defined',
          (error: Error) => error.message,
        ),
        new Promise((resolve) => setTimeout(() => resolve('still waiting after 3 s'), 3000)),
      ]);
    });
    assert.match(String(misspelt), /unknown element or family "jg-member-cards"/);
    await page.close();
  });

  it("defines an element in a page's own shadow root once load() is called, as the docs say", async () => {
    // README "No build step" and frameworks.md: the loader cannot see into a partner's own
    // shadow roots (its web components, Angular's ShadowDom); load(tag) from its module can.
    const tag = tags.includes('jg-quiz') ? 'jg-quiz' : tags[tags.length - 1]!;
    const { page, problems } = await openPage(browser, `${servers.examplesUrl}/gallery/`);
    const seen = await page.evaluate(async (name) => {
      const host = document.createElement('div');
      host.id = 'partner-widget';
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).append(document.createElement(name));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return !!customElements.get(name);
    }, tag);
    // If the loader learns to look there, the docs' extra step can go.
    assert.equal(seen, false, `the loader now defines <${tag}> in a page's shadow root by itself`);
    const defined = await page.evaluate(async (name) => {
      const { load } = (await import('/cdn/jiagong.js' as string)) as {
        load(tag: string): Promise<void>;
      };
      await load(name);
      const host = document.getElementById('partner-widget')!.shadowRoot!.querySelector(name)!;
      return !!customElements.get(name) && host.constructor !== HTMLElement;
    }, tag);
    assert.ok(defined, `load('${tag}') did not define it`);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('retries a failed chunk, then shows a localized error state whose button loads it', async () => {
    const [, family] = familyOf('jg-member-card')!;
    let blocked = 0;
    let block = true;
    const { page } = await openPage(browser, `${servers.examplesUrl}/employer-intranet/`, {
      ignore: () => true, // the failed requests are the point
      setup: async (p) => {
        await recordErrors(p);
        await p.setRequestInterception(true);
        p.on('request', (request: HTTPRequest) => {
          if (block && request.url().includes(family.entry)) {
            blocked++;
            void request.abort('failed');
          } else void request.continue();
        });
      },
    });
    const fallback = 'jg-member-card[data-jg-load-error]';
    await page.waitForSelector(fallback, { timeout: 15_000 });
    assert.ok(blocked >= 3, `expected 3 attempts (1 + 2 retries), saw ${blocked}`);
    const shown = await page.$eval(fallback, (host) => {
      const box = host.querySelector('[data-jg-fallback]');
      return {
        text: box?.shadowRoot?.textContent ?? '',
        role: box?.shadowRoot?.querySelector('[role="alert"]') !== null,
      };
    });
    assert.match(shown.text, /这部分内容没能加载/);
    assert.match(shown.text, /重试/);
    assert.ok(shown.role, 'the error state is not announced (role=alert)');
    const errors = await page.evaluate(() => (globalThis as { __jgErrors?: string[] }).__jgErrors);
    assert.ok(errors?.includes('jg-member-card'), 'no jg-error event from the element');

    // The network is back: the retry button loads the chunk and the real element takes over.
    block = false;
    await page.evaluate(() => {
      const box = document.querySelector('jg-member-card [data-jg-fallback]');
      box?.shadowRoot?.querySelector('button')?.click();
    });
    await page.waitForFunction(() => !!customElements.get('jg-member-card'), { timeout: 15_000 });
    await waitForElements(page, tags);
    const after = await page.$eval('jg-member-card', (host) => ({
      fallback:
        !!host.querySelector('[data-jg-fallback]') || host.hasAttribute('data-jg-load-error'),
      text: host.shadowRoot?.textContent ?? '',
    }));
    assert.ok(!after.fallback, 'the error state stayed after a successful retry');
    assert.match(after.text, /沈/);
    await page.close();
  });

  it('loads every element that failed in an outage from one press of a retry button', async () => {
    // The network down while the page loads fails every family, the provider's too: the card's
    // 重试 alone once loaded only the card, which then waited for its provider at 加载中… for good.
    let block = true;
    const { page } = await openPage(browser, `${servers.examplesUrl}/employer-intranet/`, {
      ignore: () => true, // the failed requests are the point
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', (request: HTTPRequest) => {
          if (block && request.url().includes('/cdn/chunks/')) void request.abort('failed');
          else void request.continue();
        });
      },
    });
    // Every family on the page failed (the card's benefits too, which this once did not wait
    // for): a family whose last attempt is refused after the press below is a later failure,
    // with a 重试 of its own, not part of this outage.
    await page.waitForFunction(
      () => {
        const hosts = [...document.querySelectorAll('*')].filter((el) =>
          el.localName.startsWith('jg-'),
        );
        return hosts.length >= 4 && hosts.every((el) => el.hasAttribute('data-jg-load-error'));
      },
      { timeout: 20_000, polling: 100 },
    );
    block = false;
    await page.evaluate(() => {
      const box = document.querySelector('jg-member-card > [data-jg-fallback]');
      box?.shadowRoot?.querySelector('button')?.click();
    });
    await waitForElements(page, tags);
    const after = await page.evaluate(() => ({
      undefinedTags: [...document.querySelectorAll('*')]
        .map((el) => el.localName)
        .filter((tag) => tag.startsWith('jg-') && !customElements.get(tag)),
      errorStates: document.querySelectorAll('[data-jg-load-error]').length,
      card: document.querySelector('jg-member-card')?.shadowRoot?.textContent ?? '',
    }));
    assert.deepEqual(after.undefinedTags, []);
    assert.equal(after.errorStates, 0, 'an error state stayed after the retry');
    assert.match(after.card, /沈/);
    await page.close();
  });

  it('refuses a chunk whose bytes differ from its integrity hash', async () => {
    const [, family] = familyOf('jg-member-card')!;
    const { page } = await openPage(browser, `${servers.examplesUrl}/employer-intranet/`, {
      ignore: () => true,
      setup: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', (request: HTTPRequest) => {
          if (request.url().includes(family.entry)) {
            const body = `${readFileSync(cdn(family.entry.split('?')[0]!), 'utf8')}\n;console.log('tampered');`;
            void request.respond({ status: 200, contentType: 'text/javascript', body });
          } else void request.continue();
        });
      },
    });
    await page.waitForSelector('jg-member-card[data-jg-load-error]', { timeout: 15_000 });
    assert.equal(await page.evaluate(() => !!customElements.get('jg-member-card')), false);
    await page.close();
  });

  it("works as the CSP docs' snippet is printed, pasted into a page with the strict policy", async () => {
    const { page, problems } = await openSnippetPage(false);
    await page.waitForFunction(() => !!customElements.get('jg-member-card'), { timeout: 15_000 });
    await waitForElements(page, ['jg-provider', 'jg-member-card']);
    assert.deepEqual(problems.errors, [], 'CSP violations or failures with the snippet');
    // Defined and rendered: the fallback text is no longer drawn.
    assert.equal((await fallbackShown(page)).boxes, 0, 'the fallback stays visible once loaded');
    assert.match(
      await page.$eval('jg-member-card', (el) => el.shadowRoot?.textContent ?? ''),
      /沈/,
    );
    await page.close();
  });

  it('keeps the fallback text inside the tag when the snippet is pasted into a paragraph', async () => {
    // A CMS's editor puts what is pasted into a <p>; a <p> of fallback text inside the tag ended
    // that paragraph and the tags with it, so 若一直没有出现，请用 Chrome… stayed under the card.
    const { page } = await openSnippetPage(false, { inParagraph: true });
    await waitForElements(page, ['jg-provider', 'jg-member-card']);
    assert.match(
      await page.$eval('jg-member-card', (el) => el.textContent ?? ''),
      /若一直没有出现/,
      'the fallback text is no longer inside the tag',
    );
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /若一直没有出现/);
    await page.close();
  });

  it('shows the fallback content inside the tag when the CDN host is blocked', async () => {
    const { page } = await openSnippetPage(true);
    const shown = await fallbackShown(page);
    assert.ok(shown.boxes > 0, 'a blocked loader leaves the member card blank');
    assert.match(shown.text, /若一直没有出现/);
    assert.equal(await page.evaluate(() => !!customElements.get('jg-member-card')), false);
    await page.close();
  });

  it("quotes what the console says when the loader cannot run (a server's MIME type, no type=module, another version's hash, another page's nonce)", async () => {
    // An intranet server that does not know .js, or a snippet pasted without type="module": the
    // page shows only the text inside the tags, and docs/csp.md must name the console's message.
    const docs = readFileSync(path.join(root, 'docs/csp.md'), 'utf8').replace(/\s+/g, ' ');
    for (const mistake of [
      { contentType: 'application/octet-stream' },
      { contentType: 'text/plain' },
      { classicScript: true },
      // The hash of another version (the URL's version changed, the hash was not).
      { integrity: manifest.chunks[Object.keys(manifest.chunks)[0]!]!.integrity },
      // A CMS page under a nonce policy, the snippet pasted with a nonce that is not the page's.
      { staleNonce: true },
    ]) {
      const { page, problems } = await openSnippetPage(false, mistake);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.match((await fallbackShown(page)).text, /若一直没有出现/);
      assert.equal(await page.evaluate(() => !!customElements.get('jg-provider')), false);
      const said = problems.errors.join('\n');
      const quoted = mistake.classicScript
        ? "Cannot use 'import.meta' outside a module"
        : mistake.integrity
          ? "Failed to find a valid digest in the 'integrity' attribute"
          : mistake.staleNonce
            ? 'violates the following Content Security Policy directive: "script-src'
            : 'Expected a JavaScript';
      assert.ok(said.includes(quoted), `${JSON.stringify(mistake)}: the console said ${said}`);
      assert.ok(docs.includes(quoted), `docs/csp.md does not quote "${quoted}"`);
      if (mistake.contentType) assert.ok(docs.includes(mistake.contentType), mistake.contentType);
      await page.close();
    }
    assert.ok(docs.includes("from origin 'null' has been blocked by CORS policy"), 'file://');
  });

  it("says what the console's integrity parsing error means: the snippet's placeholder pasted as printed", async () => {
    // An intranet's IT person pasted the snippet without looking up the hash: the elements load,
    // with a console error csp.md did not name, and the loader runs with no integrity check.
    const printed = /integrity="([^"]*)"/.exec(docsSnippet())?.[1];
    assert.ok(printed?.startsWith('sha384-…'), `the snippet's integrity is ${printed}`);
    const { page, problems } = await openSnippetPage(false, { integrity: printed });
    await waitForElements(page, ['jg-provider', 'jg-member-card']);
    const quoted = "Error parsing 'integrity' attribute";
    const said = problems.errors.join('\n');
    assert.ok(said.includes(quoted), `the console said ${said}`);
    const docs = readFileSync(path.join(root, 'docs/csp.md'), 'utf8').replace(/\s+/g, ' ');
    assert.ok(docs.includes(quoted), `docs/csp.md does not quote "${quoted}"`);
    await page.close();
  });

  it('gives each element, while it loads, the height docs/theming.md says to reserve (390 px)', async () => {
    // The table partners copy into `:not(:defined) { min-height }`: a height other than the
    // skeleton's moves everything below the element when its code arrives.
    const theming = readFileSync(path.join(root, 'docs/theming.md'), 'utf8');
    const table: [string, number][] = [];
    for (const row of theming.matchAll(/^\| (`jg-[^|]+) \| (\d+)px \|$/gm)) {
      for (const tag of row[1]!.matchAll(/`(jg-[a-z-]+)`/g)) table.push([tag[1]!, Number(row[2])]);
    }
    const listed = table.filter(([tag]) => (tags as string[]).includes(tag));
    assert.ok(listed.length >= 10, "theming.md's skeleton height table is gone");
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    // tsx names the functions inside page.evaluate with a helper the page does not have.
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
    // No answer from the API or the token endpoint: every element stays in its loading state.
    await holdRequests(page, servers.sandboxUrl, () => false);
    await page.goto(`${servers.examplesUrl}/employer-intranet/`, { waitUntil: 'domcontentloaded' });
    // The intranet's own layout (a section of its grid per element), one element a section.
    await page.evaluate(
      (list: string[]) => {
        const main = document.querySelector('jg-provider main')!;
        main.replaceChildren(
          ...list.map((tag) => {
            const section = document.createElement('section');
            section.className = 'wide';
            const host = document.createElement(tag);
            if (tag === 'jg-mall-product') host.setAttribute('product-id', 'prd_0001');
            section.append(host);
            return section;
          }),
        );
      },
      listed.map(([tag]) => tag),
    );
    // Each element's height once it is defined and shows its skeleton (or, for the mall, the
    // skeleton of the view inside it); null while one is not there yet.
    const measure = () =>
      page.evaluate(
        (list: string[]) => {
          const loading = (host: Element): boolean =>
            !!host.shadowRoot?.querySelector('[part~="skeleton"]') ||
            Array.from(host.shadowRoot?.querySelectorAll('*') ?? []).some(
              (el) => el.localName.startsWith('jg-') && loading(el),
            );
          return list.map((tag) => {
            const host = document.querySelector(tag);
            return host && customElements.get(tag) && loading(host)
              ? Math.round(host.getBoundingClientRect().height)
              : null;
          });
        },
        listed.map(([tag]) => tag),
      );
    let heights = await measure();
    for (const deadline = Date.now() + 30_000; heights.includes(null) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      heights = await measure();
    }
    assert.deepEqual(
      listed.filter((_, i) => heights[i] === null).map(([tag]) => tag),
      [],
      'elements not in their loading state',
    );
    const wrong = listed
      .map(([tag, documented], i) => ({ tag, documented, height: heights[i]! }))
      .filter(
        ({ documented, height }) => Math.abs(height - documented) > Math.max(12, height * 0.08),
      )
      .map(({ tag, documented, height }) => `<${tag}> ${height}px, theming.md ${documented}px`);
    assert.deepEqual(wrong, []);
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`keeps each element's height when its code arrives (intranet page, ${width} px)`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 844 });
      await page.evaluateOnNewDocument(`
        globalThis.__name = (fn) => fn;
        globalThis.__shift = 0;
        globalThis.__moved = [];
        new PerformanceObserver((list) => {
          // What moved in the page itself (a node inside an element's shadow root is reported
          // as null): the element's own skeleton is not the page's layout.
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput && entry.sources.some((s) => s.node)) {
              __shift += entry.value;
              // What moved, and by how much, for the failure message.
              __moved.push(entry.value.toFixed(3) + ' at ' + Math.round(entry.startTime) + ' ms: ' +
                entry.sources.map((s) => (s.node ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '') : '?') +
                  ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) +
                  ' h ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)).join(', '));
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
      `);
      // A slow link: the chunks and then the data arrive only when the test lets them.
      const { releaseCode } = await holdRequests(page, servers.sandboxUrl, (url) =>
        url.includes('/cdn/chunks/'),
      );
      await page.goto(`${servers.examplesUrl}/employer-intranet/`, {
        waitUntil: 'domcontentloaded',
      });
      const measured = ['jg-member-card', 'jg-service-menu', 'jg-card-benefits'];
      const heights = (tags: string[]) =>
        page.evaluate(
          (list: string[]) =>
            list.map((tag) => {
              const host = document.querySelector(tag)!;
              return {
                tag,
                defined: !!customElements.get(tag),
                skeleton: !!host.shadowRoot?.querySelector('[part~="skeleton"]'),
                height: host.getBoundingClientRect().height,
                top: host.getBoundingClientRect().top + scrollY,
              };
            }),
          tags,
        );
      // Two frames after the first paint, with no chunk arrived.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const waiting = await heights(measured);
      assert.ok(waiting.every((h) => !h.defined));
      const shiftBefore = await page.evaluate(() => (globalThis as { __shift?: number }).__shift);

      releaseCode();
      await page.waitForFunction(
        (list: string[]) =>
          list.every((tag) =>
            document.querySelector(tag)?.shadowRoot?.querySelector('[part~="skeleton"]'),
          ),
        { timeout: 15_000 },
        measured,
      );
      const loading = await heights(measured);
      for (const [i, before] of waiting.entries()) {
        const after = loading[i]!;
        assert.ok(
          Math.abs(after.height - before.height) <= Math.max(12, after.height * 0.08),
          `<${before.tag}> was ${before.height}px before its code arrived, ${after.height}px after`,
        );
        assert.ok(
          Math.abs(after.top - before.top) <= 10,
          `<${before.tag}> moved from y=${before.top} to y=${after.top} when its code arrived`,
        );
      }
      const shift = await page.evaluate(() => (globalThis as { __shift?: number }).__shift ?? 0);
      const moved = await page.evaluate(() => (globalThis as { __moved?: string[] }).__moved ?? []);
      assert.ok(
        shift - (shiftBefore ?? 0) < 0.01,
        `the upgrade shifted the page by ${shift} (${shiftBefore} before it):\n${moved.join('\n')}`,
      );
      await page.close();
    });
  }
});
