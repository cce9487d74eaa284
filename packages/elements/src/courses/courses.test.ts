import { expect, html, oneEvent } from '@open-wc/testing';
import { expectNoZoomingFields, expectWithin, UNBROKEN } from '../../test/support/phone-layout.js';
import { applyForcedColorRules, systemColor } from '../../test/support/forced-colors.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgCourses } from './courses.js';
import {
  clientFixture,
  CLOSED_PORT_URL,
  expectFocusKeptElsewhereDuringRetry,
  guardWebStorage,
  heldFetch,
  isLoading,
  offlineThenSlow,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  sandboxControl,
  shadowText,
  switchableNetwork,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const parts = <E extends Element = HTMLElement>(el: Element, name: string) => [
  ...root(el).querySelectorAll<E>(`[part~="${name}"]`),
];
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const titles = (el: Element) => parts(el, 'title').map((t) => t.textContent!.trim());
/** The course card whose title is `title`. */
const card = (el: Element, title: string) =>
  parts(el, 'course').find(
    (c) => c.querySelector('[part~="title"]')!.textContent!.trim() === title,
  )!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const NEARLY_FULL = '南湖红色文化行走';
const FULL = '应急救护：心肺复苏与 AED 使用';
const POLICY = '新嘉兴人子女入学政策解读';
/** Self-paced, without a seat limit. */
const UNLIMITED = '嘉兴话入门：听得懂、说得出';

/**
 * Waits for the member's own sign-ups, which arrive after the catalogue (their answer, not a
 * fixed 300 ms: on a loaded machine they came later, and a course she had signed up for showed
 * 报名, or an answer arriving mid-test changed what the test had just checked).
 */
async function signUpsIn(el: JgCourses): Promise<void> {
  const mine = (el as unknown as { _mine: { taskComplete: Promise<unknown> } })._mine;
  await mine.taskComplete.catch(() => undefined);
  await el.updateComplete;
}

/** Courses for a member, with the whole catalogue on one page. */
async function coursesFor(
  memberId: string | null,
  template = html`<jg-courses page-size="30"></jg-courses>`,
) {
  const client = sandboxClient(memberId);
  const el = await clientFixture<JgCourses>(client, template);
  await waitUntil(() => parts(el, 'course').length > 0 || part(el, 'empty') || part(el, 'error'));
  await signUpsIn(el);
  return { el, client };
}

/** Courses for a member, whose course `title` started an hour ago (as the API reports it). */
async function startedCourseFor(memberId: string, title: string) {
  const client = sandboxClient(memberId, {
    fetch: rewritingFetch((path, body) => {
      if (path !== '/v1/courses') return undefined;
      const page = body as { data: { title: string }[] };
      const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
      return {
        ...page,
        data: page.data.map((c) => (c.title === title ? { ...c, startsAt: anHourAgo } : c)),
      };
    }),
  });
  return clientFixture<JgCourses>(client, html`<jg-courses page-size="30"></jg-courses>`);
}

describe('jg-courses', function () {
  this.timeout(30_000);

  guardWebStorage({ resetSandbox: true });

  it('shows an accessible skeleton while loading', async () => {
    const client = sandboxClient(null, { fetch: () => new Promise<Response>(() => {}) });
    const el = await clientFixture<JgCourses>(client, html`<jg-courses></jg-courses>`, {
      wait: false,
    });
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lists courses with format, public-welfare series, provider, time, place and seats', async () => {
    const { el } = await coursesFor('m_1002');
    expect(parts(el, 'course').length).to.equal(20);
    const policy = card(el, POLICY);
    expect(text(policy.querySelector('.badges')))
      .to.include('线下')
      .and.include('公益 · \u2068我在嘉兴挺好的\u2069');
    const facts = text(policy.querySelector('[part~="facts"]'));
    expect(facts)
      .to.include('市总工会职工服务中心')
      .and.include('报告厅')
      .and.include('剩余 45 个（共 80 个）');
    expect(text(card(el, NEARLY_FULL).querySelector('[part~="seats"]'))).to.equal(
      '剩余 1 个（共 30 个）',
    );
    const full = card(el, FULL);
    expect(full.querySelector('[part~="seats"]')!.getAttribute('part')).to.equal(
      'seats seats-full',
    );
    expect(full.querySelector('[part~="sign-up-button"]')).to.equal(null);
    const online = card(el, '嘉兴话入门：听得懂、说得出');
    expect(text(online.querySelector('[part~="facts"]')))
      .to.include('随到随学')
      .and.include('不限名额');
    await expect(el).to.be.accessible();
  });

  it("names each course's 报名, 取消报名 and 课程介绍 with its course", async () => {
    // A member listing the buttons with a screen reader (VoiceOver's rotor, NVDA's elements list,
    // TalkBack's controls) heard 报名 nine times and 课程介绍 ten times, without which course:
    // the title was at best the button's description, which such a list does not read.
    const { el } = await coursesFor('m_1001');
    const controls = parts(el, 'course').flatMap((c) => [
      ...c.querySelectorAll<HTMLElement>(
        'summary, [part~="sign-up-button"], [part~="cancel-button"], [part~="course-link"]',
      ),
    ]);
    expect(parts(el, 'cancel-button').length).to.be.at.least(1);
    controls.forEach((c, i) => (c.dataset.jgAx = String(i)));
    const names = (await executeServerCommand('jg-ax-names')) as Record<string, { name: string }>;
    controls.forEach((c, i) => {
      const title = text(c.closest('[part~="course"]')!.querySelector('[part~="title"]'));
      // Her label first, as voice control matches what is shown; then the course.
      expect(names[i]!.name).to.equal(`${text(c)} ${title}`);
    });
    const all = Object.values(names).map((n) => n.name);
    expect(new Set(all).size, all.join(' | ')).to.equal(all.length);
  });

  it('filters by format, provider, public welfare and search', async () => {
    const { el } = await coursesFor(null);
    const kind = part<HTMLSelectElement>(el, 'kind-select')!;
    kind.value = 'online';
    kind.dispatchEvent(new Event('change'));
    await waitUntil(() => parts(el, 'course').length === 10, 'online only');
    expect(parts(el, 'badge').filter((b) => b.textContent!.includes('线下')).length).to.equal(0);

    const welfare = part<HTMLInputElement>(el, 'welfare-checkbox')!;
    welfare.click();
    await waitUntil(() => parts(el, 'course').length === 3, 'online public welfare');
    expect(el.publicWelfare).to.equal(true);

    el.kind = '';
    el.publicWelfare = false;
    const provider = part<HTMLSelectElement>(el, 'provider-select')!;
    await waitUntil(() => provider.options.length === 6, 'providers loaded');
    provider.value = 'cp_law';
    provider.dispatchEvent(new Event('change'));
    await waitUntil(() => parts(el, 'course').length === 4, 'law courses');

    el.provider = '';
    el.search = '没有这样的课程';
    await waitUntil(() => !!part(el, 'empty'), 'empty');
    expect(shadowText(el, '[part~="empty"] .jg-state__title')).to.equal('没有符合条件的课程');
    await expect(el).to.be.accessible();
    part(el, 'clear-filters')!.click();
    await waitUntil(() => parts(el, 'course').length === 20, 'every course again');
    expect(el.search).to.equal('');
  });

  it('offers the providers again once 重试 brought the courses back after the network failed', async () => {
    // A phone in a lift: the page opens offline, both the courses and the provider list fail.
    const net = switchableNetwork();
    const el = await clientFixture<JgCourses>(
      sandboxClient(null, { retry: 0, fetch: net.fetch }),
      html`<jg-courses></jg-courses>`,
    );
    await waitUntil(() => part(el, 'retry-button'), 'the error');
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => parts(el, 'course').length > 0, 'courses');
    const provider = part<HTMLSelectElement>(el, 'provider-select')!;
    // Without: only 全部单位, for good (the failed provider list was never asked again).
    await waitUntil(() => provider.options.length === 6, 'providers', { timeout: 5000 });
    provider.value = 'cp_law';
    provider.dispatchEvent(new Event('change'));
    await waitUntil(() => parts(el, 'course').length === 4, 'law courses');
  });

  it('knows the member’s sign-ups once 重试 brought the courses back after the network failed', async () => {
    // m_1001 opens the page offline; her sign-up must not come back as 报名 (no way to cancel it).
    const net = switchableNetwork();
    const el = await clientFixture<JgCourses>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-courses page-size="30"></jg-courses>`,
    );
    await waitUntil(() => part(el, 'retry-button'), 'the error');
    net.down = false;
    part(el, 'retry-button')!.click();
    const electric = () => card(el, '电工（初级）职业技能培训');
    await waitUntil(() => parts(el, 'course').length > 0, 'courses');
    // Without: 报名 for good (the failed sign-ups read as none).
    await waitUntil(() => electric().querySelector('[part~="signed-up"]'), '已报名', {
      timeout: 5000,
    });
    expect(electric().querySelector('[part~="cancel-button"]')).to.not.equal(null);
    expect(electric().querySelector('[part~="sign-up-button"]')).to.equal(null);
  });

  it('leaves the focus where the member put it while the retry was loading', async () => {
    const net = offlineThenSlow((request) => new URL(request.url).pathname.endsWith('/v1/courses'));
    const el = await clientFixture<JgCourses>(
      sandboxClient(null, { retry: 0, fetch: net.fetch }),
      html`<jg-courses></jg-courses>`,
    );
    // Without: on the first course.
    await expectFocusKeptElsewhereDuringRetry(el, net, () => parts(el, 'course').length > 0);
  });

  it('asks with the search trimmed and cut at 50 characters; spaces alone filter nothing', async () => {
    const asked: (string | null)[] = [];
    const client = sandboxClient(null, {
      hooks: {
        beforeRequest: (r) => {
          const url = new URL(r.url);
          if (url.pathname === '/v1/courses') asked.push(url.searchParams.get('q'));
        },
      },
    });
    const el = await clientFixture<JgCourses>(client, html`<jg-courses search=" "></jg-courses>`);
    await waitUntil(() => parts(el, 'course').length > 0, 'courses');
    expect(asked).to.deep.equal([null]);
    el.search = ` ${'课'.repeat(70)}  `;
    await waitUntil(() => !!part(el, 'empty'), 'empty state');
    expect(asked.at(-1)).to.equal('课'.repeat(50));
    expect(part(el, 'clear-filters')).to.not.equal(null);
  });

  it('sets its search and selects at 16 px at least, which iOS does not zoom into', async () => {
    const { el } = await coursesFor(null);
    expectNoZoomingFields(el.shadowRoot!, 3);
  });

  it('keeps the public-welfare checkbox square beside its wrapping label on a phone', async () => {
    const { el } = await coursesFor(null, html`<jg-courses locale="en" senior></jg-courses>`);
    el.style.width = '288px';
    await el.updateComplete;
    const box = part(el, 'welfare-checkbox')!.getBoundingClientRect();
    expect(part(el, 'welfare-checkbox')!.parentElement!.getBoundingClientRect().height).to.be.above(
      box.height * 2,
      'the label wraps',
    );
    expect(box.width).to.be.closeTo(box.height, 0.5);
  });

  it('writes a course’s length in English words a screen reader says right', async () => {
    const { el } = await coursesFor(
      null,
      html`<jg-courses locale="en" page-size="30"></jg-courses>`,
    );
    const lengths = parts(el, 'course').map(
      (c) =>
        [...c.querySelectorAll('dt')].find((dt) => dt.textContent === 'Length')!.nextElementSibling!
          .textContent!,
    );
    expect(lengths).to.include('8 lessons, about 4 hours');
    expect(lengths).to.include('1 lesson, about 1.5 hours');
    // No 'h' (read 'aitch') and no 'min'.
    for (const text of lengths)
      expect(text).to.match(/^\d+ lessons?, about [\d.]+ (hour|minute)s?$/);
  });

  it('says in its status region that no course matches, not only in the empty state', async () => {
    // The empty state is new in the page, so a screen reader need not read it out: a member who
    // searched heard nothing back.
    const { el } = await coursesFor(null);
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    expect(status()).to.equal('已显示 20 门课程');
    el.search = '没有这样的课程';
    await waitUntil(() => !!part(el, 'empty'), 'empty');
    expect(status()).to.equal('没有符合条件的课程');
    el.locale = 'en';
    await waitUntil(() => status() === 'No course matches', 'in English');
    el.search = '';
    el.view = 'mine';
    await waitUntil(() => !!part(el, 'error'), 'no member session');
    expect(status()).to.equal('');
  });

  it('lists every course under 全部单位 for a provider id no provider has (a stale link)', async () => {
    // The select could only show 全部单位 while the list, asked for that provider, was empty.
    const { el } = await coursesFor(
      'm_1002',
      html`<jg-courses page-size="30" provider="cp_closed"></jg-courses>`,
    );
    const provider = part<HTMLSelectElement>(el, 'provider-select')!;
    await waitUntil(() => provider.options.length === 6, 'providers loaded');
    await waitUntil(() => parts(el, 'course').length === 20, 'every course');
    expect(provider.selectedOptions[0]!.textContent!.trim()).to.equal('全部单位');
    expect(part(el, 'clear-filters')).to.equal(null);
    // A provider that exists still filters.
    el.provider = 'cp_law';
    await waitUntil(() => parts(el, 'course').length === 4, 'law courses');
    expect(provider.selectedOptions[0]!.value).to.equal('cp_law');
  });

  it('says nothing is found for a link’s provider id only once the providers are known (slow network)', async () => {
    // The list for a stale provider id came back empty before the providers did: 没有符合条件的课程
    // flashed and was said, then every course replaced it.
    const providers = heldFetch((request) => request.url.endsWith('/v1/course-providers'));
    let listIn = false;
    const network = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await providers(input, init);
      if (!new URL(new Request(input, init).url).pathname.endsWith('/v1/courses')) return response;
      // Read here: what is left to the element once `listIn` is set takes no network.
      const body = await response.text();
      listIn = true;
      return new Response(body, response);
    };
    const el = await clientFixture<JgCourses>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-courses page-size="30" provider="cp_closed"></jg-courses>`,
      { wait: false },
    );
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    const said: string[] = [];
    new MutationObserver(() => said.push(status())).observe(root(el), {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await waitUntil(() => listIn && providers.held() === 1, 'the list in, the providers held');
    await el.updateComplete;
    expect(part(el, 'empty'), 'an empty state before the providers').to.equal(null);
    expect(status()).to.equal('');
    expect(isLoading(el)).to.equal(true);
    providers.release();
    await waitUntil(() => parts(el, 'course').length === 20, 'every course');
    expect(said.filter((s) => s.includes('没有'))).to.deep.equal([]);
    expect(status()).to.include('20');
  });

  it('shows a link’s provider’s courses at once, the providers still on their way', async () => {
    // Only an empty page waits for the providers (its id may be stale): a known provider’s
    // courses were kept behind the loading placeholder until the providers came, for good on a
    // provider list that does not answer (its three attempts of 10 s).
    const providers = heldFetch((request) => request.url.endsWith('/v1/course-providers'), {
      before: true,
    });
    const el = await clientFixture<JgCourses>(
      sandboxClient(null, { fetch: providers }),
      html`<jg-courses page-size="30" provider="cp_law"></jg-courses>`,
      { wait: false },
    );
    try {
      await waitUntil(
        () => providers.held() === 1 && parts(el, 'course').length === 4,
        'the law courses, the providers held',
      );
      expect(isLoading(el)).to.equal(false);
    } finally {
      providers.release();
    }
  });

  it('says what to expect when no course is listed yet', async () => {
    // 暂无课程 alone left a member wondering whether something was wrong.
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/courses' ? { ...(body as object), data: [], nextCursor: null } : undefined,
      ),
    });
    const el = await clientFixture<JgCourses>(client, html`<jg-courses></jg-courses>`);
    await waitUntil(() => part(el, 'empty'), 'the empty state');
    expect(text(part(el, 'empty'))).to.equal('暂无课程 新课程上线后会显示在这里。');
    el.locale = 'en';
    await waitUntil(
      () => text(part(el, 'empty')) === 'No courses yet New courses will appear here.',
    );
  });

  it('names the view switch and the course list apart, in both languages', async () => {
    const { el } = await coursesFor(null);
    const views = part(el, 'views')!;
    const list = part(el, 'list')!;
    expect(views.getAttribute('aria-label')).to.equal('查看');
    expect(list.getAttribute('aria-label')).to.equal('职工课堂');
    el.locale = 'en';
    await el.updateComplete;
    expect(part(el, 'views')!.getAttribute('aria-label')).to.equal('Show');
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Workers’ classroom');
    el.view = 'mine';
    await el.updateComplete;
    // The switch keeps its name while the list's follows the view.
    expect(part(el, 'views')!.getAttribute('aria-label')).to.equal('Show');
  });

  it('shows which view is on in forced colours (Windows high contrast)', async () => {
    const { el } = await coursesFor(null);
    // Forced colours drop the primary fill of the pressed button: it keeps the system highlight.
    applyForcedColorRules(root(el));
    const [all, mine] = parts(el, 'view-button');
    expect(all!.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(all!).backgroundColor).to.equal(systemColor('Highlight'));
    expect(getComputedStyle(all!).forcedColorAdjust, 'no backplate on the highlight').to.equal(
      'none',
    );
    expect(getComputedStyle(mine!).backgroundColor).not.to.equal(systemColor('Highlight'));
  });

  it('shows the view switch’s focus ring whole and says a course’s details open', async () => {
    const { el } = await coursesFor(null);
    const [all, mine] = parts(el, 'view-button');
    mine!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(all);
    expect(all!.matches(':focus-visible')).to.equal(true);
    // The ring is drawn outside the button: no box around it may clip it.
    for (let node = all!.parentElement; node; node = node.parentElement) {
      expect(getComputedStyle(node).overflow, node.className).to.equal('visible');
    }
    const summary = part(el, 'details')!.querySelector('summary')!;
    const marker = getComputedStyle(summary, '::before');
    expect(marker.content).to.not.equal('none');
    expect(parseFloat(marker.width)).to.be.above(0);
  });

  it('lists a course of a kind and availability a newer API added, without a sign-up', async () => {
    // The API under /v1 may add values (a `hybrid` course, a `waitlist`) before the partner's app
    // updates this SDK: the course is listed, with no empty badge and no sign-up it cannot vouch
    // for, and the other courses are as before.
    const client = sandboxClient('m_1002', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/courses') return undefined;
        const page = body as { data: { title: string }[] };
        return {
          ...page,
          data: page.data.map((c) =>
            c.title === POLICY ? { ...c, kind: 'hybrid', availability: 'waitlist' } : c,
          ),
        };
      }),
    });
    const el = await clientFixture<JgCourses>(
      client,
      html`<jg-courses page-size="30"></jg-courses>`,
    );
    await waitUntil(() => parts(el, 'course').length > 0 || part(el, 'error'));
    expect(part(el, 'error')).to.equal(null);
    const course = card(el, POLICY);
    expect(course.querySelector('[part="sign-up-button"]')).to.equal(null);
    expect(text(course.querySelector('[part="sign-up-note"]'))).to.contain('暂不能在这里报名');
    const badges = [...course.querySelectorAll('[part~="badge"]')].map((b) => text(b));
    expect(badges).not.to.include('');
    expect(parts(el, 'sign-up-button').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('wraps a long unbroken title, category and venue inside a 320 px phone', async () => {
    const client = sandboxClient(null, {
      fetch: rewritingFetch((path, body) => {
        if (!path.endsWith('/courses')) return undefined;
        const page = body as { data: object[] };
        return {
          ...page,
          data: page.data.map((c) => ({
            ...c,
            title: UNBROKEN,
            category: UNBROKEN,
            venue: UNBROKEN,
          })),
        };
      }),
    });
    const el = await clientFixture<JgCourses>(
      client,
      html`<jg-courses page-size="3" style="width: 288px"></jg-courses>`,
    );
    expect(titles(el)[0]).to.equal(UNBROKEN);
    expectWithin(el);
    // The public-welfare checkbox stays beside its label's first line, in English senior mode.
    el.setAttribute('locale', 'en');
    el.setAttribute('senior', '');
    await el.updateComplete;
    const box = part(el, 'welfare-checkbox')!.getBoundingClientRect();
    const label = part(el, 'welfare-checkbox')!.nextElementSibling!.getBoundingClientRect();
    expect(label.top, 'label starts on the checkbox line').to.be.below(box.bottom);
  });

  it('signs the member up: "已报名" takes focus, seats go down, jg-course-signed-up fires', async () => {
    const { el, client } = await coursesFor('m_1002');
    const button = card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!;
    button.focus();
    const signedUp = oneEvent(el, 'jg-course-signed-up');
    await sendKeys({ press: 'Enter' });
    const { signUp } = (await signedUp).detail;
    expect(signUp.course.id).to.equal('crs_02');
    await el.updateComplete;
    const after = card(el, POLICY);
    const done = after.querySelector('[part~="signed-up"]')!;
    expect(root(el).activeElement).to.equal(done);
    expect(text(after.querySelector('[part~="seats"]'))).to.equal('剩余 44 个（共 80 个）');
    expect(shadowText(el, '[role="status"].jg-visually-hidden')).to.equal(
      `已报名：\u2068${POLICY}\u2069`,
    );
    expect(client.requests.filter((r) => r.startsWith('POST')).length).to.equal(1);
    await expect(el).to.be.accessible();

    // "我的报名" lists it.
    parts(el, 'view-button')[1]!.click();
    await waitUntil(() => titles(el).length === 1, 'my sign-ups');
    expect(titles(el)).to.deep.equal([POLICY]);
    expect(parts(el, 'view-button')[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it("does not show the previous member's sign-up as hers when its answer comes after the switch", async () => {
    // A shared phone: 陆小溪 (m_1002) taps 报名 on a slow network, then the app signs 周禾 (m_1005)
    // in by handing the provider a client with her session.
    const network = heldFetch((request) => request.method == 'POST');
    const el = await clientFixture<JgCourses>(
      sandboxClient('m_1002', { fetch: network }),
      html`<jg-courses page-size="30"></jg-courses>`,
    );
    await waitUntil(() => !!card(el, POLICY), 'the catalogue');
    const events: unknown[] = [];
    el.addEventListener('jg-course-signed-up', (event) => events.push(event.detail.signUp));
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await el.updateComplete;
    const mine = sandboxClient('m_1005');
    const requests = mine.requests;
    (el.parentElement as HTMLElement & { client: unknown }).client = mine;
    // Her catalogue and her sign-ups (none) are in.
    await waitUntil(
      () => requests.some((r) => r.endsWith('/v1/me/courses')) && !!card(el, POLICY),
      'her catalogue',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(card(el, POLICY).querySelector('[part~="signed-up"]'), 'his 已报名').to.equal(null);
    expect(card(el, POLICY).querySelector('[part~="sign-up-button"]')).to.not.equal(null);
    expect(shadowText(el, '[role="status"].jg-visually-hidden')).not.to.contain('已报名');
    expect(events, 'told the page his sign-up was hers').to.deep.equal([]);
  });

  it("does not mark the previous member's courses as signed up while the next member's load", async () => {
    // 沈嘉禾 (m_1001) signed up for 电工（初级）职业技能培训; then the app signs 周禾 (m_1005) in,
    // whose own sign-ups come a second later than the catalogue.
    const ELECTRIC = '电工（初级）职业技能培训';
    const { el } = await coursesFor('m_1001');
    expect(card(el, ELECTRIC).querySelector('[part~="signed-up"]'), 'his').to.not.equal(null);
    const hers = sandboxClient('m_1005', {
      fetch: async (input, init) => {
        if (new URL((input as Request).url ?? String(input)).pathname == '/v1/me/courses') {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
        return fetch(input, init);
      },
    });
    (el.parentElement as HTMLElement & { client: unknown }).client = hers;
    await waitUntil(
      () => hers.requests.includes('GET /v1/courses') && !isLoading(el) && !!card(el, ELECTRIC),
      'her catalogue',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(card(el, ELECTRIC).querySelector('[part~="signed-up"]'), 'his 已报名').to.equal(null);
  });

  it('cancels a sign-up after a confirmation: the seat returns, 报名 takes focus, the status says so', async () => {
    const { el, client } = await coursesFor('m_1002');
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(() => !!card(el, POLICY).querySelector('[part~="signed-up"]'), 'signed up');
    const cancel = card(el, POLICY).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!;
    expect(text(cancel)).to.equal('取消报名');
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Nothing is cancelled yet: a question, with the focus on 保留报名, the choice that loses
    // nothing, so an Enter pressed twice (an older member's habit) does not cancel.
    const confirm = card(el, POLICY).querySelector('[part~="confirm-cancel"]')!;
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(text(confirm.querySelector('p'))).to.equal('确定取消报名吗？名额将让给其他职工。');
    const [yes, no] = confirm.querySelectorAll('button');
    expect(text(yes)).to.equal('确定取消');
    expect(root(el).activeElement).to.equal(no);
    expect(client.requests.filter((r) => r.includes('/cancel'))).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Enter there keeps the sign-up: the question closes, the focus back on 取消报名.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !card(el, POLICY).querySelector('[part~="confirm-cancel"]'), 'closed');
    expect(root(el).activeElement).to.equal(
      card(el, POLICY).querySelector('[part~="cancel-button"]'),
    );
    expect(client.requests.filter((r) => r.includes('/cancel'))).to.deep.equal([]);
    expect(card(el, POLICY).querySelector('[part~="signed-up"]')).to.not.equal(null);

    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await el.updateComplete;
    const cancelled = oneEvent(el, 'jg-course-sign-up-cancelled');
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="confirm-cancel"] button')!.click();
    const { course } = (await cancelled).detail;
    expect(course.id).to.equal('crs_02');
    expect(course.signedUpByMe).to.equal(false);
    await waitUntil(
      () => root(el).activeElement === card(el, POLICY).querySelector('[part~="sign-up-button"]'),
      'focus on 报名',
    );
    expect(card(el, POLICY).querySelector('[part~="signed-up"]')).to.equal(null);
    expect(text(card(el, POLICY).querySelector('[part~="seats"]'))).to.equal(
      '剩余 45 个（共 80 个）',
    );
    expect(shadowText(el, '[role="status"].jg-visually-hidden')).to.equal(
      `已取消报名：\u2068${POLICY}\u2069`,
    );
    expect((await sandboxClient('m_1002').me.courses.list()).data).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("says a course's weekday with its time, in both languages", async () => {
    // An older member plans by weekday (周三 19:00): the date alone leaves them counting.
    const { el, client } = await coursesFor('m_1002');
    const { startsAt } = (await client.courses.list({ limit: 100 })).data.find(
      (c) => c.title === POLICY,
    )!;
    // The weekday in Shanghai (UTC+8), counted without Intl.
    const day = new Date(Date.parse(startsAt!) + 8 * 3_600_000).getUTCDay();
    const time = () => {
      const dts = [...card(el, POLICY).querySelectorAll('[part~="facts"] dt')];
      return text(dts.find((dt) => ['时间', 'When'].includes(text(dt)))!.nextElementSibling);
    };
    expect(time()).to.match(/^\d{4}\/\d{2}\/\d{2} 周. \d{2}:\d{2}$/);
    expect(time().split(' ')[1]).to.equal(`周${'日一二三四五六'[day]}`);
    el.locale = 'en';
    await el.updateComplete;
    expect(time()).to.match(/^\w{3}, \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
    expect(time().slice(0, 3)).to.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][day]);
  });

  it('closes an open 取消报名 question when the view or the filters change', async () => {
    const { el } = await coursesFor('m_1002');
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(() => !!card(el, POLICY).querySelector('[part~="cancel-button"]'), 'signed up');
    const ask = () => {
      card(el, POLICY).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      return el.updateComplete;
    };
    const asking = () => !!card(el, POLICY)?.querySelector('[part~="confirm-cancel"]');
    await ask();
    expect(asking(), 'asked').to.equal(true);
    // 我的报名 lists the course: no question carried over from 全部课程, nor back there.
    parts(el, 'view-button')[1]!.click();
    await waitUntil(() => titles(el).length === 1, 'my sign-ups');
    expect(asking(), 'mine').to.equal(false);
    await ask();
    parts(el, 'view-button')[0]!.click();
    await waitUntil(() => titles(el).length > 1, 'all courses');
    expect(asking(), 'all').to.equal(false);
    // A filter changed and back: the list is new, the question gone.
    await ask();
    el.publicWelfare = true;
    await waitUntil(() => !card(el, POLICY) || !asking(), 'filtered');
    el.publicWelfare = false;
    await waitUntil(() => !!card(el, POLICY), 'unfiltered');
    await el.updateComplete;
    expect(asking(), 'filters').to.equal(false);
  });

  it('says no seat goes to anyone when a course without a seat limit is cancelled', async () => {
    const { el } = await coursesFor('m_1002');
    const open = card(el, UNLIMITED);
    open.querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(
      () => !!card(el, UNLIMITED).querySelector('[part~="cancel-button"]'),
      'signed up',
    );
    card(el, UNLIMITED).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await el.updateComplete;
    const confirm = card(el, UNLIMITED).querySelector('[part~="confirm-cancel"]')!;
    // 不限名额: no seat is freed for another member, so the question claims none.
    expect(text(confirm.querySelector('p'))).to.equal('确定取消报名吗？');
    el.locale = 'en';
    await el.updateComplete;
    expect(text(card(el, UNLIMITED).querySelector('[part~="confirm-cancel"] p'))).to.equal(
      'Cancel your sign-up?',
    );
  });

  it('offers no 取消报名 once a course has started: its sign-up stays', async () => {
    const electric = '电工（初级）职业技能培训';
    const el = await startedCourseFor('m_1001', electric);
    await waitUntil(() => !!card(el, electric)?.querySelector('[part~="signed-up"]'), 'signed up');
    expect(card(el, electric).querySelector('[part~="cancel-button"]')).to.equal(null);
    // Said, for a member who looks for it.
    expect(text(card(el, electric).querySelector('[part~="sign-up-note"]'))).to.equal(
      '已开课，不能取消报名',
    );
    // A course that has not started offers it.
    const other = await coursesFor('m_1001');
    expect(card(other.el, electric).querySelector('[part~="cancel-button"]')).to.not.equal(null);
  });

  it('says why 取消报名 was refused once the sandbox’s test clock has started the course', async () => {
    // m_1001's 电工（初级）course starts 20 days after the seeding. The page's clock is before
    // it and offers 取消报名; the sandbox's, moved 21 days on, is after it and refuses (409).
    const electric = '电工（初级）职业技能培训';
    try {
      await sandboxControl('clock', { advanceSeconds: 21 * 86_400 });
      const { el } = await coursesFor('m_1001');
      const course = () => card(el, electric);
      await waitUntil(() => !!course()?.querySelector('[part~="cancel-button"]'), 'offered');
      course().querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      await el.updateComplete;
      course().querySelector<HTMLButtonElement>('[part~="confirm-cancel"] button')!.click();
      await waitUntil(() => !!course().querySelector('[part~="sign-up-error"]'), 'refused');
      const error = course().querySelector('[part~="sign-up-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal('课程已开始，不能再取消报名');
      // The question closes and the sign-up stays.
      expect(course().querySelector('[part~="confirm-cancel"]')).to.equal(null);
      expect(course().querySelector('[part~="signed-up"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      // Real time again for the files after this one (one sandbox serves the whole run).
      await sandboxControl('reset');
    }
  });

  it('offers no 报名 for a course that has started, and says so plainly', async () => {
    const electric = '电工（初级）职业技能培训';
    const el = await startedCourseFor('m_1002', electric);
    await waitUntil(() => !!card(el, electric), 'listed');
    expect(card(el, electric).querySelector('[part~="sign-up-button"]')).to.equal(null);
    expect(text(card(el, electric).querySelector('[part~="sign-up-note"]'))).to.equal(
      '已开课，不能再报名',
    );
    el.locale = 'en';
    await waitUntil(
      () => text(card(el, electric)?.querySelector('[part~="sign-up-note"]')) === 'Started',
      'in English',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps 报名 disabled once the sandbox’s test clock says the course has started (course_started)', async () => {
    // The page's clock is before the start of 电工（初级）(20 days after the seeding) and offers
    // 报名; the sandbox's, moved 21 days on, refuses: a sign-up then could not be cancelled.
    const electric = '电工（初级）职业技能培训';
    try {
      await sandboxControl('clock', { advanceSeconds: 21 * 86_400 });
      const { el, client } = await coursesFor('m_1002');
      const course = () => card(el, electric);
      const button = () => course().querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!;
      button().click();
      await waitUntil(() => !!course().querySelector('[part~="sign-up-error"]'), 'refused');
      expect(text(course().querySelector('[part~="sign-up-error"]'))).to.equal(
        '课程已开始，不能再报名',
      );
      expect(course().querySelector('[part~="signed-up"]')).to.equal(null);
      // Where the focus is, disabled: a press asks nothing again.
      expect(button().getAttribute('aria-disabled')).to.equal('true');
      const posts = client.requests.filter((r) => r.startsWith('POST')).length;
      button().click();
      await el.updateComplete;
      expect(client.requests.filter((r) => r.startsWith('POST')).length).to.equal(posts);
    } finally {
      await sandboxControl('reset');
    }
  });

  it('says the count again once more courses load after a sign-up, not the sign-up once more', async () => {
    // A status region left as it was is not read again: after 报名, 加载更多 said nothing.
    const { el } = await coursesFor('m_1002', html`<jg-courses page-size="5"></jg-courses>`);
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    expect(status()).to.equal('已显示 5 门课程');
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(() => status() === `已报名：\u2068${POLICY}\u2069`, 'signed up');
    part<HTMLButtonElement>(el, 'load-more')!.click();
    await waitUntil(() => parts(el, 'course').length === 10, 'next page');
    await el.updateComplete;
    expect(status()).to.equal('已显示 10 门课程');
  });

  it('signs up once however often the button is pressed', async () => {
    const { el, client } = await coursesFor('m_1005');
    const button = card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!;
    button.click();
    button.click();
    button.click();
    await waitUntil(() => !!card(el, POLICY).querySelector('[part~="signed-up"]'), 'signed up');
    expect(client.requests.filter((r) => r.startsWith('POST')).length).to.equal(1);
    const mine = await sandboxClient('m_1005').me.courses.list();
    expect(mine.data.map((s) => s.course.id)).to.deep.equal(['crs_02']);
  });

  it('keeps the focus when the member had signed up elsewhere meanwhile: on "已报名"', async () => {
    const { el } = await coursesFor('m_1005');
    // Another tab (or the union's app) signs up after this page loaded.
    await sandboxClient('m_1005').me.courses.signUp('crs_02');
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !!card(el, POLICY).querySelector('[part~="sign-up-error"]'), 'refused');
    expect(text(card(el, POLICY).querySelector('[part~="sign-up-error"]'))).to.equal(
      '您已报名该课程',
    );
    await waitUntil(
      () => root(el).activeElement === card(el, POLICY).querySelector('[part~="signed-up"]'),
      'focus on 已报名',
    );
    await expect(el).to.be.accessible();
  });

  it('says plainly when the last seat went to someone else (course_full) and shows the seats now', async () => {
    const first = await coursesFor('m_1002');
    const second = await coursesFor('m_1005');
    card(first.el, NEARLY_FULL)
      .querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!
      .click();
    await waitUntil(() => !!card(first.el, NEARLY_FULL).querySelector('[part~="signed-up"]'));

    // The second member still sees one seat left and presses "报名".
    card(second.el, NEARLY_FULL)
      .querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!
      .click();
    await waitUntil(() => !!card(second.el, NEARLY_FULL).querySelector('[part~="sign-up-error"]'));
    const error = card(second.el, NEARLY_FULL).querySelector('[part~="sign-up-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('该课程名额已满');
    await waitUntil(
      () => text(card(second.el, NEARLY_FULL).querySelector('[part~="seats"]')) === '名额已满',
      'seats refreshed',
    );
    // 报名 stays where the focus is, but offers no sign-up for the full course: pressed again it
    // asks nothing (it asked course_full again, the same alert).
    const button = card(second.el, NEARLY_FULL).querySelector<HTMLButtonElement>(
      '[part~="sign-up-button"]',
    )!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const posts = () => second.client.requests.filter((r) => r.startsWith('POST')).length;
    const before = posts();
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts()).to.equal(before);
    await expect(second.el).to.be.accessible();
  });

  it('shows the API’s refusal in the element’s language: under a provider its client asks in it', async () => {
    const el = await providerFixture<JgCourses>(
      'm_1005',
      html`<jg-courses locale="en" page-size="30"></jg-courses>`,
      { wait: false },
    );
    await waitUntil(() => parts(el, 'course').length > 0, 'courses');
    await signUpsIn(el);
    // Another member takes the last seat after this page loaded.
    const other = sandboxClient('m_1002');
    const { data } = await other.courses.list({ limit: 100 });
    await other.me.courses.signUp(data.find((course) => course.title === NEARLY_FULL)!.id);
    card(el, NEARLY_FULL).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(() => !!card(el, NEARLY_FULL).querySelector('[part~="sign-up-error"]'));
    const error = card(el, NEARLY_FULL).querySelector('[part~="sign-up-error"]');
    expect(text(error)).to.equal('This course is full');
  });

  it('knows the member’s earlier sign-ups (m_1001) and lists them under 我的报名', async () => {
    const { el } = await coursesFor('m_1001');
    const electric = card(el, '电工（初级）职业技能培训');
    expect(electric.querySelector('[part~="signed-up"]')).to.not.equal(null);
    expect(electric.querySelector('[part~="sign-up-button"]')).to.equal(null);

    const mine = await coursesFor('m_1001', html`<jg-courses view="mine"></jg-courses>`);
    expect(titles(mine.el)).to.deep.equal(['电工（初级）职业技能培训']);
    expect(part(mine.el, 'filters')).to.equal(null);
    await expect(mine.el).to.be.accessible();
  });

  it('shows an empty 我的报名 for a member without sign-ups, in English, dark and senior mode', async () => {
    const el = await providerFixture<JgCourses>(
      'm_1005',
      html`<jg-courses view="mine" locale="en" theme="dark" senior></jg-courses>`,
    );
    expect(shadowText(el, '[part~="empty"] .jg-state__title')).to.equal(
      'You have not signed up for a course yet',
    );
    expect(parts(el, 'view-button').map((b) => b.textContent!.trim())).to.deep.equal([
      'All courses',
      'My sign-ups',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says why a sign-up without a member session failed', async () => {
    const { el } = await coursesFor(null);
    card(el, POLICY).querySelector<HTMLButtonElement>('[part~="sign-up-button"]')!.click();
    await waitUntil(() => !!card(el, POLICY).querySelector('[part~="sign-up-error"]'));
    expect(text(card(el, POLICY).querySelector('[part~="sign-up-error"]'))).to.equal(
      '登录已失效，请重新打开本页面',
    );
    await expect(el).to.be.accessible();
  });

  it('shows an error state with a retry', async () => {
    const el = await providerFixture<JgCourses>('m_1002', html`<jg-courses></jg-courses>`, {
      apiBase: CLOSED_PORT_URL,
    });
    await waitForLoad(el);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'retry-button')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
