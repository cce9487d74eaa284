// The service menu inside single-page apps that remove and re-insert it or hide it (a tab
// container): it comes back with the columns that fit, not the widest layout for a frame. And
// in a bank app opened offline: it loads once the network is back.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgServiceMenu } from './service-menu.js';
import {
  clientFixture,
  providerFixture,
  sandboxClient,
  sleep,
  switchableNetwork,
} from '../../test/support/test-helpers.js';

async function narrowMenu() {
  const el = await providerFixture<JgServiceMenu>(
    null,
    html`<jg-service-menu style="display: block; width: 300px"></jg-service-menu>`,
  );
  // 300 px fit three tiles of about 88 px (four is the most).
  await waitUntil(() => el.effectiveColumns === 3, 'measured');
  await el.updateComplete;
  return el;
}

describe('jg-service-menu removed, hidden and back', function () {
  this.timeout(30_000);

  it('re-inserted, it shows the columns that fit at once', async () => {
    const el = await narrowMenu();
    const parent = el.parentElement!;
    el.remove();
    await sleep(200);
    parent.append(el);
    expect(el.effectiveColumns).to.equal(3);
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--_columns').trim()).to.equal('3');
  });

  it('hidden (display: none) and shown again, it keeps its columns', async () => {
    const el = await narrowMenu();
    el.style.display = 'none';
    await sleep(200);
    el.style.display = 'block';
    expect(el.effectiveColumns).to.equal(3);
  });

  it('opened offline, it loads by itself once the network is back (not while removed)', async () => {
    // The bank app's card page opened in a tunnel: the member card beside it loads again when
    // the phone is back online; the menu stayed on 网络连接失败 until the member tapped 重试.
    const net = switchableNetwork();
    const client = sandboxClient(null, { fetch: net.fetch, retry: 0 });
    const el = await clientFixture<JgServiceMenu>(
      client,
      html`<jg-service-menu></jg-service-menu>`,
      {
        wait: false,
      },
    );
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
    await waitUntil(() => !error() && el.services.length > 0, 'still the error once online', {
      timeout: 10_000,
    });
  });
});
