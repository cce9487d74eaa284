// Members abroad, developers on UTC machines, phones set to the wrong zone: every date an element
// shows is the date in Asia/Shanghai (DOMAIN.md), never the device's. Chromium runs these tests in
// foreign zones (the test runner's `jg-time-zone` command), with the API's times moved next to
// midnight in Shanghai, where the device's day is another one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../provider/index.js';
import '../points-mall/index.js';
import '../loan-application/index.js';
import '../courses/index.js';
import '../quiz/index.js';
import '../member-card/index.js';
import '../inputs/index.js';
import type { JgIdInput } from '../inputs/id-input.js';
import { clientFixture, rewritingFetch, sandboxClient } from '../../test/support/test-helpers.js';

declare const describe: (name: string, body: (this: { timeout(ms: number): void }) => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;
declare const after: (body: () => Promise<unknown>) => void;

const zone = (timezoneId: string) => executeServerCommand('jg-time-zone', timezoneId);

// 23:30 on 1 March in Shanghai is 07:30 that day in Los Angeles but 05:30 on the 2nd in
// Kiritimati (+14); 00:30 is 08:30 on 28 February in Los Angeles.
const LATE = '2026-03-01T23:30:00+08:00';
const EARLY = '2026-03-01T00:30:00+08:00';
const TIME_KEYS = new Set(['createdAt', 'at', 'startsAt', 'endsAt', 'expiresAt']);

/** The API's answers with every time moved to LATE or EARLY in turn, each answer from LATE. */
function nearMidnight(): typeof fetch {
  return rewritingFetch((_path, body) => {
    let turn = 0;
    const move = (value: unknown, key = ''): unknown => {
      if (Array.isArray(value)) return value.map((item) => move(item));
      if (value && typeof value == 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v, k)]));
      }
      return TIME_KEYS.has(key) && typeof value == 'string' && value.includes('T')
        ? turn++ % 2
          ? EARLY
          : LATE
        : value;
    };
    return move(body);
  });
}

/** Everything an element shows, its nested elements' shadow roots included. */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType == Node.TEXT_NODE) text += n.textContent;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

const screens = [
  { what: 'orders', member: 'm_1001', template: html`<jg-mall-orders></jg-mall-orders>` },
  {
    what: 'points history',
    member: 'm_1001',
    template: html`<jg-points-history></jg-points-history>`,
  },
  { what: 'expiring points', member: 'm_1001', template: html`<jg-points-mall></jg-points-mall>` },
  { what: 'loan status', member: 'm_1001', template: html`<jg-loan-status></jg-loan-status>` },
  { what: 'courses', member: null, template: html`<jg-courses></jg-courses>` },
  { what: 'quiz window', member: 'm_1002', template: html`<jg-quiz></jg-quiz>` },
];

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  describe(`dates in ${timezoneId}`, function () {
    this.timeout(30_000);
    after(() => zone(''));

    it('the device really is in another day than Shanghai', async () => {
      await zone(timezoneId);
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timezoneId);
      // LA: 28 February 08:30 and 1 March 07:30. Kiritimati: 1 March 06:30 and 2 March 05:30.
      const days = [EARLY, LATE].map((iso) => new Date(iso).getDate());
      expect(days).to.deep.equal(timezoneId == 'Pacific/Kiritimati' ? [1, 2] : [28, 1]);
    });

    for (const { what, member, template } of screens) {
      it(`${what}: the day and time in Shanghai`, async () => {
        await zone(timezoneId);
        const el = await clientFixture(sandboxClient(member, { fetch: nearMidnight() }), template);
        // The points mall shows the balance once its own request is answered (a round trip of
        // its own after the fixture's: on a loaded machine longer than waitUntil's 1 s default).
        await waitUntil(() => /2026\/\d\d\/\d\d/.test(deepText(el)), `${what}: no date`, {
          timeout: 10_000,
        });
        const text = deepText(el);
        expect(text, what).to.contain('2026/03/01');
        expect(text, what).not.to.match(/2026\/03\/02|2026\/02\/28/);
        // With a time: 23:30 or 00:30, never the device's hours (05:30 to 08:30 in these zones).
        // Courses name the weekday too (d5c3a00): Shanghai's Sunday, never the device's Saturday
        // (Los Angeles) or Monday (Kiritimati).
        if (/\d\d:\d\d/.test(text)) {
          expect(text, what).to.match(/2026\/03\/01 (周日 )?(23|00):30/);
        }
        expect(text, what).not.to.match(/2026\/03\/01 周[一二三四五六]/);
        expect(text, what).not.to.match(/ 0[5-8]:30/);
      });
    }

    it("card validity: the card's last day, whatever the zone", async () => {
      await zone(timezoneId);
      const client = sandboxClient('m_1001', {
        fetch: rewritingFetch((path, body) =>
          path.endsWith('/me/card')
            ? { ...(body as object), validThrough: '2027-03-01' }
            : undefined,
        ),
      });
      const el = await clientFixture(client, html`<jg-member-card></jg-member-card>`);
      expect(deepText(el)).to.contain('2027/03/01');
    });
  });
}

/** An 18-digit ID number born on `day` (YYYY-MM-DD), with its check character. */
function idBornOn(day: string): string {
  const first17 = `330499${day.replace(/-/g, '')}123`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

const yearsBefore = (day: string, years: number) =>
  `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

describe('the ID number input on a device in another day than Shanghai', function () {
  this.timeout(30_000);
  after(() => zone(''));

  it('ages and "not born in the future" count from the Shanghai date', async () => {
    // The test reads the Shanghai date once: within a few seconds of its midnight (16:00 UTC) or
    // of 20:00 there (12:00 UTC, where the zone below is chosen), wait until it has passed.
    const toBoundary = Math.min(
      ...[16, 12].map(
        (hour) => (((hour * 3600_000 - Date.now()) % 86_400_000) + 86_400_000) % 86_400_000,
      ),
    );
    if (toBoundary < 10_000) await new Promise((resolve) => setTimeout(resolve, toBoundary + 1000));
    const inShanghai = new Date(Date.now() + 8 * 3600_000);
    const shanghai = inShanghai.toISOString().slice(0, 10);
    // Whatever the hour, one of these two zones is in another day than Shanghai: UTC−12 is 20
    // hours behind (the same day only from 20:00 in Shanghai), Kiritimati 6 hours ahead (the
    // next day from 18:00).
    const timezoneId = inShanghai.getUTCHours() < 20 ? 'Etc/GMT+12' : 'Pacific/Kiritimati';
    await zone(timezoneId);
    const now = new Date();
    const device = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(device, 'the device is in another day').not.to.equal(shanghai);

    const el = await fixture<JgIdInput>(html`<jg-id-input name="id" min-age="16"></jg-id-input>`);
    const check = async (day: string) => {
      el.value = idBornOn(day);
      await el.updateComplete;
      return el.validity;
    };
    // Sixteen today in Shanghai: a member, even where the device has not reached the birthday
    // yet. Sixteen only by the device's (later) date: not yet.
    expect((await check(yearsBefore(shanghai, 16))).valid, 'sixteen today in Shanghai').to.equal(
      true,
    );
    if (device > shanghai) {
      expect((await check(yearsBefore(device, 16))).rangeUnderflow, 'fifteen').to.equal(true);
    }
    el.removeAttribute('min-age');
    // Born today in Shanghai is a real birth date; born on the device's later date is not yet.
    expect((await check(shanghai)).valid, 'born today in Shanghai').to.equal(true);
    if (device > shanghai) {
      expect((await check(device)).valid, 'born tomorrow in Shanghai').to.equal(false);
    }
  });
});
