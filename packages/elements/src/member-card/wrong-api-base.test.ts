// An employer's IT person pastes the CDN snippet with an api-base that is not the API (a
// gateway path mistyped: the intranet's web server answers its own 404 page). The member card
// must show an error with 重试, not 暂无嘉工卡, which tells a member they have no card and to ask
// their union for one.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMemberCard } from './member-card.js';
import { providerFixture } from '../../test/support/test-helpers.js';

describe('jg-member-card with an api-base that is not the API', () => {
  it("shows an error with 重试, not 暂无嘉工卡, when the page's server answers 404", async () => {
    const path = `${location.origin}/not-the-jiagong-api`;
    const answer = await fetch(`${path}/v1/members/me/card`);
    expect(answer.status).to.equal(404);
    expect(answer.headers.get('content-type') ?? '').not.to.include('json');
    const el = await providerFixture<JgMemberCard>(
      'm_1001',
      html`<jg-member-card></jg-member-card>`,
      {
        apiBase: path,
        wait: false,
      },
    );
    await waitUntil(
      () =>
        el.shadowRoot?.querySelector('[role="alert"]') ||
        /暂无嘉工卡/.test(el.shadowRoot?.textContent ?? ''),
      'the card neither failed nor showed its empty state',
      { timeout: 15_000 },
    );
    expect(el.shadowRoot!.textContent).not.to.include('暂无嘉工卡');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('重试');
  });
});
