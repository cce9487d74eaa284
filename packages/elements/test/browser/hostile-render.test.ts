// Hostile strings from the API rendered by every element as inert text. The sandbox writes the
// corpus (scripts/lib/hostile-strings.ts: markup, event handlers, javascript: URLs, template and
// SQL syntax, bidi and zero-width controls, mixed scripts, 500-character strings) into every
// user-facing text of its catalogue and seeded history (the `sandbox.setTexts` control); each
// element then runs its full flow (support/flows.ts) and afterwards:
// - no payload ran (`window.__jgPwned` stays unset) and no element came from one (no script,
//   iframe, style, link, object or embed, no on* attribute, no javascript: URL, no img src=x);
// - the strings are on screen as text: an element's textContent equals a corpus string exactly.
// The form inputs get the corpus typed into them. And URLs are checked as well: an API answer
// with a javascript: URL never becomes a link (the client refuses it as a contract violation).
import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { hostileStrings, PWNED } from '../../../../scripts/lib/hostile-strings.js';
import {
  envFromPage,
  flows,
  isLoaded,
  mount,
  typeInto,
  unmount,
  waitFor,
} from './support/flows.js';
import { clientFixture, rewritingFetch, sandboxClient } from '../support/test-helpers.js';

const corpus = new Set(hostileStrings);
const pwned = () => (window as unknown as Record<string, unknown>)[PWNED];

/** Every element under `root`, through open shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'style',
  'base',
  'meta',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

/** Problems: elements or attributes a hostile string could have produced. */
function activeContent(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag))
      problems.push(
        `<${tag}> in <${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'}>`,
      );
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('on')) problems.push(`<${tag} ${attr.name}="${attr.value}">`);
      if (URL_ATTRIBUTES.includes(attr.name) && /^\s*javascript:/i.test(attr.value)) {
        problems.push(`<${tag} ${attr.name}="${attr.value}">`);
      }
    }
    if (tag === 'img' && /\/x$/.test((el as HTMLImageElement).src)) problems.push('<img src=x>');
  }
  return problems;
}

/** Corpus strings that some element shows as its whole text (or an input as its value). */
function shownExactly(root: ParentNode): Set<string> {
  const shown = new Set<string>();
  for (const el of deepElements(root)) {
    const text = el.textContent ?? '';
    if (corpus.has(text)) shown.add(text);
    const trimmed = text.trim();
    if (trimmed !== text && corpus.has(trimmed)) shown.add(trimmed);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (corpus.has(el.value)) shown.add(el.value);
    }
  }
  return shown;
}

/** Corpus strings that can turn the text around them: bidi controls or right-to-left letters. */
const bidiStrings = hostileStrings.filter((s) =>
  /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069]/.test(s),
);
const FSI = '\u2068';
const PDI = '\u2069';
const visible = (text: string) => text.replace(/\s+/g, '');

/**
 * Places where a bidi corpus string shares a line of text with the element's own words, numbers
 * or punctuation without being isolated from them (by an element that isolates, such as <bdi>,
 * or FSI … PDI around it): there an override it opens, or its right-to-left letters, reorder the
 * element's own text after it (a points figure or a date read backwards). Attributes that are
 * sentences (aria-label, alt, title) as well.
 */
function unisolated(root: ParentNode): string[] {
  const problems: string[] = [];
  const where = (el: Element) =>
    `<${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'}> <${el.localName}${
      el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''
    }>`;
  const wrapped = (value: string, text: string) => value.includes(FSI + text + PDI);
  const shadowRoots = [root, ...deepElements(root).flatMap((el) => el.shadowRoot ?? [])];
  for (const scope of shadowRoots) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue!;
      for (const text of bidiStrings) {
        if (!value.includes(text) || wrapped(value, text)) continue;
        // Up to the element that isolates it, or that holds the paragraph (a block, a flex item).
        let el = node.parentElement;
        while (el) {
          const style = getComputedStyle(el);
          if (/isolate|plaintext/.test(style.unicodeBidi)) break;
          if (!/^inline$|^contents$/.test(style.display)) {
            if (visible(el.textContent ?? '') !== visible(text))
              problems.push(`${where(el)} ${JSON.stringify(el.textContent!.trim())}`);
            break;
          }
          el = el.parentElement;
        }
      }
    }
  }
  for (const el of deepElements(root)) {
    for (const name of ['aria-label', 'alt', 'title', 'aria-description', 'placeholder']) {
      const value = el.getAttribute(name);
      if (!value) continue;
      for (const text of bidiStrings)
        if (value.includes(text) && value.trim() !== text && !wrapped(value, text))
          problems.push(`${where(el)} ${name}=${JSON.stringify(value)}`);
    }
  }
  return [...new Set(problems)];
}

describe('hostile strings from the API render as inert text', function () {
  this.timeout(120_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });
  const seen = new Map<string, Set<string>>();

  before(async () => {
    const env = envFromPage();
    await env.control('reset');
    const result = (await env.control('fixtures/texts', { texts: hostileStrings })) as {
      updated: Record<string, number>;
    };
    expect(Object.values(result.updated).every((n) => n > 0)).to.equal(true);
  });
  after(async () => {
    await envFromPage().control('reset');
  });
  afterEach(() => {
    expect(pwned(), 'a hostile payload ran').to.equal(undefined);
  });

  it('the checks catch the corpus when it is parsed as HTML (self-test)', () => {
    // An inert document: nothing runs or loads, but the elements exist.
    const doc = new DOMParser().parseFromString(hostileStrings.join('\n'), 'text/html');
    const problems = activeContent(doc).join('\n');
    for (const expected of [
      '<script>',
      '<iframe>',
      '<style>',
      '<link>',
      'onerror',
      'onload',
      'javascript:',
    ]) {
      expect(problems).to.contain(expected);
    }
    expect(shownExactly(doc).size).to.equal(0);
  });

  for (const flow of flows.filter((f) => f.family !== 'inputs')) {
    it(`<${flow.tag}>`, async () => {
      const env = envFromPage();
      await flow.prepare?.(env);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const run = await mount(flow, env, container);
        await waitFor(() => isLoaded(run.el), `<${flow.tag}> loaded`);
        await flow.drive(run, env);
        expect(activeContent(container), 'active content from API strings').to.deep.equal([]);
        const shown = shownExactly(container);
        seen.set(flow.tag, shown);
        // The union picker shows API text only once opened; its flow ends with the list closed
        // and the chosen name in its input.
        if (flow.showsApiText !== false) {
          expect(
            shown.size,
            `<${flow.tag}> shows no corpus string as plain text`,
          ).to.be.greaterThan(0);
        }
      } finally {
        unmount(container);
        container.remove();
      }
    });
  }

  it('every corpus string was shown intact by some element', () => {
    const all = new Set([...seen.values()].flatMap((s) => [...s]));
    const missing = hostileStrings.filter((s) => !all.has(s));
    expect(missing).to.deep.equal([]);
  });

  it('the form inputs take every corpus string as inert text', async () => {
    const inputs = [
      'jg-id-input',
      'jg-phone-input',
      'jg-amount-input',
      'jg-uscc-input',
      'jg-name-input',
    ];
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <jg-id-input name="id" label="证件号码"></jg-id-input>
        <jg-phone-input name="mobile" label="手机号"></jg-phone-input>
        <jg-amount-input name="amount" label="金额"></jg-amount-input>
        <jg-uscc-input name="uscc" label="信用代码"></jg-uscc-input>
        <jg-name-input name="name" label="姓名"></jg-name-input>
      </form>`,
    );
    for (const tag of inputs) {
      const el = form.querySelector(tag)!;
      for (const text of hostileStrings) {
        await typeInto(el, text);
        // (The ID input masks what it shows once left, so its box holds asterisks now.)
        expect(typeof (el as HTMLElement & { value: unknown }).value).to.equal('string');
        expect(activeContent(form), `${tag} with ${text}`).to.deep.equal([]);
      }
    }
  });
});

describe('bidi controls and right-to-left names from the API stay inside the name', function () {
  this.timeout(120_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  // Every text of the catalogue and history is one of the bidi strings, so each sentence an
  // element builds around an API string meets one.
  before(async () => {
    const env = envFromPage();
    await env.control('reset');
    await env.control('fixtures/texts', { texts: bidiStrings });
  });
  after(async () => {
    await envFromPage().control('reset');
  });

  for (const flow of flows.filter((f) => f.family !== 'inputs')) {
    it(`<${flow.tag}>`, async () => {
      const env = envFromPage();
      await flow.prepare?.(env);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        // Checked at every frame of the flow: announcements and steps it passes count too.
        const problems = new Set<string>();
        let frame = 0;
        const check = () => {
          for (const problem of unisolated(container)) problems.add(problem);
          frame = requestAnimationFrame(check);
        };
        check();
        try {
          const run = await mount(flow, env, container);
          await waitFor(() => isLoaded(run.el), `<${flow.tag}> loaded`);
          await flow.drive(run, env);
          check();
        } finally {
          cancelAnimationFrame(frame);
        }
        expect([...problems]).to.deep.equal([]);
      } finally {
        unmount(container);
        container.remove();
      }
    });
  }
});

describe('javascript: URLs from the API never become links', function () {
  this.timeout(60_000);
  const evil = `javascript:window.${PWNED}='url'`;
  afterEach(() => {
    expect(pwned()).to.equal(undefined);
  });

  const cases = [
    ['jg-service-menu', '/v1/services', null, html`<jg-service-menu></jg-service-menu>`],
    [
      'jg-card-benefits',
      '/v1/me/card/benefits',
      'm_1001',
      html`<jg-card-benefits></jg-card-benefits>`,
    ],
    ['jg-merchant-list', '/v1/merchants', null, html`<jg-merchant-list></jg-merchant-list>`],
    [
      'jg-mall-product-grid',
      '/v1/mall/products',
      null,
      html`<jg-mall-product-grid></jg-mall-product-grid>`,
    ],
  ] as const;
  for (const [tag, path, member, template] of cases) {
    it(`<${tag}> given ${path} with javascript: URLs`, async () => {
      const fetchWithEvilUrls = rewritingFetch((p, body) => {
        if (p !== path || !body || typeof body !== 'object') return undefined;
        const data = (body as { data: Record<string, unknown>[] }).data.map((item) => {
          const out = { ...item };
          for (const key of ['url', 'logoUrl', 'imageUrl']) if (key in out) out[key] = evil;
          if (Array.isArray(out.images)) out.images = [evil];
          return out;
        });
        return { ...body, data };
      });
      const el = await clientFixture<HTMLElement>(
        sandboxClient(member, { fetch: fetchWithEvilUrls }),
        template,
        { wait: false },
      );
      await waitFor(() => isLoaded(el), `<${tag}> settled`);
      expect(activeContent(el.parentElement!)).to.deep.equal([]);
      // The client refused the answer: the element shows its error state with a retry button.
      const error = el.shadowRoot!.querySelector('[role="alert"]');
      expect(error, 'error state').to.not.equal(null);
      expect(error!.querySelector('button')).to.not.equal(null);
    });
  }
});

describe('every string of a consent record from the API renders as inert text', function () {
  this.timeout(60_000);
  afterEach(() => {
    expect(pwned()).to.equal(undefined);
  });

  // The sandbox's text fixtures reach a record's recipient only; purpose, personal information,
  // version and channel are plain strings of the contract, whatever a newer API sends.
  it('<jg-consents> given hostile purposes, recipients, data categories and versions', async () => {
    let n = 0;
    const hostile = rewritingFetch((p, body, method) => {
      if (p !== '/v1/me/consents' || method !== 'GET' || !body) return undefined;
      const records = (body as { data: Record<string, unknown>[] }).data;
      const data = hostileStrings.map((text, i) => ({
        ...records[i % records.length]!,
        id: `cr_hostile_${i}`,
        textId: `ct_hostile_${i}`,
        action: 'grant',
        purpose: text,
        recipient: hostileStrings[(i + 1) % hostileStrings.length],
        dataCategories: [text, hostileStrings[(i + 2) % hostileStrings.length]],
        textVersion: text,
        channel: text,
      }));
      // Purposes that name what every object inherits: looked up as any key, they titled the
      // consent "function Object() { [native code] }" or "[object Object]".
      const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
      inherited.forEach((purpose, i) =>
        data.push({ ...data[i]!, id: `cr_inherited_${i}`, textId: `ct_inherited_${i}`, purpose }),
      );
      n = data.length;
      return { data };
    });
    const el = await clientFixture<HTMLElement>(
      sandboxClient('m_1001', { fetch: hostile }),
      html`<jg-consents></jg-consents>`,
      { wait: false },
    );
    await waitFor(
      () => n > 0 && el.shadowRoot!.querySelectorAll('[part~="consent"]').length === n,
      '<jg-consents> listed every record',
    );
    expect(activeContent(el.parentElement!)).to.deep.equal([]);
    // Each string whole, as the recipient and as the version; the personal information joins two.
    const shown = shownExactly(el.parentElement!);
    expect(hostileStrings.filter((text) => !shown.has(text))).to.deep.equal([]);
    const dataShown = Array.from(el.shadowRoot!.querySelectorAll('dd'), (d) => d.textContent);
    hostileStrings.forEach((text, i) => {
      const joined = `${text}、${hostileStrings[(i + 2) % hostileStrings.length]}`;
      expect(dataShown.includes(joined), `personal information ${i}`).to.equal(true);
    });
    // A purpose it cannot name reads as the generic title, never as the API's string.
    const titles = new Set(Array.from(el.shadowRoot!.querySelectorAll('h3'), (h) => h.textContent));
    expect([...titles].map((t) => t!.trim())).to.deep.equal(['个人信息处理授权']);
  });
});
