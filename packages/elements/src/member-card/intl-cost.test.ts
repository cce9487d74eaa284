// Its own file (its own page, no formatter cached yet): the first Intl.DateTimeFormat a page
// builds loads the time zone data, 100–200 ms on a phone at 6× CPU throttling.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMemberCard } from './member-card.js';
import { formatDate } from '../internal/localize.js';
import { providerFixture } from '../../test/support/test-helpers.js';

describe('jg-member-card first render', function () {
  this.timeout(30_000);

  it('shows the card, its validity date included, without building an Intl.DateTimeFormat', async () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    let validity: HTMLTimeElement | null = null;
    try {
      const el = await providerFixture<JgMemberCard>(
        'm_1001',
        html`<jg-member-card></jg-member-card>`,
      );
      await waitUntil(
        () => (validity = el.shadowRoot!.querySelector<HTMLTimeElement>('time[datetime]')),
        'the card with its validity',
        { timeout: 15_000 },
      );
      expect(built, 'Intl.DateTimeFormat constructions').to.equal(0);
    } finally {
      Intl.DateTimeFormat = Real;
    }
    const time = validity as HTMLTimeElement | null;
    expect(time!.textContent!.trim()).to.equal(formatDate('zh-CN', time!.dateTime));
  });
});
