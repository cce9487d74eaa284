// A page that loaded some entries' English but not another's: that entry's elements show their
// own texts in zh-CN (with one warning per catalogue naming the element), and switch by
// themselves when their entry's `en` module arrives later. The test runner gives every test file
// its own page, so only the English imported here is loaded.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import './en.js';
import { JgElement } from './jg-element.js';
import { localeLoaded, type Catalogue } from './localize.js';
import { captureWarnings, shadowText } from '../../test/support/test-helpers.js';

// Stands in for a family whose `en` module is not loaded yet.
const messages: Catalogue<{ title: string }> = { 'zh-CN': { title: '会员服务' } };

class PartialProbe extends JgElement {
  override render() {
    return litHtml`<h2>${this.t.pick(messages).title}</h2><button>${this.t.base.retry}</button>`;
  }
}
customElements.define('jg-partial-probe', PartialProbe);

describe('locale="en" with another entry’s English loaded but not this one’s', () => {
  const warnings = captureWarnings();

  it('shows its own texts in zh-CN and warns once, naming the element and the import', async () => {
    const first = await fixture<PartialProbe>(
      html`<jg-partial-probe locale="en"></jg-partial-probe>`,
    );
    const second = await fixture<PartialProbe>(
      html`<jg-partial-probe locale="en"></jg-partial-probe>`,
    );
    for (const el of [first, second]) {
      expect(shadowText(el, 'h2')).to.equal('会员服务');
      expect(shadowText(el, 'button')).to.equal('Retry');
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<jg-partial-probe>');
    expect(String(warnings[0]![0])).to.contain("'@jiagong/elements/<entry>/en' (or locales/en)");
  });

  it('does not warn when the entry’s English follows it in the same script', async () => {
    // What `import '<entry>'; import '<entry>/en'` does for an element already in the page: the
    // definition upgrades it, which reads its texts at once, before the `en` module has run.
    const late: Catalogue<{ title: string }> = { 'zh-CN': { title: '会员服务' } };
    class LateProbe extends JgElement {
      override connectedCallback() {
        super.connectedCallback();
        this.t.pick(late);
      }
      override render() {
        return litHtml`<h2>${this.t.pick(late).title}</h2>`;
      }
    }
    const el = document.createElement('jg-late-probe') as LateProbe;
    el.setAttribute('locale', 'en');
    document.body.append(el);
    const before = warnings.length;
    customElements.define('jg-late-probe', LateProbe);
    late.en = { title: 'Member services' };
    localeLoaded();
    await el.updateComplete;
    expect(shadowText(el, 'h2')).to.equal('Member services');
    expect(warnings).to.have.length(before);
    el.remove();
  });

  it('switches by itself once the entry’s English arrives', async () => {
    const el = await fixture<PartialProbe>(html`<jg-partial-probe locale="en"></jg-partial-probe>`);
    expect(shadowText(el, 'h2')).to.equal('会员服务');
    // What a family's `en` module does: fill in its catalogue, then say so.
    messages.en = { title: 'Member services' };
    localeLoaded();
    await el.updateComplete;
    expect(shadowText(el, 'h2')).to.equal('Member services');
    expect(warnings).to.have.length(1);
  });
});
