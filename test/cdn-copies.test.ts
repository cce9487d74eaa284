// Two copies of the CDN loader on one page (two partners' widgets in one WebView, each with its
// own `<script src=".../jiagong.js">`, or two versions): each element's code is downloaded once,
// by whichever loader claimed it first, and every element is defined, also those added later.
// When the first copy's CDN host is blocked (an intranet proxy), the other copy loads the code
// and no error state is left behind.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { root } from '../scripts/lib/families.js';
import { launchBrowser, openPage } from './support/browser.js';
import { ensureBuilt } from './support/build.js';

let browser: Browser;
let server: Server;
let origin: string;
/** The console's warnings of the page a test opened (each test empties it first). */
const warned: string[] = [];

/**
 * A page loading copy `first` (`partner-a`, or `blocked`: its chunks answer 404) then `second`
 * (`partner-b`, or `partner-next`: the same build saying it is the next version).
 */
const html = (
  first: string,
  second = 'partner-b',
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>两个挂件</title>
<script type="module" src="/${first}/jiagong.js"></script>
<script type="module" src="/${second}/jiagong.js"></script></head><body>
<jg-provider><jg-service-menu></jg-service-menu></jg-provider><jg-member-card></jg-member-card>
</body></html>`;

before(async () => {
  await ensureBuilt(['cdn'], ['dist/cdn/manifest.json']);
  browser = await launchBrowser();
  // The same build under two paths: to the browser, two loaders and two sets of chunks.
  server = createServer((req, res) => {
    const copy = /^\/(partner-[ab]|partner-next|blocked)\/([\w./-]+)/.exec(req.url ?? '');
    if (copy?.[1] === 'blocked' && copy[2]!.startsWith('chunks/')) {
      res.writeHead(404).end();
    } else if (copy && !copy[2]!.includes('..')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      const code = readFileSync(path.join(root, 'dist/cdn', copy[2]!), 'utf8');
      res.end(
        copy[1] === 'partner-next' && copy[2] === 'jiagong.js'
          ? code.replace(/version:(["'])[^"']+\1/, 'version:"9.9.9"')
          : code,
      );
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        req.url === '/blocked'
          ? html('blocked')
          : req.url === '/versions'
            ? // The newer copy's URL signed, as a CDN that serves only signed URLs gives it.
              html('partner-a', 'partner-next').replace(
                'jiagong.js"></script></head>',
                'jiagong.js?OSSAccessKeyId=LTAI5t&amp;Signature=s3cr3t%3D"></script></head>',
              )
            : html('partner-a'),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('two CDN loaders on one page', () => {
  beforeEach(() => {
    warned.length = 0;
  });

  it('download each chunk once and define every element, also one added later', async () => {
    const { page, problems } = await openPage(browser, `${origin}/`, {
      setup: async (p) => {
        p.on('console', (message) => {
          if (message.type() === 'warn') warned.push(message.text());
        });
      },
    });
    const defined = (tags: string[]) =>
      page.waitForFunction(
        (names: string[]) => names.every((name) => customElements.get(name)),
        { timeout: 20_000, polling: 100 },
        tags,
      );
    await defined(['jg-service-menu', 'jg-member-card']);
    await page.evaluate(() => document.body.append(document.createElement('jg-courses')));
    await defined(['jg-courses']);
    // Let a loader that was going to fetch something late do so before counting.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const chunks = problems.requests
      .map((url) => new URL(url).pathname)
      .filter((p) => p.includes('/chunks/'))
      .map((p) => p.replace(/^\/partner-[ab]\//, ''));
    assert.ok(chunks.length > 0);
    const twice = chunks.filter((chunk, i) => chunks.indexOf(chunk) !== i);
    assert.deepEqual(twice, [], 'chunks both loaders downloaded');
    assert.deepEqual(problems.errors, []);
    // One version twice: nothing to say.
    assert.deepEqual(
      warned.filter((text) => text.includes('[jiagong]')),
      [],
    );
    await page.close();
  });

  it('of two versions (an old portal module beside a new page) say so in the console, and break nothing', async () => {
    const { page, problems } = await openPage(browser, `${origin}/versions`, {
      setup: async (p) => {
        p.on('console', (message) => {
          if (message.type() === 'warn') warned.push(message.text());
        });
        // The page's own script after both: it runs.
        await p.evaluateOnNewDocument(() => {
          addEventListener('load', () => ((globalThis as { pageRan?: boolean }).pageRan = true));
        });
      },
    });
    await page.waitForFunction(
      () =>
        ['jg-provider', 'jg-service-menu', 'jg-member-card'].every((n) => customElements.get(n)),
      { timeout: 20_000, polling: 100 },
    );
    const version = (
      JSON.parse(readFileSync(path.join(root, 'dist/cdn/manifest.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const said = warned.filter((text) => text.includes('[jiagong]'));
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(
      said[0]!,
      new RegExp(
        `9\\.9\\.9 \\(.*/partner-next/jiagong\\.js\\) beside ${version.replaceAll('.', '\\.')} \\(.*/partner-a/jiagong\\.js\\)`,
      ),
    );
    assert.match(said[0]!, /docs\/frameworks\.md/);
    assert.doesNotMatch(
      said[0]!,
      /OSSAccessKeyId|Signature|s3cr3t/,
      'the signed URL in the console',
    );
    assert.equal(await page.evaluate(() => (globalThis as { pageRan?: boolean }).pageRan), true);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('let the second loader load what the first could not, and leave no error state', async () => {
    const { page, problems } = await openPage(browser, `${origin}/blocked`, {
      // The blocked copy's failed chunks, as the browser reports them.
      ignore: (text) => /\/blocked\/|404/.test(text),
    });
    await page.waitForFunction(
      () =>
        ['jg-provider', 'jg-service-menu', 'jg-member-card'].every((n) => customElements.get(n)),
      { timeout: 30_000, polling: 100 },
    );
    // The blocked copy gave up (after its retries) before the other one took over.
    assert.ok(problems.requests.some((url) => url.includes('/blocked/chunks/')));
    await page.waitForFunction(
      () => !document.querySelector('[data-jg-fallback], [data-jg-load-error]'),
      { timeout: 10_000, polling: 100 },
    );
    assert.deepEqual(problems.errors, []);
    await page.close();
  });
});
