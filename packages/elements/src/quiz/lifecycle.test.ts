// The quiz inside single-page apps that move and remove it (React re-parenting, route changes):
// its timer runs only while it is in the page, once, and never answers for a member who left.
import { expect, html } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgQuiz } from './quiz.js';
import {
  clientFixture,
  guardWebStorage,
  rewritingFetch,
  sandboxClient,
  shadowText,
  sleep,
  waitUntil,
} from '../../test/support/test-helpers.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A quiz for `m_1002` whose round has a `limit`-second timer. */
async function timedQuiz(limit: number) {
  const client = sandboxClient('m_1002', {
    fetch: rewritingFetch((path, body) =>
      path === '/v1/quiz/current' ? { ...(body as object), timeLimitSeconds: limit } : undefined,
    ),
  });
  const el = await clientFixture<JgQuiz>(client, html`<jg-quiz></jg-quiz>`);
  return { el, client };
}

describe('jg-quiz moved and removed', function () {
  this.timeout(30_000);

  guardWebStorage({ resetSandbox: true });

  it('removed while its questions load, it sends nothing when the time would be up', async () => {
    const { el, client } = await timedQuiz(2);
    part(el, 'start-button')!.click();
    el.remove();
    await waitUntil(() => client.requests.some((r) => r.endsWith('/questions')), 'questions');
    await sleep(3500);
    expect(client.requests.filter((r) => r.startsWith('POST'))).to.deep.equal([]);
  });

  it('moved during a question, it keeps the answer and counts down once a second', async () => {
    const { el } = await timedQuiz(60);
    part(el, 'start-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('legend'), 'first question');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    await el.updateComplete;
    const parent = document.createElement('div');
    el.parentElement!.append(parent);
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]')!.checked).to.equal(
      true,
    );
    const left = () => Number(/\d+/.exec(shadowText(el, '[part~="timer"]'))?.[0]);
    const first = left();
    await sleep(2100);
    expect(first - left()).to.be.within(1, 3);
  });
});
