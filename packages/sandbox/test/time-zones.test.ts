// The sandbox on a machine that is not in Asia/Shanghai (CI and cloud dev boxes run in UTC, a
// developer in Vancouver or on Christmas Island): points expiry, ages and every time it answers
// follow the date in Shanghai (DOMAIN.md), never the machine's. Each case runs a sandbox in a
// child process with TZ set and its clock half an hour from midnight in Shanghai, where the
// machine's date is another one.
//
// One child process per zone runs both cases, one sandbox after the other, and the zones run one
// after another. A child loads tsx, our code and PGlite (about 10 s of CPU for its first sandbox;
// the next one starts in a third of the time). Six children at once, each given 120 s, timed out
// on a 2-core machine at a load average of 44 (and all six at 11 to 26); three in turn, with a
// limit that only ends a child that hangs, share the CPU with the rest of the run and not with
// each other (about 22 s each at a load average of 20).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const probe = fileURLToPath(new URL('./support/time-zone-probe.ts', import.meta.url));

/** Ends a child that hangs: a slow machine is not a hang. */
const HUNG_MS = 600_000;

function runProbe(
  tz: string,
  cases: { now: string; birthDays: string[] }[],
): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', probe],
      {
        env: { ...process.env, TZ: tz, JG_PROBE_CASES: JSON.stringify(cases) },
        timeout: HUNG_MS,
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${tz}: ${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>[]);
      },
    );
  });
}

const cases = [
  {
    // New Year's Day in Shanghai; still 31 December in Los Angeles (08:30) and UTC (16:30).
    now: '2026-01-01T00:30:00+08:00',
    expiresAt: '2027-12-31T23:59:59+08:00',
    eighteenToday: '2008-01-01',
    seventeen: '2008-01-02',
  },
  {
    // New Year's Eve in Shanghai; already 1 January in Kiritimati (05:30, UTC+14).
    now: '2025-12-31T23:30:00+08:00',
    expiresAt: '2026-12-31T23:59:59+08:00',
    eighteenToday: '2007-12-31',
    seventeen: '2008-01-01',
  },
];

describe('the sandbox in other time zones', () => {
  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    it(`TZ=${tz}: dates, ages and expiry by the Shanghai calendar`, async () => {
      const results = await runProbe(
        tz,
        cases.map((c) => ({ now: c.now, birthDays: [c.eighteenToday, c.seventeen] })),
      );
      assert.equal(results.length, cases.length);
      cases.forEach((c, i) => {
        const answer = results[i]!;
        const at = `${tz} at ${c.now}`;
        assert.equal(answer.earnedAt, c.now, `${at}: the entry's time, in +08:00`);
        assert.equal(answer.consentServerTime, c.now, `${at}: consent serverTime, in +08:00`);
        assert.equal(answer.sessionExpiresAt, c.now.replace(':30:00', ':45:00'), at);
        // DOMAIN §10: earned in year Y (in Shanghai) → Y+1-12-31T23:59:59+08:00.
        assert.equal(answer.expiresAt, c.expiresAt, `${at}: points expiry`);
        // Loans are for 18–65: eighteen today in Shanghai may apply, a day younger may not.
        assert.deepEqual(
          answer.loans,
          { [c.eighteenToday]: 201, [c.seventeen]: 'loan_ineligible' },
          `${at}: ages`,
        );
      });
    });
  }
});
