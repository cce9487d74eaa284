import { expect, html, oneEvent } from '@open-wc/testing';
import { expectNoZoomingFields, expectWithin, UNBROKEN } from '../../test/support/phone-layout.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { ModelWorkerSummary } from '@jiagong/contract';
import type { JgModelWorkers } from './model-workers.js';
import {
  clientFixture,
  CLOSED_PORT_URL,
  expectFocusKeptElsewhereDuringRetry,
  giveUserActivation,
  guardWebStorage,
  isLoading,
  offlineThenSlow,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  shadowText,
  waitForLoad,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const parts = <E extends Element = HTMLElement>(el: Element, name: string) => [
  ...root(el).querySelectorAll<E>(`[part~="${name}"]`),
];
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const names = (el: Element) =>
  parts(el, 'worker').map((w) => w.querySelector('[part~="name"]')!.textContent!.trim());

async function storyLoaded(el: JgModelWorkers) {
  await waitUntil(
    () => part(el, 'story') || part(el, 'error') || part(el, 'empty'),
    'story loaded',
    {
      timeout: 10_000,
    },
  );
  await el.updateComplete;
}

describe('jg-model-workers', function () {
  this.timeout(20_000);

  guardWebStorage();

  it('shows an accessible skeleton while loading', async () => {
    const client = sandboxClient(null, { fetch: () => new Promise<Response>(() => {}) });
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers></jg-model-workers>`,
      { wait: false },
    );
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sets its search and select at 16 px at least, which iOS does not zoom into', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers page-size="3"></jg-model-workers>`,
    );
    expectNoZoomingFields(el.shadowRoot!, 2);
  });

  it('lists the stories with portraits (alt text), headings, honours and summaries', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers page-size="12"></jg-model-workers>`,
    );
    const items = parts(el, 'worker');
    expect(items.length).to.equal(12);
    const first = items[0]!;
    const heading = first.querySelector('[part~="name"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    const img = first.querySelector<HTMLImageElement>('[part~="portrait"]')!;
    // The name isolated (FSI … PDI) from the words around it.
    expect(img.alt).to.equal(`\u2068${heading.textContent!.trim()}\u2069的肖像`);
    expect(img.src).to.match(/\/assets\/model-workers\/mw_01\.svg$/);
    expect(first.querySelector('[part~="honour"]')!.textContent).to.include('全国劳动模范');
    // Each "阅读故事" is named with its worker: a screen reader's list of buttons (VoiceOver's
    // rotor, NVDA's elements list) read 阅读故事 twelve times, the worker only a description.
    const reads = parts(el, 'read-button');
    reads.forEach((r, i) => (r.dataset.jgAx = String(i)));
    const names = (await executeServerCommand('jg-ax-names')) as Record<string, { name: string }>;
    expect(names[0]!.name).to.equal(`阅读故事 ${heading.textContent!.trim()}`);
    const all = Object.values(names).map((n) => n.name);
    expect(all).to.have.length(reads.length);
    expect(new Set(all).size, all.join(' | ')).to.equal(all.length);
    expect(part(el, 'end')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('pages with "load more"', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers page-size="5"></jg-model-workers>`,
    );
    expect(names(el).length).to.equal(5);
    part(el, 'load-more')!.click();
    await waitUntil(() => names(el).length === 10, 'second page');
    part(el, 'load-more')!.click();
    await waitUntil(() => names(el).length === 12 && !!part(el, 'end'), 'last page');
    expect(new Set(names(el)).size).to.equal(12);
  });

  it('loads once, 12 a page, with a page-size that is not a number (a typo in the host page)', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers page-size="twelve"></jg-model-workers>`,
    );
    await waitUntil(() => names(el).length > 0, 'the list', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Without: the list asked again at every render (NaN is not NaN), loading for ever.
    expect(names(el).length).to.equal(12);
    expect(client.requests.length).to.equal(1);
  });

  it('keeps the keyboard focus when a retry or "load more" leaves: on the first new story, or the retry', async () => {
    // The first page and the second fail once each, as on a train going into tunnels.
    const failed = new Set<boolean>();
    const flaky: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const next = new URL(request.url).searchParams.has('cursor');
      if (request.url.includes('/model-workers?') && !failed.has(next)) {
        failed.add(next);
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return fetch(request);
    };
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, { fetch: flaky, retry: 0 }),
      html`<jg-model-workers page-size="6"></jg-model-workers>`,
    );
    part(el, 'retry-button')!.focus();
    part(el, 'retry-button')!.click();
    // The retry leaves with the error: the focus goes on to the first story.
    await waitUntil(() => root(el).activeElement === parts(el, 'worker')[0], 'focus on the 1st');
    expect(names(el).length).to.equal(6);

    part(el, 'load-more')!.focus();
    part(el, 'load-more')!.click();
    await waitUntil(() => part(el, 'retry-button'), 'the next page failed');
    await waitUntil(() => root(el).activeElement === part(el, 'retry-button'), 'focus on retry');
    part(el, 'retry-button')!.click();
    // The last page: the button leaves with it, the focus goes on to the 7th story.
    await waitUntil(() => names(el).length === 12 && !!part(el, 'end'), 'last page');
    await waitUntil(() => root(el).activeElement === parts(el, 'worker')[6], 'focus on the 7th');
    expect(root(el).activeElement!.getAttribute('aria-labelledby')).to.equal(
      parts(el, 'worker')[6]!.querySelector('[part~="name"]')!.id,
    );
    await expect(el).to.be.accessible();
  });

  it('leaves the focus where the member put it while the retry was loading', async () => {
    // A member who pressed 重试 on a slow network and went on to the page's own links meanwhile:
    // the list that arrived took the focus from her.
    const net = offlineThenSlow((request) => request.url.includes('/model-workers?'));
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, { fetch: net.fetch, retry: 0 }),
      html`<jg-model-workers page-size="6"></jg-model-workers>`,
    );
    // Without: on the first story.
    await expectFocusKeptElsewhereDuringRetry(el, net, () => names(el).length === 6);
  });

  it('filters by honour level and search, with an empty state', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    const select = part<HTMLSelectElement>(el, 'level-select')!;
    select.value = 'national';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(el).length === 3, 'national only');
    expect(el.level).to.equal('national');
    for (const item of parts(el, 'worker')) {
      expect(item.querySelector('[part~="honour"]')!.textContent).to.match(/全国/);
    }
    el.search = '没有这个人';
    await waitForLoad(el);
    await waitUntil(() => !!part(el, 'empty'), 'empty state');
    expect(shadowText(el, '[part~="empty"]')).to.equal('没有符合条件的劳模');
    await expect(el).to.be.accessible();
  });

  it('says in its status region that no model worker matches, not only in the empty state', async () => {
    // The empty state is new in the page, so a screen reader need not read it out: a member who
    // searched heard nothing back.
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    await waitUntil(() => status() === '已显示 12 位劳模', 'the count');
    el.search = '没有这个人';
    await waitUntil(() => !!part(el, 'empty'), 'empty state');
    expect(status()).to.equal('没有符合条件的劳模');
    el.locale = 'en';
    await waitUntil(() => status() === 'No model worker matches', 'in English');
  });

  it('asks with the search trimmed and cut at 50 characters; spaces alone filter nothing', async () => {
    const asked: (string | null)[] = [];
    const client = sandboxClient(null, {
      hooks: { beforeRequest: (r) => void asked.push(new URL(r.url).searchParams.get('q')) },
    });
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers search="   "></jg-model-workers>`,
    );
    expect(asked).to.deep.equal([null]);
    expect(names(el).length).to.be.greaterThan(3);
    el.search = `  ${'陆'.repeat(60)} `;
    await waitUntil(() => !!part(el, 'empty'), 'empty state');
    expect(asked.at(-1)).to.equal('陆'.repeat(50));
    // Filtered: the empty state offers to clear the search.
    expect(part(el, 'clear-filters')).to.not.equal(null);
  });

  it('asks nothing new for a space typed after the search, and keeps the list', async () => {
    const client = sandboxClient(null);
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers search="陆明远"></jg-model-workers>`,
    );
    expect(names(el)).to.deep.equal(['陆明远']);
    const asked = client.requests.length;
    el.search = '陆明远 ';
    await el.updateComplete;
    expect(part(el, 'skeleton') === null, 'no skeleton').to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.requests.length).to.equal(asked);
    expect(names(el)).to.deep.equal(['陆明远']);
  });

  it('clears the filters from the empty state, focus on the first filter', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers level="national" search="没有这个人"></jg-model-workers>`,
    );
    await waitUntil(() => !!part(el, 'empty'), 'empty state');
    part(el, 'clear-filters')!.click();
    await waitUntil(() => names(el).length === 12, 'every story again');
    expect([el.level, el.search]).to.deep.equal(['', '']);
    expect(part<HTMLInputElement>(el, 'search-input')!.value).to.equal('');
    expect(root(el).activeElement).to.equal(part(el, 'level-select'));
  });

  it('opens a story: heading focused, honours, facts, quote and paragraphs; back restores focus', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    const read = parts(el, 'read-button')[0]!;
    read.focus();
    const selected = oneEvent(el, 'jg-model-worker-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.worker.id).to.equal('mw_01');
    await storyLoaded(el);
    expect(el.worker).to.equal('mw_01');
    expect(el.getAttribute('worker')).to.equal('mw_01');
    const title = root(el).getElementById('story-title')!;
    await waitUntil(() => root(el).activeElement === title, 'story title focused');
    expect(title.textContent!.trim()).to.equal('顾长风');
    expect(parts(el, 'honours')[0]!.querySelectorAll('li').length).to.equal(3);
    expect(shadowText(el, '[part~="facts"]')).to.include('嘉兴禾信电子有限公司');
    expect(part(el, 'quote')!.tagName).to.equal('BLOCKQUOTE');
    const paragraphs = part(el, 'story-text')!.querySelectorAll('p');
    expect(paragraphs.length).to.equal(3);
    expect(part<HTMLImageElement>(el, 'portrait')!.alt).to.equal('\u2068顾长风\u2069的肖像');
    await expect(el).to.be.accessible();

    part(el, 'back-button')!.click();
    await waitUntil(() => parts(el, 'worker').length > 0, 'list again');
    await el.updateComplete;
    expect(el.worker).to.equal('');
    expect(root(el).activeElement?.getAttribute('data-read')).to.equal('mw_01');
  });

  it('keeps the focus while a story loads on a slow network: on 返回劳模列表, then the story', async () => {
    // The story answers 1.5 s late (a phone on a slow network); the list answers at once.
    const slow: typeof fetch = async (input, init) => {
      if (new Request(input).url.includes('/model-workers/mw_')) {
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      return fetch(input, init);
    };
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, { fetch: slow }),
      html`<jg-model-workers></jg-model-workers>`,
    );
    parts(el, 'read-button')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(part(el, 'skeleton'), 'still loading').to.not.equal(null);
    // Without: the 阅读故事 pressed left with the list, the focus on the page's <body>.
    expect(root(el).activeElement).to.equal(part(el, 'back-button'));
    await waitUntil(
      () => root(el).activeElement === root(el).getElementById('story-title'),
      'story title focused',
      { timeout: 5000 },
    );
  });

  it('offers 返回劳模列表 under the story too, several screens down on a phone, back to the same place', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers style="width: 320px"></jg-model-workers>`,
    );
    parts(el, 'read-button')[2]!.click();
    await storyLoaded(el);
    const backs = parts(el, 'back-button');
    expect(backs.length).to.equal(2);
    const text = part(el, 'story-text')!.getBoundingClientRect();
    expect(backs[1]!.getBoundingClientRect().top).to.be.at.least(text.bottom);
    expect(backs[1]!.textContent!.trim()).to.equal('返回劳模列表');
    await expect(el).to.be.accessible();
    backs[1]!.click();
    await waitUntil(() => parts(el, 'worker').length > 0, 'list again');
    await waitUntil(
      () => root(el).activeElement === parts(el, 'read-button')[2],
      'on its 阅读故事',
    );
  });

  it('comes back from a story the list does not show (opened from worker) with the focus on a filter', async () => {
    // mw_08 is a city-level story: not in the national list.
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers level="national" worker="mw_08"></jg-model-workers>`,
    );
    await storyLoaded(el);
    part(el, 'back-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el, 'worker').length > 0, 'list again');
    await waitUntil(() => root(el).activeElement === part(el, 'level-select'), 'on the filter');

    // A story opened from the list, then one the host opens: back goes to the host's.
    parts(el, 'read-button')[0]!.click();
    await storyLoaded(el);
    part(el, 'back-button')!.click();
    await waitUntil(() => root(el).activeElement?.getAttribute('data-read') === 'mw_01');
    el.worker = 'mw_04';
    await storyLoaded(el);
    part(el, 'back-button')!.click();
    await waitUntil(
      () => root(el).activeElement?.getAttribute('data-read') === 'mw_04',
      'on the story the host opened',
    );
    // An id from a host's URL is only an id, even with a quote in it.
    el.worker = 'mw_"x';
    await storyLoaded(el);
    await el.close();
    expect(root(el).activeElement).to.equal(part(el, 'level-select'));
  });

  it('lets the host route: a cancelled jg-model-worker-select keeps the list', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    el.addEventListener('jg-model-worker-select', (event) => event.preventDefault());
    parts(el, 'read-button')[1]!.click();
    await el.updateComplete;
    expect(el.worker).to.equal('');
    expect(parts(el, 'worker').length).to.be.greaterThan(0);
  });

  it('puts the focus on the story the host routed to after a cancelled jg-model-worker-select', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    // A router: the event cancelled, the story set a moment later.
    el.addEventListener('jg-model-worker-select', (event) => {
      event.preventDefault();
      const { worker } = (event as CustomEvent<{ worker: ModelWorkerSummary }>).detail;
      setTimeout(() => (el.worker = worker.id), 50);
    });
    const read = parts(el, 'read-button')[1]!;
    const id = read.dataset['read'];
    read.focus();
    await sendKeys({ press: 'Enter' });
    await storyLoaded(el);
    const title = root(el).getElementById('story-title')!;
    await waitUntil(() => root(el).activeElement === title, 'story title focused', {
      timeout: 3_000,
    });
    // Back to the list: the story's 阅读故事 again.
    part(el, 'back-button')!.click();
    await waitUntil(() => root(el).activeElement?.getAttribute('data-read') === id, 'back on it');
  });

  it("puts the focus back on the story's 阅读故事 when the host routes back to the list", async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    el.addEventListener('jg-model-worker-select', (event) => {
      event.preventDefault();
      el.worker = (event as CustomEvent<{ worker: ModelWorkerSummary }>).detail.worker.id;
    });
    const read = parts(el, 'read-button')[1]!;
    const id = read.dataset['read'];
    read.click();
    await storyLoaded(el);
    await waitUntil(() => root(el).activeElement?.id === 'story-title', 'story title focused');
    // The phone's back button: the host's router sets worker back to '' (its history).
    el.worker = '';
    await waitUntil(() => root(el).activeElement?.getAttribute('data-read') === id, 'back on it');
  });

  it('puts the focus on the story Forward routes to, from the list, as 阅读故事 does', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    // A host that keeps the story in the URL with the History API, as content.md tells it to.
    const start = location.href;
    const route = () => (el.worker = (history.state as { worker?: string } | null)?.worker ?? '');
    const popped = () =>
      new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    addEventListener('popstate', route);
    el.addEventListener('jg-model-worker-select', (event) => {
      event.preventDefault();
      const { id } = (event as CustomEvent<{ worker: ModelWorkerSummary }>).detail.worker;
      history.pushState({ worker: id }, '', `#worker=${id}`);
      route();
    });
    try {
      await giveUserActivation();
      const read = parts(el, 'read-button')[1]!;
      const id = read.dataset['read'];
      read.focus();
      read.click();
      await waitUntil(() => root(el).activeElement?.id === 'story-title', 'story title focused', {
        timeout: 10_000,
      });
      let pop = popped();
      history.back();
      await pop;
      await waitUntil(() => root(el).activeElement?.getAttribute('data-read') === id, 'back on it');
      // Forward (Alt+→): the router sets worker alone, no jg-model-worker-select; the 阅读故事 in
      // focus goes with the list.
      pop = popped();
      history.forward();
      await pop;
      expect(el.worker).to.equal(id);
      await waitUntil(() => root(el).activeElement?.id === 'story-title', 'story title focused', {
        timeout: 10_000,
      });
      // Focus outside the element stays where it is.
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      pop = popped();
      history.back();
      await pop;
      pop = popped();
      history.forward();
      await pop;
      await storyLoaded(el);
      expect(document.activeElement === outside, 'focus left outside').to.equal(true);
      outside.remove();
    } finally {
      removeEventListener('popstate', route);
      history.replaceState(null, '', start);
    }
  });

  it('opens a story from the worker attribute, in English, dark and senior mode', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers worker="mw_06" locale="en" theme="dark" senior></jg-model-workers>`,
    );
    await storyLoaded(el);
    expect(shadowText(el, '[part~="back-button"]')).to.equal('Back to the model workers');
    expect(shadowText(el, '[part~="facts"]')).to.include('Employer');
    expect(part<HTMLImageElement>(el, 'portrait')!.alt).to.equal('Portrait of \u2068许嘉宁\u2069');
    await expect(el).to.be.accessible();
  });

  it('says nothing of the list loading behind a story opened from a link, and its count once back', async () => {
    // A member reading the story heard 已显示 12 位劳模 from a list she could not see.
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers worker="mw_06"></jg-model-workers>`,
    );
    await storyLoaded(el);
    const list = (el as unknown as { _list: { value?: unknown } })._list;
    await waitUntil(() => list.value, 'the list behind it');
    await el.updateComplete;
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    expect(status()).to.equal('');
    part(el, 'back-button')!.click();
    await el.updateComplete;
    expect(status()).to.equal('已显示 12 位劳模');
  });

  it('wraps a long unbroken name, summary and story inside a 320 px phone', async () => {
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) => {
        if (path.endsWith('/model-workers')) {
          const page = body as { data: object[] };
          return {
            ...page,
            data: page.data.map((w) => ({ ...w, name: UNBROKEN, summary: UNBROKEN })),
          };
        }
        return path.endsWith('/model-workers/mw_02')
          ? { ...(body as object), name: UNBROKEN, story: [UNBROKEN], employer: UNBROKEN }
          : undefined;
      }),
    });
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers style="width: 288px"></jg-model-workers>`,
    );
    expect(names(el)[0]).to.equal(UNBROKEN);
    expectWithin(el);
    el.worker = 'mw_02';
    await storyLoaded(el);
    expectWithin(el);
  });

  it('says a story gone meanwhile (a stale link) is not there, with no retry that could never work, and leads back', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    parts(el, 'read-button')[0]!.focus();
    // A story gone meanwhile (its id no longer exists: 404 not_found), opened as its button does.
    await el.open({ id: 'mw_missing', name: '无此人' } as ModelWorkerSummary);
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
    expect(shadowText(el, '[part~="empty"] .jg-state__title')).to.equal('没有找到这位劳模的故事');
    // The focus on the way back, which says why.
    const back = part(el, 'back-button')!;
    expect(root(el).activeElement).to.equal(back);
    const described = root(el).getElementById(back.getAttribute('aria-describedby')!);
    expect(described?.textContent).to.contain('没有找到这位劳模的故事');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el, 'worker').length > 0, 'list again');
    expect(el.worker).to.equal('');
  });

  it('puts the focus on the story once its retry loaded it (no network at first)', async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, {
        retry: 0,
        fetch: net.fetch,
      }),
      html`<jg-model-workers worker="mw_01"></jg-model-workers>`,
    );
    await storyLoaded(el);
    part(el, 'retry-button')!.focus();
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(
      () => root(el).activeElement === root(el).getElementById('story-title'),
      'focus on the story title',
    );
  });

  it('leaves the focus where the member put it while the story she opened was loading', async () => {
    const net = offlineThenSlow((request) => request.url.includes('/model-workers/mw_'));
    net.down = false;
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, { fetch: net.fetch }),
      html`<jg-model-workers></jg-model-workers>`,
    );
    await waitUntil(() => parts(el, 'read-button')[0], 'the list', { timeout: 10_000 });
    const elsewhere = document.body.appendChild(document.createElement('button'));
    try {
      parts(el, 'read-button')[0]!.focus();
      parts(el, 'read-button')[0]!.click();
      await waitUntil(() => net.held() > 0, 'the story not asked', { timeout: 10_000 });
      elsewhere.focus();
      net.release();
      await waitUntil(() => root(el).getElementById('story-title'), 'the story', {
        timeout: 10_000,
      });
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      // Without: on the story's title.
      expect(document.activeElement, 'the focus taken from the page').to.equal(elsewhere);
    } finally {
      elsewhere.remove();
    }
  });

  it('puts the focus on 返回劳模列表 when the retry finds the story gone (a stale link, offline at first)', async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, { retry: 0, fetch: net.fetch }),
      html`<jg-model-workers worker="mw_99"></jg-model-workers>`,
    );
    await storyLoaded(el);
    part(el, 'retry-button')!.focus();
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'empty'), 'the story is not there');
    // Without: on the page's start (the retry left, with nothing to focus in its place).
    await waitUntil(
      () => root(el).activeElement === part(el, 'back-button'),
      'focus on the way back',
    );
  });

  it("puts the focus on the empty state when the list's retry finds none (offline at first)", async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgModelWorkers>(
      sandboxClient(null, { retry: 0, fetch: net.fetch }),
      html`<jg-model-workers search="没有这样的劳模"></jg-model-workers>`,
    );
    await waitUntil(() => part(el, 'retry-button'), 'the error');
    part(el, 'retry-button')!.focus();
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'empty'), 'none found');
    // Without: on the page's start (the retry left, no story to focus in its place).
    await waitUntil(() => root(el).activeElement === part(el, 'empty'), 'focus on the empty state');
  });

  it('says what to expect when no story is listed yet', async () => {
    // 暂无劳模故事 alone left a member wondering whether something was wrong.
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) =>
        path.endsWith('/model-workers')
          ? { ...(body as object), data: [], nextCursor: null }
          : undefined,
      ),
    });
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers></jg-model-workers>`,
    );
    await waitUntil(() => part(el, 'empty'), 'the empty state');
    const said = () => part(el, 'empty')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(said()).to.equal('暂无劳模故事 新的劳模故事发布后会显示在这里。');
    el.locale = 'en';
    await waitUntil(() => said() === 'No stories yet New stories will appear here.');
  });

  it('renders story text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>粗体</b>';
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) =>
        path.endsWith('/model-workers/mw_02')
          ? { ...(body as object), story: [hostile], quote: hostile, name: hostile }
          : undefined,
      ),
    });
    const el = await clientFixture<JgModelWorkers>(
      client,
      html`<jg-model-workers worker="mw_02"></jg-model-workers>`,
    );
    await storyLoaded(el);
    expect(part(el, 'story-text')!.textContent).to.include(hostile);
    expect(root(el).querySelector('b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows an error with a retry that works, and a missing story as not found', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
      { apiBase: CLOSED_PORT_URL },
    );
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'retry-button')).to.not.equal(null);
    await expect(el).to.be.accessible();

    const missing = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers worker="mw_99"></jg-model-workers>`,
    );
    await storyLoaded(missing);
    expect(part(missing, 'retry-button')).to.equal(null);
    expect(shadowText(missing, '[part~="empty"] .jg-state__title')).to.equal(
      '没有找到这位劳模的故事',
    );
    await expect(missing).to.be.accessible();
  });
});
