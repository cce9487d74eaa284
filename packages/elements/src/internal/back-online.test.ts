// Back online after failing, in every element that loads again by itself on window's `online`
// (8510437, 74bb571): the bank app's card page opened in a tunnel, the member card beside these
// elements loads again when the phone is back online; they stayed on 网络连接失败 until the
// member tapped 重试. One test for them all; an element added to this behaviour joins the list.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../provider/index.js';
import '../card-benefits/index.js';
import '../service-menu/index.js';
import {
  clientFixture,
  sandboxClient,
  sleep,
  switchableNetwork,
} from '../../test/support/test-helpers.js';

const elements: [name: string, member: string | null, template: TemplateResult, part: string][] = [
  ['jg-card-benefits', 'm_1001', html`<jg-card-benefits></jg-card-benefits>`, 'action'],
  ['jg-service-menu', null, html`<jg-service-menu></jg-service-menu>`, 'tile'],
];

describe('back online after failing', function () {
  this.timeout(30_000);

  for (const [name, member, template, part] of elements) {
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
      // Loaded, it is not asked again by the next `online` (it reruns only after failing).
      const loaded = client.requests.length;
      dispatchEvent(new Event('online'));
      await sleep(300);
      expect(client.requests.length).to.equal(loaded);
    });
  }
});
