import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { cardEndpoints, serviceEndpoints } from '@jiagong/contract';
import { isAuthError, type JiagongClient } from '@jiagong/client';
import '../provider/index.js';
import {
  PUBLISHABLE_KEY,
  sandboxUrl,
  tokenFor,
  TOKEN_ENDPOINT,
  waitUntil,
} from '../../test/support/test-helpers.js';
import { JgDataElement, JgPublicDataElement } from './data-element.js';

/** The smallest data elements: they only expose the client they were given. */
class PublicProbe extends JgPublicDataElement {
  static override endpoints = serviceEndpoints;
  get client(): JiagongClient | undefined {
    return this.api.client;
  }
}
class MemberProbe extends JgDataElement {
  static override endpoints = serviceEndpoints;
  get client(): JiagongClient | undefined {
    return this.api.client;
  }
}
class CardProbe extends JgDataElement {
  static override endpoints = cardEndpoints;
  get client(): JiagongClient | undefined {
    return this.api.client;
  }
}
customElements.define('jg-public-probe', PublicProbe);
customElements.define('jg-member-probe', MemberProbe);
customElements.define('jg-card-probe', CardProbe);

describe('data element bases', function () {
  this.timeout(20_000);

  it('a publishable-key element works standalone with api-base and publishable-key', async () => {
    const el = await fixture<PublicProbe>(
      html`<jg-public-probe api-base=${sandboxUrl()} publishable-key=${PUBLISHABLE_KEY}>
      </jg-public-probe>`,
    );
    const { data } = await el.client!.services.list();
    expect(data.length).to.be.greaterThan(0);
  });

  it('a publishable-key element has no member session of its own: without a key it says so', async () => {
    const el = document.createElement('jg-public-probe') as PublicProbe;
    el.setAttribute('api-base', sandboxUrl());
    el.setAttribute('token-endpoint', TOKEN_ENDPOINT);
    const failed = oneEvent(el, 'jg-error');
    const original = console.error;
    console.error = () => {};
    try {
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.error).to.be.instanceOf(TypeError);
      expect(el.client).to.equal(undefined);
    } finally {
      console.error = original;
      el.remove();
    }
  });

  it('a publishable-key element under a provider uses the provider’s member session', async () => {
    const provider = await fixture(
      html`<jg-provider api-base=${sandboxUrl()} token-endpoint=${`${TOKEN_ENDPOINT}?member=m_1001`}
        ><jg-public-probe></jg-public-probe
      ></jg-provider>`,
    );
    const el = provider.querySelector('jg-public-probe') as PublicProbe;
    await waitUntil(() => el.client);
    const { data } = await el.client!.services.list();
    expect(data.length).to.be.greaterThan(0);
  });

  it('a member element builds its own session from token-endpoint', async () => {
    const el = await fixture<MemberProbe>(
      html`<jg-member-probe
        api-base=${sandboxUrl()}
        token-endpoint=${`${TOKEN_ENDPOINT}?member=m_1001`}
      ></jg-member-probe>`,
    );
    const { data } = await el.client!.services.list();
    expect(data.length).to.be.greaterThan(0);
  });
});

describe('the token endpoint', function () {
  this.timeout(20_000);
  const ANSWERING_ENDPOINT = '/__jg/token-answer';
  const realFetch = window.fetch;
  let calls = 0;
  afterEach(() => {
    window.fetch = realFetch;
  });

  /** A standalone member element whose token endpoint answers `answer(token)` as JSON. */
  async function probeAnswering(answer: (token: string) => unknown): Promise<CardProbe> {
    const { token } = await tokenFor('m_1001');
    calls = 0;
    window.fetch = (input, init) => {
      if (input !== ANSWERING_ENDPOINT) return realFetch(input, init);
      calls++;
      return Promise.resolve(Response.json(answer(token)));
    };
    return fixture<CardProbe>(
      html`<jg-card-probe
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        token-endpoint=${ANSWERING_ENDPOINT}
      ></jg-card-probe>`,
    );
  }

  it('is refused when it answers a bare JSON string instead of { token, expiresAt }', async () => {
    const el = await probeAnswering((token) => token);
    const error = await el.client!.me.get().catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.code).to.equal('session_required');
    const cause = (error as Error).cause as Error;
    expect([cause.name, cause.message]).to.deep.equal([
      'SessionTokenError',
      'token endpoint answered 200 without a token',
    ]);
  });

  it('reads expiresAt as the API’s ISO 8601 text: renewed 30 s before it', async () => {
    const soon = new Date(Date.now() + 20_000).toISOString();
    const el = await probeAnswering((token) => ({ token, expiresAt: soon }));
    await el.client!.me.get();
    await el.client!.me.get();
    expect(calls).to.equal(2);
  });

  it('ignores a numeric expiresAt (epoch seconds are not read as milliseconds)', async () => {
    const seconds = Math.floor(Date.now() / 1000) + 900;
    const el = await probeAnswering((token) => ({ token, expiresAt: seconds }));
    await el.client!.me.get();
    await el.client!.me.get();
    await el.client!.me.get();
    expect(calls).to.equal(1);
  });
});
