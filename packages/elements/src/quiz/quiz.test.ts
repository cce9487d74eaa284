import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientOptions } from '@jiagong/client';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgQuiz } from './quiz.js';
import {
  clientFixture,
  offlineThenSlow,
  expectFocusKeptElsewhereDuringRetry,
  CLOSED_PORT_URL,
  guardWebStorage,
  heldFetch,
  isLoading,
  memberFixture,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  shadowText,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const part = <E extends Element = HTMLElement>(el: Element, name: string) =>
  root(el).querySelector<E>(`[part~="${name}"]`);
const legend = (el: Element) => root(el).querySelector('legend');

/** The seed's answers (the page never gets them from the API before submitting). */
const KEY = ['b', 'b', 'b', 'c', 'a', 'b', 'c', 'a'];

const quizFor = (memberId: string, options: Partial<ClientOptions> = {}) =>
  memberFixture<JgQuiz>(memberId, html`<jg-quiz mall-href="#mall"></jg-quiz>`, options);

async function start(el: JgQuiz) {
  part(el, 'start-button')!.click();
  await waitUntil(() => !!legend(el), 'first question');
  await el.updateComplete;
}

/** Answers the questions, the first `correct` of them right, and stops on the last one. */
async function answer(el: JgQuiz, correct = 8) {
  for (let i = 0; i < KEY.length; i++) {
    await waitUntil(() => shadowText(el, '[part~="progress"]').startsWith(`第 ${i + 1} 题`));
    const value = i < correct ? KEY[i]! : KEY[i] === 'a' ? 'd' : 'a';
    root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!.click();
    await el.updateComplete;
    if (i < KEY.length - 1) part(el, 'next-button')!.click();
  }
  await el.updateComplete;
}

async function balance(memberId: string) {
  return (await sandboxClient(memberId).me.points.get()).balance;
}

async function quizEarnings(memberId: string) {
  const { data } = await sandboxClient(memberId).me.points.transactions({
    type: 'earn',
    limit: 100,
  });
  return data.filter((e) => e.description.includes('答题'));
}

describe('jg-quiz', function () {
  this.timeout(40_000);

  guardWebStorage({ resetSandbox: true });

  it('shows an accessible skeleton while loading', async () => {
    const client = sandboxClient('m_1002', { fetch: () => new Promise<Response>(() => {}) });
    const el = await clientFixture<JgQuiz>(client, html`<jg-quiz></jg-quiz>`, { wait: false });
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('introduces the round: title, rules, time limit, start', async () => {
    const { el } = await quizFor('m_1002');
    const title = part(el, 'title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(title.textContent).to.include('红船精神');
    const rules = shadowText(el, '[part~="rules"]');
    expect(rules).to.include('共 8 道单选题').and.include('10 积分').and.include('限时 5 分钟');
    await expect(el).to.be.accessible();
  });

  it('runs an untimed round (timeLimitSeconds null) without a timer: 不限时, and sent when the member says', async () => {
    const client = sandboxClient('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? { ...(body as object), timeLimitSeconds: null } : undefined,
      ),
    });
    const el = await clientFixture<JgQuiz>(client, html`<jg-quiz></jg-quiz>`);
    const rules = shadowText(el, '[part~="rules"]');
    expect(rules).to.include('不限时').and.not.include('限时 ');
    await start(el);
    // No clock to read out or to send the answers when it runs out.
    expect(part(el, 'timer')).to.equal(null);
    expect(root(el).querySelector('[role="timer"]')).to.equal(null);
    await answer(el, 8);
    expect(part(el, 'timer')).to.equal(null);
    expect(client.requests.some((r) => r.includes('/submissions'))).to.equal(false);
    part(el, 'next-button')!.click();
    await waitUntil(() => !!part(el, 'result'), 'the result', { timeout: 10_000 });
    expect(shadowText(el, '[part~="points"]')).to.equal('获得 80 积分');
    await expect(el).to.be.accessible();
  });

  it('is keyboard-complete: one question at a time as a radio group, with a timer', async () => {
    const { el } = await quizFor('m_1002');
    const startEvent = oneEvent(el, 'jg-quiz-start');
    part(el, 'start-button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await startEvent).detail.rally.id).to.equal('qr_hongchuan_03');
    await waitUntil(() => root(el).activeElement === legend(el), 'the question takes focus');
    expect(shadowText(el, '[part~="progress"]')).to.equal('第 1 题，共 8 题');
    expect(legend(el)!.textContent).to.include('第一次全国代表大会');
    const timer = part(el, 'timer')!;
    expect(timer.getAttribute('role')).to.equal('timer');
    expect(timer.textContent).to.match(/0[45]:\d\d/);
    // A screen reader reads 04:57 as a time of day (4 点 57 分, four fifty-seven): it hears the
    // minutes and seconds left in words instead, and not the digits as well.
    expect(timer.querySelector('time')!.getAttribute('aria-hidden')).to.equal('true');
    expect(timer.querySelector('.jg-visually-hidden')!.textContent).to.match(
      /^剩余时间 [45] 分 \d{1,2} 秒$/,
    );
    // Nothing in the page tells the answer before submitting.
    expect(root(el).innerHTML).to.not.match(/correct|answer=/i);
    await expect(el).to.be.accessible();

    // Tab into the group, arrow to an option (selects it), Tab to "next", Enter.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.findIndex((r) => r.checked)).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(part(el, 'next-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowText(el, '[part~="progress"]') === '第 2 题，共 8 题');
    await waitUntil(() => root(el).activeElement === legend(el));
    // A screen reader says where the member is with the question it focuses, and once more in
    // the progress line, not a third time for the bar drawn under it (第 2 题，共 8 题, 进度条).
    expect(part(el, 'meter')!.getAttribute('aria-hidden')).to.equal('true');
    const described = legend(el)!.getAttribute('aria-describedby');
    expect(root(el).getElementById(described!)?.textContent).to.equal('第 2 题，共 8 题');
    // Back keeps the answer.
    part(el, 'previous-button')!.click();
    await waitUntil(() => shadowText(el, '[part~="progress"]') === '第 1 题，共 8 题');
    const again = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(again.findIndex((r) => r.checked)).to.equal(1);
  });

  it('scores on the server: result, points earned, explanations, leaderboard, link into the mall', async () => {
    const before = await balance('m_1002');
    const { el } = await quizFor('m_1002');
    await start(el);
    await answer(el, 6);
    expect(shadowText(el, '[part~="next-button"]')).to.equal('提交答案');
    const submitted = oneEvent(el, 'jg-quiz-submitted');
    part(el, 'next-button')!.click();
    const { result } = (await submitted).detail;
    expect(result.score).to.equal(6);
    expect(result.pointsAwarded).to.equal(60);
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('result-title');
    expect(shadowText(el, '[part~="score"]')).to.equal('答对 6 题，共 8 题');
    expect(shadowText(el, '[part~="points"]')).to.equal('获得 60 积分');
    expect(shadowText(el, '.muted')).to.equal(`当前积分 ${before + 60}`);
    expect(await balance('m_1002')).to.equal(before + 60);
    const review = part(el, 'review')!;
    expect(review.querySelectorAll('li').length).to.equal(8);
    expect(review.querySelectorAll('li.ko').length).to.equal(2);
    await waitUntil(() => !!part(el, 'leaderboard'), 'leaderboard');
    const board = part<HTMLTableElement>(el, 'leaderboard')!;
    expect(board.caption!.textContent!.trim()).to.equal('各县（市、区）工会排行');
    expect(board.tBodies[0]!.rows.length).to.equal(7);
    await expect(el).to.be.accessible();

    const link = part<HTMLAnchorElement>(el, 'mall-link')!;
    expect(link.getAttribute('href')).to.match(/#mall$/);
    el.addEventListener('jg-navigate', (event) => event.preventDefault(), { once: true });
    const navigate = oneEvent(el, 'jg-navigate');
    link.click();
    expect((await navigate).detail).to.deep.equal({ view: 'grid' });
    expect(location.hash).to.not.equal('#mall');
  });

  it('awards the points once: a double submit, and a retry after a lost answer', async () => {
    // Double press: one request.
    const { el, client } = await quizFor('m_1005');
    await start(el);
    await answer(el, 8);
    const submitButton = part(el, 'next-button')!;
    submitButton.click();
    submitButton.click();
    void el.submit(true);
    await waitUntil(() => !!part(el, 'result'), 'result');
    expect(client.requests.filter((r) => r.startsWith('POST')).length).to.equal(1);
    expect(await balance('m_1005')).to.equal(80);
    expect((await quizEarnings('m_1005')).length).to.equal(1);

    // The answer of the first attempt is lost on the way back; the retry sends the same key and
    // gets the first result back: still one award.
    const keys: string[] = [];
    let dropped = false;
    const lossy: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      if (request.method === 'POST' && request.url.includes('/v1/me/quiz/submissions')) {
        keys.push(request.headers.get('idempotency-key') ?? '');
        if (!dropped) {
          dropped = true;
          throw new TypeError('Failed to fetch');
        }
      }
      return response;
    };
    const before = await balance('m_1002');
    const second = await quizFor('m_1002', { fetch: lossy, retry: 0 });
    await start(second.el);
    await answer(second.el, 8);
    part(second.el, 'next-button')!.click();
    await waitUntil(() => !!part(second.el, 'submit-error'), 'the lost answer shows as an error');
    expect(part(second.el, 'submit-error')!.getAttribute('role')).to.equal('alert');
    expect(shadowText(second.el, '[part~="submit-error"] p')).to.equal(
      '网络连接失败，请检查网络后再试',
    );
    // The answers were disabled while sending: the focus goes to the retry, not to the page.
    await waitUntil(
      () => root(second.el).activeElement === part(second.el, 'retry-button'),
      'focus on the retry',
    );
    await expect(second.el).to.be.accessible();
    part(second.el, 'retry-button')!.click();
    await waitUntil(() => !!part(second.el, 'result'), 'result after the retry');
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.not.equal('');
    expect(keys[1]).to.equal(keys[0]);
    expect(shadowText(second.el, '[part~="points"]')).to.equal('获得 80 积分');
    expect(await balance('m_1002')).to.equal(before + 80);
    expect((await quizEarnings('m_1002')).length).to.equal(1);
  });

  it('keeps the focus on 重试 when starting the round fails again (a train in tunnels)', async () => {
    const net = switchableNetwork(false);
    const { el } = await quizFor('m_1002', { fetch: net.fetch, retry: 0 });
    await waitUntil(() => !!part(el, 'start-button'), 'the round', { timeout: 10_000 });
    net.down = true;
    part(el, 'start-button')!.click();
    await waitUntil(() => !!part(el, 'retry-button'), 'starting failed');
    part(el, 'retry-button')!.focus();
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    // The retry leaves while it asks and comes back with the second failure: the focus with it,
    // not on the page's start (a screen reader's next swipe read the page from its top).
    await waitUntil(() => !!part(el, 'retry-button'), 'starting failed again');
    await waitUntil(() => root(el).activeElement === part(el, 'retry-button'), 'focus on 重试');
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => root(el).activeElement === legend(el), 'focus on the first question');
  });

  it('leaves the focus where the member put it while the start’s retry was loading', async () => {
    const net = offlineThenSlow((request) => request.url.endsWith('/questions'));
    net.down = false;
    const { el } = await quizFor('m_1002', { fetch: net.fetch, retry: 0 });
    await waitUntil(() => !!part(el, 'start-button'), 'the round', { timeout: 10_000 });
    net.down = true;
    part(el, 'start-button')!.click();
    // Without: on the first question.
    await expectFocusKeptElsewhereDuringRetry(el, net, () => legend(el));
  });

  it('keeps the answers and the time left when the language switches during the questions', async () => {
    const el = await providerFixture<JgQuiz>('m_1002', html`<jg-quiz></jg-quiz>`);
    await start(el);
    root(el).querySelector<HTMLInputElement>('input[value="b"]')!.click();
    part(el, 'next-button')!.click();
    await waitUntil(() => shadowText(el, '[part~="progress"]') === '第 2 题，共 8 题');
    // The provider hands down a new client, in English: the round is loaded again.
    (el.parentElement as HTMLElement & { locale: string }).locale = 'en';
    await waitUntil(() => shadowText(el, '[part~="progress"]') === 'Question 2 of 8', 'English', {
      timeout: 5_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shadowText(el, '[part~="progress"]')).to.equal('Question 2 of 8');
    expect(part(el, 'timer'), 'the timer runs on').to.not.equal(null);
    expect(shadowText(el, '[part~="timer"] .jg-visually-hidden')).to.match(
      /^Time left: [45] minutes? \d{1,2} seconds?$/,
    );
    part(el, 'previous-button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input[value="b"]')!.checked).to.equal(true);
  });

  it('leaves no Chinese words in its status region once the page switches to English', async () => {
    const el = await providerFixture<JgQuiz>('m_1002', html`<jg-quiz></jg-quiz>`);
    const status = () => shadowText(el, '[role="status"]:not([part])');
    await start(el);
    await answer(el);
    part(el, 'next-button')!.click();
    await waitUntil(() => status() === '答案已提交，获得 80 积分', 'the points said');
    (el.parentElement as HTMLElement & { locale: string }).locale = 'en';
    await waitUntil(() => shadowText(el, '#result-title') === 'Quiz complete', 'English', {
      timeout: 5_000,
    });
    await waitUntil(() => !!part(el, 'leaderboard'), 'the English leaderboard');
    expect(status()).to.not.match(/[\u4e00-\u9fff]/);
  });

  it("keeps none of the previous member's answers once the app signs another member in", async () => {
    // A shared phone: 陆小溪 (m_1002) answers the first question and goes on, then the app signs
    // 周禾 (m_1005) in by handing the provider a client with his session.
    const { el } = await quizFor('m_1002');
    await start(el);
    root(el).querySelector<HTMLInputElement>('input[value="b"]')!.click();
    part(el, 'next-button')!.click();
    await waitUntil(() => shadowText(el, '[part~="progress"]') === '第 2 题，共 8 题');
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1005');
    // By the next frame: none of her questions, answers or time left on screen.
    await new Promise(requestAnimationFrame);
    expect(legend(el), 'her question').to.equal(null);
    // Then his own round, from its introduction: submitting sends none of her answers.
    await waitUntil(() => !!part(el, 'start-button'), 'his introduction');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(legend(el)).to.equal(null);
    await start(el);
    expect(shadowText(el, '[part~="progress"]')).to.equal('第 1 题，共 8 题');
    expect(root(el).querySelectorAll('input:checked').length, 'nothing answered').to.equal(0);
    expect(part(el, 'timer')).to.not.equal(null);
  });

  it('leaves the focus where the member put it while the answers were sending', async () => {
    const network = heldFetch(
      (request) => request.method == 'POST' && request.url.includes('/submissions'),
    );
    const { el } = await quizFor('m_1002', { fetch: network });
    await start(el);
    await answer(el);
    const elsewhere = document.body.appendChild(document.createElement('button'));
    try {
      part(el, 'next-button')!.focus();
      part(el, 'next-button')!.click();
      await waitUntil(() => network.held() > 0, 'the answers not sent', { timeout: 10_000 });
      elsewhere.focus();
      network.release();
      await waitUntil(() => root(el).getElementById('result-title'), 'the result');
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      // Without: on the result's title.
      expect(document.activeElement, 'the focus taken from the page').to.equal(elsewhere);
    } finally {
      elsewhere.remove();
    }
  });

  it("does not show the previous member's result when it comes after the switch", async () => {
    const network = heldFetch(
      (request) => request.method == 'POST' && request.url.includes('/submissions'),
    );
    const { el } = await quizFor('m_1002', { fetch: network });
    await start(el);
    await answer(el);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1005');
    await waitUntil(() => !!part(el, 'start-button'), 'his introduction');
    network.release();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(part(el, 'result'), 'her result').to.equal(null);
    expect(part(el, 'start-button'), 'his introduction stays').to.not.equal(null);
  });

  it("does not start the next member's round with the previous member's start answer", async () => {
    // 陆小溪 (m_1002) taps 开始答题; the app signs 周禾 (m_1005) in before the questions come.
    let release!: () => void;
    let hold: Promise<void> | undefined;
    const { el } = await quizFor('m_1002', {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await fetch(request);
        if (request.url.includes('/questions')) await hold;
        return response;
      },
    });
    await waitUntil(() => !!part(el, 'start-button'), 'her introduction');
    hold = new Promise<void>((resolve) => (release = resolve));
    part(el, 'start-button')!.click();
    const starts: Event[] = [];
    el.addEventListener('jg-quiz-start', (event) => starts.push(event));
    (el.parentElement as HTMLElement & { client: unknown }).client = sandboxClient('m_1005');
    await new Promise(requestAnimationFrame);
    await waitUntil(() => !!part(el, 'start-button'), 'his introduction');
    release();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(legend(el), 'her questions').to.equal(null);
    expect(part(el, 'timer'), 'her time').to.equal(null);
    expect(starts, 'her round told as his').to.deep.equal([]);
    // His own round starts when he taps.
    hold = undefined;
    await start(el);
    expect(shadowText(el, '[part~="progress"]')).to.equal('第 1 题，共 8 题');
  });

  it('tells the host page when the leaderboard fails (jg-error); its retry keeps the focus', async () => {
    await sandboxClient('m_1001').me.quiz.submit({ rallyId: 'qr_hongchuan_03', answers: [] });
    let down = true;
    // Listening before the element loads: the leaderboard asks as soon as the result is in.
    const errors: unknown[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent).detail.error);
    document.addEventListener('jg-error', onError);
    try {
      const { el } = await quizFor('m_1001', {
        retry: 0,
        fetch: (input, init) => {
          const request = new Request(input, init);
          return down && request.url.includes('/leaderboard')
            ? Promise.resolve(
                Response.json(
                  { error: { code: 'service_unavailable', message: 'down', requestId: 'req_1' } },
                  { status: 503 },
                ),
              )
            : fetch(request);
        },
      });
      await waitUntil(() => !!part(el, 'result'), 'result');
      await waitUntil(() => !!part(el, 'retry-button'), 'the leaderboard failed');
      expect(errors.length, 'one jg-error').to.equal(1);
      expect((errors[0] as { status: number }).status).to.equal(503);
      down = false;
      part(el, 'retry-button')!.focus();
      part(el, 'retry-button')!.click();
      await waitUntil(() => !!part(el, 'leaderboard'), 'leaderboard after the retry');
      // The retry left with the error: the focus is on the leaderboard, not the page's start.
      await waitUntil(() => root(el).activeElement?.contains(part(el, 'leaderboard')!) ?? false);
    } finally {
      document.removeEventListener('jg-error', onError);
    }
  });

  it('shows the result sent when its answer was lost and the member then changed an answer', async () => {
    const before = await balance('m_1002');
    let dropped = false;
    const lossy: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      if (!dropped && request.method === 'POST') {
        dropped = true;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const { el } = await quizFor('m_1002', { fetch: lossy, retry: 0 });
    await start(el);
    await answer(el, 8);
    part(el, 'next-button')!.click();
    await waitUntil(() => !!part(el, 'submit-error'), 'the answer was lost');
    // Not the retry: another answer to the last question, then 提交答案.
    root(el).querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)')!.click();
    await el.updateComplete;
    part(el, 'next-button')!.click();
    await waitUntil(() => !!part(el, 'result'), 'the result the server scored');
    expect(shadowText(el, '[part~="score"]')).to.equal('答对 8 题，共 8 题');
    expect(await balance('m_1002')).to.equal(before + 80);
    expect((await quizEarnings('m_1002')).length).to.equal(1);
  });

  it('asks before submitting with unanswered questions', async () => {
    const { el } = await quizFor('m_1002');
    await start(el);
    root(el).querySelector<HTMLInputElement>('input[value="b"]')!.click();
    for (let i = 1; i < KEY.length; i++) {
      part(el, 'next-button')!.click();
      await el.updateComplete;
    }
    await waitUntil(() => shadowText(el, '[part~="progress"]') === '第 8 题，共 8 题');
    part(el, 'next-button')!.click();
    await waitUntil(() => !!part(el, 'confirm'));
    expect(shadowText(el, '[part~="confirm"] p')).to.include('还有 7 题未作答');
    expect(root(el).activeElement).to.equal(part(el, 'confirm')!.querySelector('p'));
    await expect(el).to.be.accessible();
    // "继续作答" goes to the first unanswered question.
    (part(el, 'confirm')!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => shadowText(el, '[part~="progress"]') === '第 2 题，共 8 题');
    expect(part(el, 'confirm')).to.equal(null);
  });

  it('announces the end of the timer and sends the answers when time is up', async () => {
    const before = await balance('m_1002');
    const { el } = await quizFor('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? { ...(body as object), timeLimitSeconds: 11 } : undefined,
      ),
    });
    await start(el);
    root(el).querySelector<HTMLInputElement>('input[value="b"]')!.click();
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    await waitUntil(() => status() === '还剩 10 秒', 'announced', { timeout: 5_000 });
    expect(part(el, 'timer')!.getAttribute('part')).to.equal('timer timer-low');
    await waitUntil(() => !!part(el, 'result'), 'sent when time is up', { timeout: 15_000 });
    expect(shadowText(el, '[part~="score"]')).to.equal('答对 1 题，共 8 题');
    expect(await balance('m_1002')).to.equal(before + 10);
    // The answer she clicked left with the questions: the focus goes on to the result.
    await waitUntil(() => root(el).activeElement?.id === 'result-title', 'on the result');
  });

  it('leaves the focus on the page when time runs out while the member is there, and says so', async () => {
    const { el } = await quizFor('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? { ...(body as object), timeLimitSeconds: 3 } : undefined,
      ),
    });
    await start(el);
    // She left the questions for the page's own search field; the timer runs out meanwhile.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    try {
      elsewhere.focus();
      await waitUntil(() => root(el).getElementById('result-title'), 'sent when time is up', {
        timeout: 15_000,
      });
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      // Without: on the result's title, out of her field.
      expect(document.activeElement, 'the focus taken from the page').to.equal(elsewhere);
      expect(shadowText(el, '[role="status"].jg-visually-hidden')).to.match(
        /^答案已提交，获得 \d+ 积分$/,
      );
    } finally {
      elsewhere.remove();
    }
  });

  it('still announces the time left when a busy phone ticks past the 10 seconds mark', async () => {
    const { el } = await quizFor('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? { ...(body as object), timeLimitSeconds: 13 } : undefined,
      ),
    });
    await start(el);
    const status = () => shadowText(el, '[role="status"].jg-visually-hidden');
    await waitUntil(() => shadowText(el, '[part~="timer"] time') === '00:11', '11 s left', {
      timeout: 5_000,
    });
    // A long task (a busy phone, a page in the background): no tick sees 10 seconds left.
    const until = Date.now() + 2_300;
    while (Date.now() < until) {
      // busy
    }
    await waitUntil(() => status() !== '', 'announced', { timeout: 3_000 });
    expect(status()).to.match(/^还剩 [6-9] 秒$/);
    el.remove();
  });

  it('counts down to the end of the round when it ends before the time limit', async () => {
    const { el } = await quizFor('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current'
          ? { ...(body as object), endsAt: new Date(Date.now() + 95_000).toISOString() }
          : undefined,
      ),
    });
    await start(el);
    // 5 minutes allowed, the round open 95 s more: 90 s, 5 s kept to send the answers.
    const time = shadowText(el, '[part~="timer"] time');
    expect(time).to.match(/^01:[0-3]\d$/);
    el.remove();
  });

  it('asks for the round again when it ended while the page stayed open, rather than starting it', async () => {
    // The page loaded the round before its end and stayed open (a phone's tab, overnight): by the
    // tap on 开始答题 the round is over, and the server has none open now.
    let calls = 0;
    const ended = (body: unknown) => ({
      ...(body as object),
      endsAt: new Date(Date.now() - 1_000),
    });
    const { el, client } = await quizFor('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? (++calls == 1 ? ended(body) : null) : undefined,
      ),
    });
    const starts: Event[] = [];
    el.addEventListener('jg-quiz-start', (event) => starts.push(event));
    part(el, 'start-button')!.click();
    await waitUntil(() => !!part(el, 'empty') && calls == 2, 'no round open now');
    expect(legend(el)).to.equal(null);
    expect(starts, 'a round started').to.deep.equal([]);
    expect(client.requests.filter((r) => r.endsWith('/questions'))).to.deep.equal([]);

    // A phone whose clock runs ahead: the server sends the same round again, still open; the
    // title takes the focus, and the next tap starts it.
    const { el: ahead } = await quizFor('m_1005', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? ended(body) : undefined,
      ),
    });
    part(ahead, 'start-button')!.click();
    await waitUntil(() => root(ahead).activeElement?.id === 'quiz-title', 'the title focused');
    await start(ahead);
    expect(shadowText(ahead, '[part~="progress"]')).to.equal('第 1 题，共 8 题');
  });

  it('shows the result again to a member who already took part', async () => {
    await sandboxClient('m_1001').me.quiz.submit({
      rallyId: 'qr_hongchuan_03',
      answers: KEY.map((optionId, i) => ({ questionId: `qq_03_${i + 1}`, optionId })),
    });
    const el = await providerFixture<JgQuiz>(
      'm_1001',
      html`<jg-quiz locale="en" theme="dark" senior></jg-quiz>`,
    );
    await waitUntil(() => !!part(el, 'result'));
    expect(shadowText(el, '[part~="score"]')).to.equal('8 of 8 correct');
    expect(shadowText(el, '[part~="points"]')).to.equal('80 points earned');
    // No mall-href: a button that only fires jg-navigate.
    expect(part(el, 'mall-link')!.tagName).to.equal('BUTTON');
    await waitUntil(() => !!part(el, 'leaderboard'));
    await expect(el).to.be.accessible();
  });

  it('does not show a balance from the day of the round as the balance now', async () => {
    const member = sandboxClient('m_1001');
    const { balanceAfter } = await member.me.quiz.submit({
      rallyId: 'qr_hongchuan_03',
      answers: KEY.map((optionId, i) => ({ questionId: `qq_03_${i + 1}`, optionId })),
    });
    // Points spent since.
    await member.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    const now = await balance('m_1001');
    expect(now).to.be.below(balanceAfter);
    const { el } = await quizFor('m_1001');
    await waitUntil(() => !!part(el, 'result'));
    expect(shadowText(el, '[part~="result"]')).to.not.include('当前积分');
  });

  it('fits a 320 px phone in English and senior mode: the leaderboard scrolls on its own', async () => {
    await sandboxClient('m_1001').me.quiz.submit({
      rallyId: 'qr_hongchuan_03',
      answers: KEY.slice(1).map((optionId, i) => ({ questionId: `qq_03_${i + 2}`, optionId })),
    });
    const el = await providerFixture<JgQuiz>(
      'm_1001',
      html`<jg-quiz locale="en" senior style="width: 288px"></jg-quiz>`,
    );
    await waitUntil(() => !!part(el, 'leaderboard'));
    const review = part<HTMLDetailsElement>(el, 'review')!;
    review.open = true;
    const edge = el.getBoundingClientRect().right + 0.5;
    const board = part(el, 'leaderboard')!;
    for (const node of root(el).querySelectorAll('*')) {
      if (board.contains(node)) continue;
      expect(
        node.getBoundingClientRect().right,
        `${node.localName}.${node.className}`,
      ).to.be.at.most(edge);
    }
    const scroller = board.parentElement!;
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    expect(scroller.scrollWidth, 'the table scrolls at this width').to.be.above(
      scroller.clientWidth,
    );
    // A keyboard reaches what scrolls (axe: scrollable-region-focusable) and scrolls it, below.
    await expect(el).to.be.accessible();
    // A screen reader says its name once, the table's (its caption): a region of the same name
    // around it had it said twice ("Union branches ranking, region; … ranking, table").
    const caption = board.querySelector('caption')!.textContent!.trim();
    expect(caption).to.equal('Union branches ranking');
    const labels = [...root(el).querySelectorAll('[aria-label], [aria-labelledby]')].map(
      (node) =>
        node.getAttribute('aria-label') ??
        node
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => root(el).getElementById(id)?.textContent?.trim())
          .join(' '),
    );
    expect(labels).to.not.include(caption);
    board.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => scroller.scrollLeft > 0, 'the arrow key scrolls the table');
    // Its focus ring is drawn inside it, where the scroll box does not clip it.
    const ring = getComputedStyle(board);
    expect(board.matches(':focus-visible')).to.equal(true);
    expect(parseFloat(ring.outlineWidth)).to.be.above(0);
    expect(parseFloat(ring.outlineOffset)).to.be.at.most(-parseFloat(ring.outlineWidth));
    // The summary's chevron stays before its text, which wraps beside it.
    const summary = review.querySelector('summary')!;
    const range = document.createRange();
    range.selectNodeContents(summary);
    const firstLine = range.getClientRects()[0]!;
    expect(firstLine.left).to.be.above(summary.getBoundingClientRect().left + 8);
    // English labels with an English separator, the unanswered first question said so.
    expect(review.textContent).to.include('Your answer: Not answered');
    expect(review.textContent)
      .to.include('Correct answer: ')
      .and.not.match(/answer：/);
  });

  it("keeps the leaderboard's caption whole and in sight on a 360 px phone in English at 200 % text", async () => {
    // The caption was as wide as the table, which scrolls at this size: its end ran past the
    // scroll box and was cut off ('Union branc'), and it scrolled away with the columns.
    await sandboxClient('m_1001').me.quiz.submit({
      rallyId: 'qr_hongchuan_03',
      answers: KEY.map((optionId, i) => ({ questionId: `qq_03_${i + 1}`, optionId })),
    });
    const el = await providerFixture<JgQuiz>(
      'm_1001',
      html`<jg-quiz
        locale="en"
        style="width: 328px; --jg-font-size-sm: 26px; --jg-font-size-md: 30px;
          --jg-font-size-lg: 36px; --jg-font-size-xl: 44px"
      ></jg-quiz>`,
    );
    await waitUntil(() => !!part(el, 'leaderboard'));
    const board = part(el, 'leaderboard')!;
    const scroller = board.parentElement!;
    expect(scroller.scrollWidth, 'the table scrolls at this size').to.be.above(
      scroller.clientWidth,
    );
    const caption = board.querySelector('caption')!;
    for (const scrollLeft of [0, scroller.scrollWidth]) {
      scroller.scrollLeft = scrollLeft;
      const box = scroller.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(caption);
      const lines = [...range.getClientRects()];
      expect(lines.length).to.be.above(0);
      for (const line of lines) {
        expect(line.left, `scrolled to ${scrollLeft}`).to.be.at.least(box.left - 0.5);
        expect(line.right, `scrolled to ${scrollLeft}`).to.be.at.most(box.right + 0.5);
      }
    }
  });

  it('says the review opens, keeps the icon beside a long title and counts 1 minute in English', async () => {
    const client = sandboxClient('m_1002', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/quiz/current' ? { ...(body as object), timeLimitSeconds: 60 } : undefined,
      ),
    });
    const el = await clientFixture<JgQuiz>(
      client,
      html`<jg-quiz locale="en" style="width: 288px"></jg-quiz>`,
    );
    expect(shadowText(el, '[part~="rules"]')).to.include('1 minute;');
    const title = part(el, 'title')!;
    const icon = title.querySelector('svg')!.getBoundingClientRect();
    const text = title.querySelector('span')!.getBoundingClientRect();
    expect(text.top, 'the title starts on the icon’s line').to.be.below(icon.bottom);

    await sandboxClient('m_1001').me.quiz.submit({ rallyId: 'qr_hongchuan_03', answers: [] });
    const done = await providerFixture<JgQuiz>('m_1001', html`<jg-quiz></jg-quiz>`);
    await waitUntil(() => !!part(done, 'review'));
    const summary = part(done, 'review')!.querySelector('summary')!;
    const marker = getComputedStyle(summary, '::before');
    expect(marker.content).to.not.equal('none');
    expect(parseFloat(marker.width)).to.be.above(0);
  });

  it('wraps a long unbroken question and answer inside a 320 px phone', async () => {
    const unbroken = `Supercalifragilistic-${'x'.repeat(60)}`;
    const { el } = await quizFor('m_1002', {
      fetch: rewritingFetch((path, body) => {
        if (!path.endsWith('/questions')) return undefined;
        const page = body as { data: { options: object[] }[] };
        return {
          ...page,
          data: page.data.map((q) => ({
            ...q,
            text: unbroken,
            options: q.options.map((o) => ({ ...o, text: unbroken })),
          })),
        };
      }),
    });
    el.style.width = '288px';
    await start(el);
    expect(legend(el)!.textContent).to.equal(unbroken);
    const edge = el.getBoundingClientRect().right + 0.5;
    for (const node of root(el).querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, `${node.localName}`).to.be.at.most(edge);
    }
  });

  it('wraps a long answer beside its letter on a phone in senior mode', async () => {
    const { el } = await quizFor('m_1002');
    el.senior = true;
    el.style.width = '288px';
    await start(el);
    // 嘉兴南湖的一艘游船上 is wider than what is left beside B in senior mode: it went below the
    // letter, on a line of its own, leaving a line with the letter alone.
    // Counted first: with no option found the loop below would check nothing and pass.
    const options = root(el).querySelectorAll('[part="option"]');
    expect(options.length).to.be.greaterThan(1);
    for (const option of options) {
      const [radio, letter, text] = option.children as unknown as HTMLElement[];
      const box = radio!.getBoundingClientRect();
      expect(box.width, 'the radio is not squeezed').to.be.closeTo(box.height, 0.5);
      expect(
        text!.getBoundingClientRect().left,
        `${option.textContent!.trim()}: the answer is beside its letter`,
      ).to.be.above(letter!.getBoundingClientRect().right);
    }
  });

  it('tells a member whose card is suspended or expired at once, not after the questions', async () => {
    // The API refuses their answers (card_inactive): m_1003 answered all eight questions and
    // was told only then. The intro now says it, with no start button.
    const { el } = await quizFor('m_1003');
    await waitUntil(() => !!part(el, 'intro'), 'intro');
    expect(part(el, 'start-button'), 'no start').to.equal(null);
    expect(shadowText(el, '[part~="submit-error"]')).to.equal(
      '会员卡已停用或已过期，暂不能参加答题。请联系所属工会恢复会员卡或办理续期',
    );
    await expect(el).to.be.accessible();
    // Page code calling start() is refused the same way: no round, the same message.
    let started = 0;
    el.addEventListener('jg-quiz-start', () => started++);
    await el.start();
    await el.updateComplete;
    expect(legend(el), 'no question').to.equal(null);
    expect(started, 'no jg-quiz-start').to.equal(0);
    expect(part(el, 'intro')).to.not.equal(null);
    expect(shadowText(el, '[part~="submit-error"]')).to.equal(
      '会员卡已停用或已过期，暂不能参加答题。请联系所属工会恢复会员卡或办理续期',
    );
    const expired = await clientFixture<JgQuiz>(
      sandboxClient('m_1004'),
      html`<jg-quiz locale="en"></jg-quiz>`,
    );
    await waitUntil(() => !!part(expired, 'intro'), 'intro');
    expect(part(expired, 'start-button'), 'no start').to.equal(null);
    expect(shadowText(expired, '[part~="submit-error"]')).to.match(
      /^Your member card is suspended or expired, so you cannot take part/,
    );
    // An active member starts as before.
    const { el: active } = await quizFor('m_1002');
    await waitUntil(() => !!part(active, 'intro'), 'intro');
    expect(part(active, 'start-button')).to.not.equal(null);
    expect(part(active, 'submit-error')).to.equal(null);
  });

  it('offers no retry for a refusal: a suspended card (m_1003) is told why, once', async () => {
    // Told at submission when the intro could not know (GET /v1/me failed, or the card was
    // suspended during the round): the member read as active here.
    const { el } = await quizFor('m_1003', {
      fetch: rewritingFetch((path, body) =>
        path === '/v1/me' ? { ...(body as object), status: 'active' } : undefined,
      ),
    });
    await start(el);
    await answer(el, 8);
    // Enter on the chosen answer submits; the answers are disabled while sending.
    root(el).querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !!part(el, 'submit-error'), 'refused');
    expect(shadowText(el, '[part~="submit-error"]')).to.include(
      '会员卡已停用或已过期，请联系所属工会',
    );
    expect(part(el, 'retry-button') === null, 'no retry offered').to.equal(true);
    await waitUntil(
      () => root(el).activeElement === part(el, 'submit-error')!.querySelector('p'),
      'focus on why',
    );
    await expect(el).to.be.accessible();
  });

  it('shows an empty state when no round is open', async () => {
    const { el } = await quizFor('m_1002', {
      fetch: rewritingFetch((path) => (path === '/v1/quiz/current' ? null : undefined)),
    });
    expect(shadowText(el, '[part~="empty"] .jg-state__title')).to.equal('暂无进行中的答题活动');
    await expect(el).to.be.accessible();
  });

  it('puts the focus on 暂无进行中的答题活动 when the retry finds no round open (offline at first)', async () => {
    const net = switchableNetwork();
    const none = rewritingFetch((path) => (path === '/v1/quiz/current' ? null : undefined));
    const { el } = await quizFor('m_1002', {
      retry: 0,
      fetch: (input, init) => (net.down ? net.fetch(input, init) : none(input, init)),
    });
    await waitUntil(() => !!part(el, 'retry-button'), 'the error', { timeout: 10_000 });
    part(el, 'retry-button')!.focus();
    net.down = false;
    part(el, 'retry-button')!.click();
    await waitUntil(() => !!part(el, 'empty'), 'no round');
    // Without: on the page's start (the retry left, with no round title to focus in its place).
    await waitUntil(() => root(el).activeElement?.contains(part(el, 'empty')), 'focus on it');
    await expect(el).to.be.accessible();
  });

  it('shows an error state with a retry', async () => {
    const el = await providerFixture<JgQuiz>('m_1002', html`<jg-quiz></jg-quiz>`, {
      apiBase: CLOSED_PORT_URL,
    });
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'retry-button')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
