import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { serviceEndpoints } from '@jiagong/contract';
import type { JiagongClient } from '@jiagong/client';
import '../provider/index.js';
import { PUBLISHABLE_KEY, sandboxUrl, TOKEN_ENDPOINT } from '../../test/support/test-helpers.js';
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
customElements.define('jg-public-probe', PublicProbe);
customElements.define('jg-member-probe', MemberProbe);

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
