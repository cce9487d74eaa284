// English is opt-in: an element asked for `locale="en"` before any English module is loaded shows
// zh-CN (texts, dates and `lang` alike) with one console warning, and switches to English by itself
// once `@jiagong/elements/locales/en` is imported. The test runner gives every test file its own
// page, so no English module is loaded when this file starts: it must import none statically.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../inputs/index.js';
import { JgElement } from './jg-element.js';
import { formatDate, type Catalogue } from './localize.js';
import { captureWarnings, shadowText } from '../../test/support/test-helpers.js';

// A family's catalogue as the families declare it: zh-CN only until English fills it in.
const messages: Catalogue<{ title: string }> = { 'zh-CN': { title: '会员服务' } };

class LocaleProbe extends JgElement {
  override render() {
    const { title } = this.t.pick(messages);
    return litHtml`<h2>${title}</h2>
      <button>${this.t.base.retry}</button>
      <time>${formatDate(this.effectiveLocale, '2031-05-31')}</time>`;
  }
}
customElements.define('jg-locale-probe', LocaleProbe);

describe('locale="en" before and after the English module loads', () => {
  const warnings = captureWarnings();

  let amount: JgElement;

  it('shows zh-CN and warns once, naming the import', async () => {
    amount = await fixture<JgElement>(
      html`<jg-amount-input locale="en" label="金额" required></jg-amount-input>`,
    );
    expect(amount.shadowRoot?.textContent).to.contain('必填');
    const first = await fixture<LocaleProbe>(html`<jg-locale-probe locale="en"></jg-locale-probe>`);
    const second = await fixture<LocaleProbe>(
      html`<jg-locale-probe locale="en"></jg-locale-probe>`,
    );
    for (const el of [first, second]) {
      expect(el.effectiveLocale).to.equal('zh-CN');
      expect(el.getAttribute('lang')).to.equal('zh-CN');
      expect(shadowText(el, 'button')).to.equal('重试');
      expect(shadowText(el, 'time')).to.equal('2031/05/31');
    }
    first.requestUpdate();
    await first.updateComplete;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain("import '@jiagong/elements/locales/en'");
  });

  it('switches to English by itself once locales/en is imported', async () => {
    const el = await fixture<LocaleProbe>(html`<jg-locale-probe locale="en"></jg-locale-probe>`);
    expect(shadowText(el, 'button')).to.equal('重试');

    // The probe's family `en` module, which fills in its catalogue with the shared English: here
    // just before it, as English counts as loaded only once the shared texts are.
    messages.en = { title: 'Member services' };
    await import('../locales/en.js');
    // No re-render asked for: the elements that waited for English update on their own.
    for (const element of [el, amount]) await element.updateComplete;

    expect(el.effectiveLocale).to.equal('en');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(shadowText(el, 'h2')).to.equal('Member services');
    expect(shadowText(el, 'button')).to.equal('Retry');
    expect(shadowText(el, 'time')).to.equal('05/31/2031');
    // A real element (the amount input's "required" mark, read by screen readers).
    expect(amount.getAttribute('lang')).to.equal('en');
    expect(amount.shadowRoot?.textContent).to.contain('required');
    expect(amount.shadowRoot?.textContent).not.to.contain('必填');
    expect(warnings, 'no warning once English is loaded').to.have.length(1);
  });
});
