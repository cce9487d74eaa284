// The CDN snippet pasted into an old intranet portal, as employers' IT staff do: no <!DOCTYPE>
// (quirks mode), a GBK-encoded page, a table layout, the portal's reset CSS (62.5 % root font
// size, `* { box-sizing: content-box; font-size: 12px; line-height: 1; color: #333 }`,
// `button { all: unset }`, `img { max-width: none }`), a <base href> pointing elsewhere, the
// script pasted twice in <head> without defer, and elements added by innerHTML later. Every
// element must load, render its data and read right, with nothing in the console.
// And a page whose older scripts changed built-ins the elements need (an enumerable
// Object.prototype method, Prototype.js 1.6's Array#toJSON): the console names them, and says why
// an element shows its error state, instead of a bare "check your network". Prototype.js's
// Array.from (its $A, which drops a map function) must do the elements no harm.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { root } from '../scripts/lib/families.js';
import { elementStates, launchBrowser, openPage, waitForElements } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { startServers, type Servers } from './support/servers.js';

let servers: Servers;
let browser: Browser;
let server: Server;
let origin: string;

/** GBK bytes of a text, from the decoder's own table (Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      assert.ok(pair, `no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** The portal's page; `before` is a script of the page's own that runs before the snippet. */
const oldPage = (before = '') => {
  const loader = `<script type="module" src="${origin}/cdn/jiagong.js"></script>`;
  const provider = `<jg-provider api-base="${servers.sandboxUrl}" publishable-key="pk_test_jiaxing" token-endpoint="${origin}/api/jiagong-session">`;
  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<base href="http://portal.invalid/oa/">
<title>员工之家</title>
${before}
${loader}
${loader}
<style>
html { font-size: 62.5%; }
body { font: 12px 宋体, SimSun; margin: 0; }
* { box-sizing: content-box; font-size: 12px; line-height: 1; color: #333; }
button { all: unset; }
img { max-width: none; border: 0; }
td { vertical-align: top; }
</style>
</head>
<body>
<table width="100%" cellpadding="4"><tr>
<td width="160"><b id="portal">员工之家</b><br><a href="news.asp">通知公告</a></td>
<td>${provider}<table width="100%"><tr>
<td width="50%"><jg-member-card></jg-member-card></td><td id="later"></td></tr>
<tr><td colspan="2"><jg-courses></jg-courses></td></tr>
<tr><td colspan="2"><form><label>联系手机 <jg-phone-input name="mobile"></jg-phone-input></label></form></td></tr>
</table></jg-provider></td>
</tr></table>
<script>
setTimeout(function () {
  document.getElementById('later').innerHTML = '${provider}<jg-service-menu></jg-service-menu></jg-provider>';
}, 300);
</script>
</body>
</html>`;
};

/** An old blog post's snippet: an enumerable method on every object. */
const objectClone = `<script>
Object.prototype.clone = function () { var copy = {}; for (var key in this) copy[key] = this[key]; return copy; };
</script>`;

/** What Prototype.js 1.6 does to built-ins (every version: Array.from). */
const prototypeJs = `<script>
function $A(iterable) {
  if (!iterable) return [];
  if ('toArray' in Object(iterable)) return iterable.toArray();
  var length = iterable.length || 0, results = new Array(length);
  while (length--) results[length] = iterable[length];
  return results;
}
Array.from = $A;
Array.prototype.toJSON = function () { return '[' + this.join(', ') + ']'; };
</script>`;

/** The portal's snippet that stops Backspace going back; `first` runs first in it. */
const noBackspace = (first = '') => `<script>
document.onkeydown = function (e) {
  ${first}
  var ev = e || window.event;
  var obj = ev.target || ev.srcElement;
  var t = obj.type || obj.getAttribute('type');
  if (ev.keyCode == 8 && t != 'password' && t != 'text' && t != 'textarea') return false;
};
</script>`;

const pages: Record<string, string> = {};

before(async () => {
  await ensureBuilt(['react', 'js', 'cdn', 'examples'], ['dist/cdn/manifest.json']);
  [servers, browser] = await Promise.all([startServers(), launchBrowser()]);
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      void fetch(`${servers.examplesUrl}${url}`, { method: req.method }).then(async (answer) => {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(await answer.text());
      });
    } else if (url.startsWith('/cdn/') && !url.includes('..')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(path.join(root, 'dist/cdn', url.slice(5).split('?')[0]!)));
    } else {
      // An old IIS: the page's bytes in GBK, and no charset in the header (the <meta> says it).
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(gbk(pages[url] ?? ''));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages['/portal.asp'] = oldPage();
  pages['/old-scripts.asp'] = oldPage(objectClone + prototypeJs);
  // troubleshooting.md's fix around Prototype.js, as printed.
  const fix = [
    ...readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8').matchAll(
      /^ *```html\n([\s\S]*?)^ *```/gm,
    ),
  ]
    .map((m) => m[1]!)
    .find((html) => html.includes('prototype.js'));
  assert.ok(fix, "troubleshooting.md's fix around Prototype.js is gone");
  pages['/no-backspace.asp'] = oldPage(noBackspace());
  // A GBK page's own form with the name input, as it is and with troubleshooting.md's attribute.
  const utf8 = /`(accept-charset="utf-8")`/.exec(
    readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8'),
  );
  assert.ok(utf8, "troubleshooting.md no longer gives the form's accept-charset");
  for (const [url, attribute] of [
    ['/form.asp', ''],
    ['/form-utf8.asp', utf8[1]!],
  ]) {
    pages[url!] = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<script type="module" src="${origin}/cdn/jiagong.js"></script></head><body>
<form action="/sent.asp" ${attribute}><jg-name-input name="name"></jg-name-input></form>
</body></html>`;
  }
  // troubleshooting.md's line that lets a key typed inside an element through, as printed.
  const pass = /^ *(if \('composedPath' in e[^\n]*)$/m.exec(
    readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8'),
  );
  assert.ok(pass, "troubleshooting.md's fix for the Backspace snippet is gone");
  // A page sized in rem, for a member whose browser's font size setting is larger.
  pages['/rem.asp'] = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<script type="module" src="${origin}/cdn/jiagong.js"></script></head>
<body><p id="portal" style="font-size: 1rem">员工之家</p>
<jg-provider api-base="${servers.sandboxUrl}" publishable-key="pk_test_jiaxing" token-endpoint="${origin}/api/jiagong-session">
<jg-member-card></jg-member-card><jg-phone-input></jg-phone-input></jg-provider></body></html>`;
  pages['/no-backspace-fixed.asp'] = oldPage(noBackspace(pass[1]));
  pages['/prototype-fixed.asp'] = oldPage(
    fix.replace('<script src="/js/prototype.js"></script>', prototypeJs),
  );
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await servers?.stop();
});

const tags = ['jg-provider', 'jg-member-card', 'jg-service-menu', 'jg-courses', 'jg-phone-input'];

/** The name a screen reader gives the phone field (its <label> in the page). */
const phoneName = (page: Page) =>
  page.$eval('jg-phone-input', (host) =>
    host.shadowRoot!.querySelector('input')!.getAttribute('aria-label'),
  );

describe('the CDN snippet in an old intranet portal', () => {
  it('loads every element in a GBK quirks-mode page with reset CSS, <base href>, two script tags and innerHTML', async () => {
    const { page, problems } = await openPage(browser, `${origin}/portal.asp`);
    const mode = await page.evaluate(() => [document.compatMode, document.characterSet]);
    assert.deepEqual(mode, ['BackCompat', 'GBK']);
    await page.waitForFunction(() => document.querySelector('jg-service-menu'), { timeout: 5000 });
    await waitForElements(page, tags, 30_000);
    // The page's own GBK text and the elements' texts (UTF-8 modules) both read right.
    assert.equal(await page.$eval('#portal', (b) => b.textContent), '员工之家');
    const states = await elementStates(page, tags);
    const text = (tag: string) => states.find((s) => s.tag === tag)?.text ?? '';
    assert.match(text('jg-member-card'), /沈\*\*/);
    assert.match(text('jg-service-menu'), /电子书屋/);
    assert.match(text('jg-courses'), /报名/);
    assert.deepEqual(
      states.filter((s) => !s.defined || s.alert).map((s) => s.tag),
      [],
      'elements not defined or showing an error',
    );
    // The reset's content-box reaches the elements' tags, not their fields: the courses' search
    // field stays inside the element.
    const overflow = await page.$eval('jg-courses', (host) => {
      const field = host.shadowRoot!.querySelector('[part~="search-input"]')!;
      return field.getBoundingClientRect().right - host.getBoundingClientRect().right;
    });
    assert.ok(overflow <= 0.5, `the courses' search field runs ${overflow}px past the element`);
    // The reset's 12 px, line height 1 and #333 reach each element's tag, where they beat the
    // element's own :host rule: the loader gives the tags back their text size, line height and
    // colour (the member card's holder and union ran together at 12 px). The page keeps its own.
    const looks = await page.evaluate((names: string[]) => {
      const style = (el: Element) => {
        const { fontSize, lineHeight, color } = getComputedStyle(el);
        return `${fontSize}/${lineHeight} ${color}`;
      };
      const card = document.querySelector('jg-member-card')!.shadowRoot!;
      return {
        page: style(document.getElementById('portal')!),
        hosts: names.map((name) => `${name} ${style(document.querySelector(name)!)}`),
        union: style(card.querySelector('[part~="union"] dd')!),
      };
    }, tags.slice(1));
    assert.equal(looks.page, '12px/12px rgb(51, 51, 51)');
    assert.deepEqual(
      looks.hosts,
      tags.slice(1).map((name) => `${name} 15px/22.5px rgb(31, 26, 23)`),
    );
    assert.match(looks.union, /^15px\/22\.5px /);
    // As theming.md says: a rule for a tag in a cascade layer (Tailwind CSS v4's utilities) loses
    // to the loader's, which is in none; a token set there reaches the element.
    const layered = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        '@layer partner { jg-service-menu { font-size: 18px } jg-courses { --jg-font-size-md: 17px } }';
      document.head.append(style);
      return ['jg-service-menu', 'jg-courses'].map(
        (name) => getComputedStyle(document.querySelector(name)!).fontSize,
      );
    });
    assert.deepEqual(layered, ['15px', '17px']);
    assert.equal(await phoneName(page), '联系手机');
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it("keeps the elements' px text when the browser's font size setting is larger, as theming.md says", async () => {
    const sizes = async (standard: number) => {
      const { page, problems } = await openPage(browser, `${origin}/rem.asp`, {
        // Chrome's Settings → Appearance → Font size: the root size rem reads.
        setup: async (p) => {
          const cdp = await p.createCDPSession();
          await cdp.send('Page.setFontSizes', { fontSizes: { standard } });
        },
      });
      await waitForElements(page, ['jg-provider', 'jg-member-card', 'jg-phone-input'], 30_000);
      const found = await page.evaluate(() => {
        const size = (el: Element) => getComputedStyle(el).fontSize;
        const card = document.querySelector('jg-member-card')!.shadowRoot!;
        const phone = document.querySelector('jg-phone-input')!.shadowRoot!;
        return [
          size(document.getElementById('portal')!),
          size(card.querySelector('[part~="union"] dd')!),
          size(phone.querySelector('input')!),
        ];
      });
      assert.deepEqual(problems.errors, []);
      await page.close();
      return found;
    };
    assert.deepEqual(await sizes(16), ['16px', '15px', '16px']);
    // The page's rem text grows; the elements' px text does not (page zoom and a phone's text
    // scaling enlarge px text as well).
    assert.deepEqual(await sizes(24), ['24px', '15px', '16px']);
  });

  it("names the page's changed built-ins and each element's load failure in the console", async () => {
    const { page, problems } = await openPage(browser, `${origin}/old-scripts.asp`);
    // The member sees the error state with 重试 (the elements' code throws on this page) …
    await page.waitForSelector('jg-member-card[data-jg-load-error]', { timeout: 20_000 });
    // … in the elements' text size, not the portal's 12px.
    const size = await page.$eval(
      'jg-member-card [data-jg-fallback]',
      (box) => getComputedStyle(box.shadowRoot!.querySelector('p')!).fontSize,
    );
    assert.equal(size, '15px', "the error state's text takes the portal's size");
    // … and the console, read by the portal's developer, says why.
    const said = problems.errors.join('\n');
    for (const changed of ['Object.prototype.clone', 'Array.prototype.toJSON']) {
      assert.ok(said.includes(changed), `the console does not name ${changed}: ${said}`);
    }
    // Prototype's Array.from is on this page too, and harms nothing: no false alarm for it.
    assert.doesNotMatch(said, /Array\.from/);
    assert.match(said, /docs\/troubleshooting\.md/);
    assert.match(said, /<jg-member-card> could not be loaded: TypeError/);
    assert.deepEqual(
      problems.errors.filter((text) => !text.includes('[jiagong]')),
      [],
      'other problems',
    );
    await page.close();
  });

  it("works beside Prototype.js with troubleshooting.md's fix around it, as printed", async () => {
    const { page, problems } = await openPage(browser, `${origin}/prototype-fixed.asp`);
    await page.waitForFunction(() => document.querySelector('jg-service-menu'), { timeout: 5000 });
    await waitForElements(page, tags, 30_000);
    // Beside Prototype's Array.from ($A), the phone field is still named by its <label>, not
    // "[object HTMLLabelElement]"; the elements get the browser's JSON back, the page's Prototype
    // keeps its own.
    assert.equal(await phoneName(page), '联系手机');
    const json = await page.evaluate(() => [
      JSON.stringify({ answers: [1, 2] }),
      (Array.prototype as { toJSON?: () => string }).toJSON?.call([1, 2]),
    ]);
    assert.deepEqual(json, ['{"answers":[1,2]}', '[1, 2]']);
    assert.deepEqual(problems.errors, [], 'the loader still finds changed built-ins');
    await page.close();
  });

  it("lets Backspace delete in the elements' fields beside the portal's no-Backspace snippet, with troubleshooting.md's line", async () => {
    const typed = async (url: string) => {
      const { page, problems } = await openPage(browser, `${origin}${url}`);
      await waitForElements(page, ['jg-provider', 'jg-phone-input'], 30_000);
      const field = await page.evaluateHandle(() =>
        document.querySelector('jg-phone-input')!.shadowRoot!.querySelector('input')!,
      );
      // Focused, not clicked: the elements above it may still move it as they load.
      await field.evaluate((input) => input.focus());
      await page.keyboard.type('13800');
      await page.keyboard.press('Backspace');
      const value = await field.evaluate((input) => input.value.replace(/\D/g, ''));
      assert.deepEqual(problems.errors, []);
      await page.close();
      return value;
    };
    // The snippet as portals have it: the member cannot correct a digit.
    assert.equal(await typed('/no-backspace.asp'), '13800');
    assert.equal(await typed('/no-backspace-fixed.asp'), '1380');
  });

  it("sends a name outside GBK from a GBK page's form as the browser encodes it, and as UTF-8 with troubleshooting.md's accept-charset", async () => {
    const sent = async (url: string) => {
      const { page, problems } = await openPage(browser, `${origin}${url}`);
      await waitForElements(page, ['jg-name-input'], 30_000);
      const field = await page.evaluateHandle(() =>
        document.querySelector('jg-name-input')!.shadowRoot!.querySelector('input')!,
      );
      // Focused, not clicked: the elements above it may still move it as they load.
      await field.evaluate((input) => input.focus());
      await page.keyboard.sendCharacter('张𠮷');
      const request = page.waitForRequest((r) => r.url().includes('/sent.asp'));
      await page.evaluate(() => document.querySelector('form')!.submit());
      const query = new URL((await request).url()).search;
      assert.deepEqual(problems.errors, []);
      await page.close();
      return query;
    };
    // 张 in GBK, then 𠮷 (not in GBK) as the text "&#134071;".
    assert.equal(await sent('/form.asp'), '?name=%D5%C5%26%23134071%3B');
    assert.equal(await sent('/form-utf8.asp'), `?name=${encodeURIComponent('张𠮷')}`);
  });
});
