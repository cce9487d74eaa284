// Back online after failing, in every element that loads again by itself on window's `online`
// (8510437, 74bb571): the bank app's card page opened in a tunnel, the member card beside these
// elements loads again when the phone is back online; they stayed on 网络连接失败 until the
// member tapped 重试. One test for them all; an element added to this behaviour joins the list.
// <jg-loan-status> (QA21) also reads its list again, quietly, when back online with it shown: the
// member following her 惠工贷 saw 网络连接失败 or an old status until the next timed refresh, or
// never with refresh-interval="0".
import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../provider/index.js';
import '../card-benefits/index.js';
import '../service-menu/index.js';
import '../loan-application/index.js';
import {
  clientFixture,
  sandboxClient,
  sleep,
  switchableNetwork,
} from '../../test/support/test-helpers.js';

/** `loaded`: requests an `online` makes once loaded (a quiet refresh of what is shown, or none). */
const elements: [
  name: string,
  member: string | null,
  template: TemplateResult,
  part: string,
  loaded: number,
][] = [
  ['jg-card-benefits', 'm_1001', html`<jg-card-benefits></jg-card-benefits>`, 'action', 0],
  ['jg-service-menu', null, html`<jg-service-menu></jg-service-menu>`, 'tile', 0],
  [
    'jg-loan-status',
    'm_1001',
    html`<jg-loan-status refresh-interval="0"></jg-loan-status>`,
    'application',
    1,
  ],
];

describe('back online after failing', function () {
  this.timeout(30_000);

  for (const [name, member, template, part, loaded] of elements) {
    it(`${name} opened offline loads by itself once the network is back (not while removed)`, async () => {
      const net = switchableNetwork();
      const client = sandboxClient(member, { fetch: net.fetch, retry: 0 });
      const el = await clientFixture<HTMLElement>(client, template, { wait: false });
      const error = () => el.shadowRoot!.querySelector('[part~="error"]');
      await waitUntil(error, 'no error while offline', { timeout: 10_000 });
      net.down = false;
      // Removed meanwhile (the app left the page), it no longer listens.
      const parent = el.parentElement!;
      const asked = client.requests.length;
      el.remove();
      dispatchEvent(new Event('online'));
      await sleep(300);
      expect(client.requests.length).to.equal(asked);
      parent.append(el);
      dispatchEvent(new Event('online'));
      await waitUntil(
        () => !error() && el.shadowRoot!.querySelector(`[part~="${part}"]`),
        'still the error once online',
        { timeout: 10_000 },
      );
      // Loaded, the next `online` asks again only where it refreshes what is shown (quietly: what
      // is shown stays); the others rerun only after failing.
      const before = client.requests.length;
      dispatchEvent(new Event('online'));
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), 'kept meanwhile').to.not.equal(
        null,
      );
      await sleep(300);
      expect(client.requests.length).to.equal(before + loaded);
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), 'kept after').to.not.equal(null);
    });
  }
});
