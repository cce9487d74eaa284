// Its own file (its own page): the member code view must not be defined yet when the first
// "出示会员码" is tapped, as on a partner's page where a bundler split it into its own chunk.
import { expect, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../provider/index.js';
import './index.js';
import type { JgMerchantList } from './merchant-list.js';
import { providerFixture } from '../../test/support/test-helpers.js';

describe('jg-merchant-list member code dialog on first use', function () {
  this.timeout(30_000);

  it('opens at once with a skeleton, before the member code module has loaded', async () => {
    expect(customElements.get('jg-member-code'), 'not defined before the first tap').to.equal(
      undefined,
    );
    const el = await providerFixture<JgMerchantList>(
      'm_1001',
      html`<jg-merchant-list page-size="2"></jg-merchant-list>`,
    );
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('[part~="code-dialog"]')!;
    // Recorded as the dialog opens (a mutation callback runs before any module can load).
    const atOpen = new Promise<{ defined: boolean; skeleton: boolean }>((resolve) => {
      new MutationObserver((_, observer) => {
        if (!dialog.open) return;
        observer.disconnect();
        const skeleton = dialog.querySelector('jg-member-code [part~="skeleton"]');
        resolve({
          defined: customElements.get('jg-member-code') !== undefined,
          skeleton: !!skeleton && skeleton.getBoundingClientRect().height > 0,
        });
      }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="code-button"]')!.click();
    const opened = await atOpen;
    expect(opened.defined, 'the dialog waited for the module').to.equal(false);
    expect(opened.skeleton, 'a skeleton shows in the dialog meanwhile').to.equal(true);

    const code = dialog.querySelector('jg-member-code')!;
    await waitUntil(() => code.shadowRoot?.querySelector('[part="qr"]'), 'the member code QR', {
      timeout: 15_000,
    });
    // Once defined, the code view renders its own shadow tree; the placeholder is not shown.
    const placeholder = code.querySelector('[part~="skeleton"]');
    expect(!placeholder || placeholder.getBoundingClientRect().height === 0).to.equal(true);
    await expect(el).to.be.accessible();
    // Its edge is a shadow, which forced colours (Windows high contrast) drop: an outline,
    // transparent until they paint it, keeps it apart from the page there.
    const edge = getComputedStyle(dialog);
    expect([edge.outlineStyle, edge.outlineWidth]).to.deep.equal(['solid', '1px']);
    el.closeCode();
  });

  // A host app's text size (its own setting, WeChat's 字体大小 mirrored in the tokens) and a
  // partner's colours are set on the list: the code's digits and countdown under the dialog's
  // large title kept 13 and 15 px and the default colours, because the list handed its theme
  // (light unless set) to the member code, whose :host([theme]) declares every token again.
  for (const senior of [false, true]) {
    it(`shows the code's digits in the text size set on the list${senior ? ', senior' : ''}`, async () => {
      const sizes = senior ? [32, 38, 44, 56] : [26, 30, 36, 44];
      const style =
        ['sm', 'md', 'lg', 'xl'].map((s, i) => `--jg-font-size-${s}:${sizes[i]}px;`).join('') +
        '--jg-color-text:#0a3d62;--jg-color-text-muted:#0a3d62';
      for (const theme of ['', 'dark']) {
        const el = await providerFixture<JgMerchantList>(
          'm_1001',
          html`<jg-merchant-list
            page-size="2"
            ?senior=${senior}
            theme=${theme || nothing}
            style=${style}
          ></jg-merchant-list>`,
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="code-button"]')!.click();
        const code = () => el.shadowRoot!.querySelector('jg-member-code')?.shadowRoot;
        await waitUntil(() => code()?.querySelector('[part="code-text"]'), 'the code', {
          timeout: 15_000,
        });
        const shown = (part: string) =>
          getComputedStyle(code()!.querySelector(`[part="${part}"]`)!);
        const title = getComputedStyle(el.shadowRoot!.querySelector('[part~="dialog-title"]')!);
        expect([shown('code-text').fontSize, shown('countdown').fontSize], theme).to.deep.equal([
          `${sizes[1]}px`,
          `${sizes[0]}px`,
        ]);
        expect([shown('code-text').color, shown('countdown').color], theme).to.deep.equal([
          title.color,
          title.color,
        ]);
        el.closeCode();
      }
    });
  }
});
