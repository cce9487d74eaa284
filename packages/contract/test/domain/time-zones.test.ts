// "Today", ages and "not born in the future" follow the date in Asia/Shanghai (DOMAIN.md), on any
// machine: a partner's Node back end in UTC, a developer in Vancouver, a test box set to
// Kiritimati (UTC+14). Each case runs in a child process with TZ set and the clock half an hour
// from midnight in Shanghai, where the machine's date is another one.
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

// Runs in the child: pins Date.now() to JG_NOW before the contract is loaded, then prints what
// the validators say with no `today` given.
const child = `
const now = Date.parse(process.env.JG_NOW);
Date.now = () => now;
const { shanghaiToday, validateResidentId, ageOn } = await import('@jiagong/contract');
const id = (day) => {
  const first17 = '330499' + day.replaceAll('-', '') + '123';
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
};
const check = (day) => {
  const r = validateResidentId(id(day));
  return r.ok ? ageOn(r.birthDate, shanghaiToday()) : r.code;
};
console.log(JSON.stringify({
  today: shanghaiToday(),
  device: new Date(now).toDateString(),
  bornToday: check('2026-03-01'),
  bornTomorrow: check('2026-03-02'),
  sixteenToday: check('2010-03-01'),
  sixteenTomorrow: check('2010-03-02'),
}));
`;

function inZone(tz: string, now: string): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', child],
    { env: { ...process.env, TZ: tz, JG_NOW: now }, encoding: 'utf8', timeout: 60_000 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
}

describe('the Shanghai calendar in other time zones', () => {
  const cases = [
    // 2 March on the machine in Kiritimati; 1 March elsewhere.
    { now: '2026-03-01T23:30:00+08:00', zones: ['Pacific/Kiritimati', 'UTC', 'Asia/Shanghai'] },
    // Still 28 February on the machine in Los Angeles and UTC.
    { now: '2026-03-01T00:30:00+08:00', zones: ['America/Los_Angeles', 'UTC'] },
  ];
  for (const { now, zones } of cases) {
    for (const tz of zones) {
      it(`TZ=${tz} at ${now}: today is 1 March`, () => {
        const answer = inZone(tz, now);
        assert.deepEqual(
          { ...answer, device: undefined },
          {
            today: '2026-03-01',
            device: undefined,
            bornToday: 0,
            bornTomorrow: 'future_birth_date',
            sixteenToday: 16,
            sixteenTomorrow: 15,
          },
          `the machine says ${String(answer.device)}`,
        );
      });
    }
  }
});
