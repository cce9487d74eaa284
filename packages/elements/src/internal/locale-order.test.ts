// `import '@jiagong/elements/<entry>'` then `import '@jiagong/elements/<entry>/en'`: defining the
// entry's elements upgrades those already on the page at once, and they read their locale before
// the English module (next in the same module graph) has run. That is not a missing import, so no
// warning. The test runner gives every test file its own page, so no English is loaded when this
// file starts: it must import none statically.
import { expect } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { JgElement } from './jg-element.js';
import { baseMessages, localeLoaded } from './localize.js';
import { captureWarnings, shadowText } from '../../test/support/test-helpers.js';

class OrderProbe extends JgElement {
  override connectedCallback() {
    super.connectedCallback();
    void this.effectiveLocale;
  }
  override render() {
    return litHtml`<button>${this.t.base.retry}</button>`;
  }
}

describe('an entry’s English imported right after the entry', () => {
  const warnings = captureWarnings();

  it('gives English without a warning', async () => {
    const el = document.createElement('jg-order-probe') as OrderProbe;
    el.setAttribute('locale', 'en');
    document.body.append(el);
    customElements.define('jg-order-probe', OrderProbe);
    // What the shared English module does when it runs next.
    baseMessages.en = { ...baseMessages['zh-CN'], retry: 'Retry' };
    localeLoaded();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.effectiveLocale).to.equal('en');
    expect(shadowText(el, 'button')).to.equal('Retry');
    expect(warnings).to.deep.equal([]);
    el.remove();
  });
});
