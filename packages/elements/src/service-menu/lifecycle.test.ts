// The service menu inside single-page apps that remove and re-insert it or hide it (a tab
// container): it comes back with the columns that fit, not the widest layout for a frame. (Opened
// offline, it loads once the network is back: internal/back-online.test.ts.)
import { expect, html } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgServiceMenu } from './service-menu.js';
import { providerFixture, sleep, waitUntil } from '../../test/support/test-helpers.js';

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
});
