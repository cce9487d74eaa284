import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/provider/index.js';
import '../../src/member-card/index.js';
import type { JgMemberCard } from '../../src/member-card/member-card.js';
import {
  PUBLISHABLE_KEY,
  sandboxUrl,
  shadowText,
  TOKEN_ENDPOINT,
} from '../support/test-helpers.js';

// A partner's token endpoint that takes the request and never answers (a gateway on a bank's
// intranet that hangs): the members' elements showed 加载中… for good, with no error and no 重试.
// The token endpoint's request now gives up after 10 s, as one that cannot reach it does.
describe('a token endpoint that never answers', function () {
  // The real 10 s, twice over for a busy machine, and the retry.
  this.timeout(60_000);
  const HUNG = '/__jg/token-hung';
  const realFetch = window.fetch;
  /** Each `jg-error` that reached the document: its element and its error's name. */
  const failed: [EventTarget | null, string][] = [];
  const onError = (event: Event) =>
    failed.push([event.target, (event as CustomEvent<{ error: Error }>).detail.error.name]);
  beforeEach(() => document.addEventListener('jg-error', onError));
  afterEach(() => {
    window.fetch = realFetch;
    document.removeEventListener('jg-error', onError);
  });

  it('ends in 网络连接失败 with 重试, in a provider and standalone, and 重试 loads once it answers', async () => {
    let answering = false;
    window.fetch = (input, init) => {
      if (input !== HUNG) return realFetch(input, init);
      if (answering) return realFetch(`${TOKEN_ENDPOINT}?member=m_1001`, init);
      // The partner's gateway holds the request open: it ends only when its signal aborts it, as
      // fetch's own request does.
      return new Promise((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason as Error));
      });
    };
    const root = await fixture(
      html`<div>
        <jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          token-endpoint=${HUNG}
          ><jg-member-card></jg-member-card
        ></jg-provider>
        <jg-member-card
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          token-endpoint=${HUNG}
        ></jg-member-card>
      </div>`,
    );
    const cards = [...root.querySelectorAll<JgMemberCard>('jg-member-card')];
    const retry = (card: JgMemberCard) =>
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
    await waitUntil(
      () =>
        cards.every(
          (card) => retry(card) && card.shadowRoot!.textContent!.includes('网络连接失败'),
        ),
      'still loading: no 网络连接失败 with 重试',
      { timeout: 30_000 },
    );

    for (const card of cards) {
      expect(failed.filter(([target]) => target === card).map(([, name]) => name)).to.include(
        'NetworkError',
      );
    }

    answering = true;
    for (const card of cards) retry(card)!.click();
    await waitUntil(
      () => cards.every((card) => /^沈/.test(shadowText(card, '[part="holder"] dd'))),
      '重试 did not load the cards',
      { timeout: 20_000 },
    );
    expect(cards.map((card) => retry(card))).to.deep.equal([null, null]);
  });

  // A gateway that sends the token endpoint's headers (200, JSON) and then holds the body: the
  // 10 s signal aborts the body's read, and that abort was read as a lost login (AuthError,
  // 登录已失效, as if signed out) instead of the network failure it is.
  it("ends in 网络连接失败 with 重试, not 登录已失效, when the answer's body stalls", async () => {
    const STALLED = '/__jg/token-stalled';
    window.fetch = (input, init) => {
      if (input !== STALLED) return realFetch(input, init);
      const signal = init?.signal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"token":'));
          signal?.addEventListener('abort', () => controller.error(signal.reason));
        },
      });
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    };
    const card = await fixture<JgMemberCard>(
      html`<jg-member-card
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        token-endpoint=${STALLED}
      ></jg-member-card>`,
    );
    await waitUntil(
      () => card.shadowRoot!.querySelector('[part="retry-button"]'),
      'still loading: no error with 重试',
      { timeout: 30_000 },
    );
    expect(card.shadowRoot!.textContent).to.include('网络连接失败');
    expect(card.shadowRoot!.textContent).not.to.include('登录已失效');
    expect(failed.filter(([target]) => target === card).map(([, name]) => name)).to.deep.equal([
      'NetworkError',
    ]);
  });
});
