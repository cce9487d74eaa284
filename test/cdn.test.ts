// The CDN loader (dist/cdn/jiagong.js) in Chromium: its size and manifest, on-demand definition
// of elements that appear later (also inside our elements' shadow roots), whenDefined, retries
// with backoff then a localized error state with a working retry button, and Subresource
// Integrity: a chunk whose bytes changed is refused and the element shows its error state.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { presentElements, root } from '../scripts/lib/families.js';
import { launchBrowser, openPage, waitForElements } from './support/browser.js';
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

before(async () => {
  await ensureBuilt(['react', 'js', 'cdn', 'examples'], ['dist/cdn/manifest.json']);
  manifest = JSON.parse(readFileSync(cdn('manifest.json'), 'utf8')) as CdnManifest;
  [servers, browser] = await Promise.all([startServers(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await servers?.stop();
});

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
    assert.ok(gzipSync(loader).length < 5 * 1024, `the loader is ${loader.length} bytes`);
    const sri = (buf: Buffer) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;
    assert.equal(manifest.loader.integrity, sri(loader));
    for (const [file, info] of Object.entries(manifest.chunks)) {
      assert.equal(info.integrity, sri(readFileSync(cdn(file))), `${file}: stale integrity`);
    }
    for (const element of presentElements()) {
      assert.ok(familyOf(element.tag), `<${element.tag}> has no chunk in the CDN manifest`);
    }
    const source = loader.toString();
    assert.doesNotMatch(source, /\bimport\s*[{*"']|\bfrom\s*["']/, 'the loader imports statically');
    assert.doesNotMatch(source, /currentScript|eval\(|new Function|innerHTML/);
  });

  it('carries the English texts in the chunks of every family with text (no import on a CDN page)', () => {
    for (const [family, info] of Object.entries(manifest.families)) {
      const code = [info.entry, ...info.imports]
        .map((file) => readFileSync(cdn(file), 'utf8'))
        .join('\n');
      // internal/en's shared texts: every family's `en` module imports them, and the provider's
      // chunk carries them (it resolves its locale before the elements' chunks arrive).
      assert.match(code, /Check your connection and try again/, `${family} has no English`);
      if (family === 'provider') continue; // renders a slot, no text of its own
      // And the family's own: the first plain text of two words or more its `en` module sets.
      const own = /^\s+\w+: '([A-Za-z]+ [A-Za-z ]+)',$/m.exec(
        readFileSync(path.join(root, 'packages/elements/src', family, 'en.ts'), 'utf8'),
      )?.[1];
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

  it('defines elements that appear later, inside shadow roots too, and answers whenDefined', async () => {
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
    assert.match(shown.text, /组件加载失败/);
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
});
