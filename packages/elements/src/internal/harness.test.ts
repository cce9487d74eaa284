// Proves the browser test path of `npm test`: a Lit element (with decorators) rendered and laid
// out in a real Chromium, and the sandbox wiring documented in web-test-runner.config.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

const env = globalThis as unknown as { JG_SANDBOX_URL?: string; JG_TOKEN_ENDPOINT?: string };

@customElement('jg-harness-probe')
class HarnessProbe extends LitElement {
  @property() label = '';

  override render() {
    return html`<span part="label">${this.label}</span>`;
  }
}

describe('browser test harness', () => {
  it('renders a Lit element in a real Chromium', async () => {
    const el = await fixture<HarnessProbe>(
      html`<jg-harness-probe label="嘉工卡"></jg-harness-probe>`,
    );
    const span = el.shadowRoot?.querySelector('span');
    expect(span?.textContent).to.equal('嘉工卡');
    expect(span?.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(navigator.userAgent).to.contain('Chrome');
  });

  it('mints a member session through the same-origin token endpoint', async function () {
    if (!env.JG_SANDBOX_URL) return this.skip();
    const res = await fetch(env.JG_TOKEN_ENDPOINT ?? '/__jg/token');
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { token?: unknown; expiresAt?: unknown };
    expect(body.token).to.be.a('string');
    expect(body.expiresAt).to.be.a('string');
  });
});
