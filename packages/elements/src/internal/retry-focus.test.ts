// A member on a slow network presses 重试 and, while it loads (seconds in a lift, a tunnel), goes
// on in the host page: its bottom tabs, its own search field with the on-screen keyboard up. When
// the answer came, the element took the focus back to what loaded (its first button, its title),
// out of the field she was typing in. 32b3591 stopped it for the lists (courses, 劳模风采, 惠工联盟)
// and the mall; these elements still did it. focusAfter (states.ts) moves the focus only while it
// is still in the element or on the page's body.
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../provider/index.js';
import '../member-card/index.js';
import '../consents/index.js';
import '../quiz/index.js';
import '../model-workers/index.js';
import {
  clientFixture,
  expectFocusKeptElsewhereDuringRetry,
  offlineThenSlow,
  sandboxClient,
} from '../../test/support/test-helpers.js';

const elements: [
  name: string,
  member: string | null,
  template: TemplateResult,
  path: RegExp,
  loaded: string,
][] = [
  ['jg-member-card', 'm_1001', html`<jg-member-card></jg-member-card>`, /\/me\/card$/, 'card'],
  [
    'jg-member-code',
    'm_1001',
    html`<jg-member-code></jg-member-code>`,
    /verification-code$/,
    'code-text',
  ],
  ['jg-consents', 'm_1001', html`<jg-consents></jg-consents>`, /\/me\/consents$/, 'consent'],
  ['jg-quiz', 'm_1002', html`<jg-quiz></jg-quiz>`, /\/quiz\/current/, 'title'],
  [
    '<jg-model-workers> story',
    null,
    html`<jg-model-workers worker="mw_06"></jg-model-workers>`,
    /\/model-workers\/mw_06$/,
    'story',
  ],
];

describe('重试 on a slow network leaves the focus where the member put it meanwhile', function () {
  this.timeout(30_000);

  for (const [name, member, template, path, loaded] of elements) {
    it(name, async () => {
      const net = offlineThenSlow((request) => path.test(new URL(request.url).pathname));
      const el = await clientFixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        sandboxClient(member, { fetch: net.fetch, retry: 0 }),
        template,
      );
      await expectFocusKeptElsewhereDuringRetry(el, net, () =>
        el.shadowRoot!.querySelector(`[part~="${loaded}"]`),
      );
    });
  }
});
