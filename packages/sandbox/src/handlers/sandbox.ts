import { SANDBOX_CLOCK_MAX_SECONDS } from '@jiagong/contract';
import type { Locale } from '@jiagong/contract';
import type { TestClock } from '../domain/clock.js';
import { adjustTo, lockMember } from '../domain/ledger.js';
import { isoShanghai } from '../domain/time.js';
import { ApiError, validationError } from '../http/errors.js';
import { plainIssue } from './field-issues.js';
import { resetToSeed } from '../seed/index.js';
import { findApplication, setStatus, toApplication, TRANSITIONS } from './loan-applications.js';
import { pointsBalance } from './points.js';
import type { HandlerGroup } from './types.js';

const MAX_BALANCE = 2_000_000_000;

// Stored with the application, so one language: the bank's.
const DEFAULT_REJECTION = '综合评分未达到准入要求';

/**
 * A control given an id that nothing has (a typo in a partner's test script, or a row a reset
 * removed): the bare 404 `not_found` read as if the control itself did not exist. The issue is on
 * the path's `id` and says where the ids come from (the id itself is not echoed).
 */
function unknownControlId(what: 'member' | 'application', locale: Locale): ApiError {
  const zh = locale === 'zh-CN';
  const message =
    what === 'member'
      ? zh
        ? '没有此编号的测试会员：GET /sandbox/members 列出全部测试会员（m_1001 至 m_1005）'
        : 'No test member has this id: GET /sandbox/members lists them (m_1001 to m_1005)'
      : zh
        ? '没有此编号的贷款申请（或已被 POST /sandbox/reset 清除）：编号（la_…）见提交申请的应答'
        : "No loan application has this id (or a POST /sandbox/reset removed it): take the id (la_…) from the application's answer";
  return new ApiError('not_found', { fields: [{ path: 'id', code: 'not_found', message }] });
}

const rethrowNotFound =
  (what: 'member' | 'application', locale: Locale) =>
  (error: unknown): never => {
    throw error instanceof ApiError && error.code === 'not_found'
      ? unknownControlId(what, locale)
      : error;
  };

function clockState(clock: TestClock): { now: string; offsetSeconds: number } {
  return { now: isoShanghai(clock.now()), offsetSeconds: clock.offsetSeconds };
}

export const sandboxHandlers: HandlerGroup<
  | 'sandbox.reset'
  | 'sandbox.members'
  | 'sandbox.advanceLoan'
  | 'sandbox.setPoints'
  | 'sandbox.clock'
  | 'sandbox.setClock'
> = {
  async 'sandbox.reset'({ db, clock }) {
    // Real time again, and the seed dated by it (not by the clock the tests had moved on). The
    // clock's row goes with the data, in the reset's one transaction (TRUNCATE): deleted before it,
    // every request read real time over the data written on the moved clock while the reset waited
    // for the writes under way, or for good if it failed. The seed is dated by real time itself,
    // not by the clock this process shares with its concurrent requests (one may have read the
    // moved offset meanwhile). reset() then only lets this process know (its row is gone).
    await resetToSeed(db, clock.real());
    await clock.reset(db);
    return { ok: true as const };
  },

  async 'sandbox.clock'({ clock }) {
    return clockState(clock);
  },

  async 'sandbox.setClock'({ db, body, clock, locale }) {
    const now = clock.now();
    const given = (body.advanceSeconds !== undefined ? 1 : 0) + (body.at !== undefined ? 1 : 0);
    if (given !== 1) {
      throw validationError([
        plainIssue(
          given ? 'at' : 'advanceSeconds',
          given ? 'unrecognized_keys' : 'required',
          '请给出 advanceSeconds（向前拨的秒数）或 at（拨到的时刻）之一',
          'Give one of advanceSeconds (seconds to move forward) or at (the instant to move to)',
          locale,
        ),
      ]);
    }
    const by =
      body.advanceSeconds !== undefined
        ? body.advanceSeconds * 1000
        : new Date(body.at as string).getTime() - now.getTime();
    // Forward only: orders, sessions and ledger entries written since stay in time order.
    if (by <= -1000) {
      throw validationError([
        plainIssue(
          'at',
          'too_small',
          `不能早于沙箱当前时间 ${isoShanghai(now)}：时钟只能向前拨，POST /sandbox/reset 回到真实时间`,
          `Must not be before the sandbox's present, ${isoShanghai(now)}: the clock only moves forward; POST /sandbox/reset returns it to real time`,
          locale,
        ),
      ]);
    }
    if (clock.offsetSeconds + by / 1000 > SANDBOX_CLOCK_MAX_SECONDS) {
      throw validationError([
        plainIssue(
          body.at !== undefined ? 'at' : 'advanceSeconds',
          'too_big',
          `沙箱时钟最多领先真实时间 ${SANDBOX_CLOCK_MAX_SECONDS} 秒（约十年）`,
          `The sandbox's clock may run at most ${SANDBOX_CLOCK_MAX_SECONDS} seconds (about ten years) ahead of real time`,
          locale,
        ),
      ]);
    }
    // `at` names an instant, not a step: two requests for the same instant (two sandboxes on one
    // PostgreSQL database) end there, not twice as far.
    if (body.at !== undefined) {
      if (by > 0) await clock.advanceTo(db, new Date(body.at).getTime() - clock.real().getTime());
    } else await clock.advance(db, by);
    return clockState(clock);
  },

  async 'sandbox.members'({ db, locale, now }) {
    const { rows } = await db.query<{
      id: string;
      name: string;
      status: 'active' | 'suspended' | 'expired';
      description_zh: string;
      description_en: string;
    }>('SELECT id, name, status, description_zh, description_en FROM members ORDER BY position');
    const data = [];
    for (const row of rows) {
      data.push({
        id: row.id,
        // Synthetic people: the sandbox may show full names to the developer.
        name: row.name,
        status: row.status,
        // The balance the member's own app shows now: a lot past its expiry, whose expire entry
        // is booked on the member's next read of their points, is not theirs any more.
        points: (await pointsBalance(db, row.id, now)).balance,
        description: locale === 'en' ? row.description_en : row.description_zh,
      });
    }
    return { data };
  },

  async 'sandbox.advanceLoan'({ db, params, body, now, locale }) {
    return db.transaction(async (tx) => {
      const row = await findApplication(tx, params.id, null, true).catch(
        rethrowNotFound('application', locale),
      );
      const next = TRANSITIONS[row.status];
      if (!next.includes(body.to)) {
        // Where it is and where it may go: a developer scripting the review need not guess.
        throw new ApiError('invalid_transition', {
          fields: [
            plainIssue(
              'to',
              'invalid_transition',
              next.length
                ? `申请当前为 ${row.status}，只能改为 ${next.join('、')}`
                : `申请当前为 ${row.status}，不能再改变`,
              next.length
                ? `The application is ${row.status}: it can move to ${next.join(' or ')} only`
                : `The application is ${row.status}: it cannot move any more`,
              locale,
            ),
          ],
        });
      }
      // A blank note is no reason: the member would read an empty rejection reason.
      const note = body.note?.trim() || (body.to === 'rejected' ? DEFAULT_REJECTION : null);
      return toApplication(tx, await setStatus(tx, row, body.to, now, note));
    });
  },

  async 'sandbox.setPoints'({ db, params, body, now, locale }) {
    // The ledger stores points as int4; past that the database would refuse with a 500.
    if (body.balance > MAX_BALANCE) {
      throw validationError([
        plainIssue(
          'balance',
          'too_big',
          `不能大于 ${MAX_BALANCE}`,
          `Must be at most ${MAX_BALANCE}`,
          locale,
        ),
      ]);
    }
    await db.transaction(async (tx) => {
      await lockMember(tx, params.id).catch(rethrowNotFound('member', locale));
      await adjustTo(tx, params.id, body.balance, now);
    });
    return pointsBalance(db, params.id, now);
  },
};
