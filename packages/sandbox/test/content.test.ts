// 劳模风采, 职工课堂 and the 答题拉力赛 against a real sandbox over HTTP: on in-memory PGlite, and
// on a throwaway PostgreSQL when its binaries are installed (where sign-ups and submissions
// really race on row locks instead of PGlite's one-transaction-at-a-time).
/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON answers */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../src/index.js';
import { Api, PK } from './support/api.js';
import { TestClock } from './support/clock.js';
import { findPostgresBin, startPostgres, type PostgresServer } from './support/postgres.js';
import { allTransactions } from './suite/points.js';

const RALLY = 'qr_hongchuan_03';
/** The seed's answers, which the API never gives before a submission. */
const KEY: Record<string, string> = {
  qq_03_1: 'b',
  qq_03_2: 'b',
  qq_03_3: 'b',
  qq_03_4: 'c',
  qq_03_5: 'a',
  qq_03_6: 'b',
  qq_03_7: 'c',
  qq_03_8: 'a',
};

/** `correct` right answers, the rest wrong. */
function answers(correct: number) {
  return Object.entries(KEY).map(([questionId, answer], i) => ({
    questionId,
    optionId: i < correct ? answer : answer === 'a' ? 'd' : 'a',
  }));
}

async function allPages(api: Api, path: string, auth: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  const sep = path.includes('?') ? '&' : '?';
  do {
    const url: string = `${path}${sep}limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api.get(url, auth);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    items.push(...res.body.data);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

function contentSuite(
  name: string,
  options: () => Promise<SandboxOptions>,
  cleanup?: () => Promise<void>,
) {
  describe(`content modules on ${name}`, () => {
    let sandbox: RunningSandbox;
    let api: Api;
    const clock = new TestClock();

    before(async () => {
      sandbox = await startSandbox({
        ...(await options()),
        port: 0,
        quiet: true,
        clock: clock.now,
      });
      api = new Api(sandbox.url);
    });
    after(async () => {
      await sandbox?.close();
      await cleanup?.();
    });
    beforeEach(async () => {
      clock.reset();
      await api.reset();
    });

    describe('劳模风采', () => {
      it('lists a dozen model workers in pages, filters by level and search', async () => {
        const all = await allPages(api, '/v1/model-workers', PK);
        assert.equal(all.length, 12);
        assert.equal(new Set(all.map((w) => w.id)).size, 12);
        for (const w of all) {
          assert.ok(w.name && w.title && w.employer && w.summary);
          assert.ok(w.honours.includes(w.title));
          assert.match(w.portraitUrl, /^http:\/\/.+\/assets\/model-workers\/mw_\d+\.svg$/);
          assert.equal(w.story, undefined, 'the list carries summaries only');
        }
        const national = await allPages(api, '/v1/model-workers?level=national', PK);
        assert.ok(national.length > 0 && national.every((w) => w.level === 'national'));
        const titles = new Set(all.map((w) => w.title));
        for (const t of ['全国劳动模范', '浙江工匠', '嘉兴工匠']) assert.ok(titles.has(t), t);
        const search = await api.get(`/v1/model-workers?q=${encodeURIComponent('焊')}`, PK);
        assert.ok(search.body.data.length > 0);
        assert.ok(search.body.data.every((w: any) => JSON.stringify(w).includes('焊')));
        const none = await api.get(`/v1/model-workers?q=${encodeURIComponent('100%_')}`, PK);
        assert.deepEqual(none.body, { data: [], nextCursor: null });
      });

      it('gives one story in paragraphs with its portrait, 404 for an unknown id', async () => {
        const res = await api.get('/v1/model-workers/mw_01', PK);
        assert.equal(res.status, 200);
        assert.ok(res.body.story.length >= 3);
        assert.ok(res.body.story.every((p: string) => p.length > 20 && !p.includes('<')));
        const svg = await fetch(res.body.portraitUrl);
        assert.equal(svg.status, 200);
        assert.match(svg.headers.get('content-type') ?? '', /image\/svg\+xml/);
        assert.match(svg.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        assert.ok((await svg.text()).includes(res.body.name));
        assert.equal((await api.get('/v1/model-workers/mw_99', PK)).status, 404);
        assert.equal((await fetch(`${sandbox.url}/assets/model-workers/mw_99.svg`)).status, 404);
      });
    });

    describe('职工课堂', () => {
      it('lists about twenty courses with filters by kind, provider, public welfare and search', async () => {
        const all = await allPages(api, '/v1/courses', PK);
        assert.equal(all.length, 20);
        assert.ok(
          all.every((c) => c.signedUpByMe === null),
          'no member, no signedUpByMe',
        );
        const welfare = all.filter((c) => c.publicWelfare);
        assert.ok(welfare.length >= 5 && welfare.every((c) => c.series === '我在嘉兴挺好的'));
        assert.ok(all.some((c) => c.availability === 'full' && c.seatsLeft === 0));
        assert.ok(
          all.some((c) => c.seatsLeft === 1),
          'one course is nearly full',
        );
        assert.ok(all.some((c) => c.capacity === null && c.seatsLeft === null));

        const online = await allPages(api, '/v1/courses?kind=online', PK);
        assert.ok(online.length > 0 && online.every((c) => c.kind === 'online' && c.url));
        const offline = await allPages(api, '/v1/courses?kind=offline', PK);
        assert.equal(online.length + offline.length, 20);
        assert.ok(offline.every((c) => c.venue && c.startsAt));
        const onlyWelfare = await allPages(api, '/v1/courses?publicWelfare=true', PK);
        assert.equal(onlyWelfare.length, welfare.length);
        const providers = await api.get('/v1/course-providers', PK);
        assert.equal(
          providers.body.data.reduce((n: number, p: any) => n + p.courseCount, 0),
          20,
        );
        const law = await allPages(api, '/v1/courses?provider=cp_law', PK);
        assert.equal(
          law.length,
          providers.body.data.find((p: any) => p.id === 'cp_law').courseCount,
        );
        assert.ok(law.every((c) => c.provider.id === 'cp_law'));
        const q = await allPages(api, `/v1/courses?q=${encodeURIComponent('嘉兴挺好')}`, PK);
        assert.equal(q.length, welfare.length);
        assert.equal((await api.get('/v1/courses?kind=hybrid', PK)).status, 422);
      });

      it('signs a member up once: seats go down, signedUpByMe, then already_signed_up', async () => {
        const token = await api.session('m_1002');
        const before = (await api.get('/v1/courses/crs_02', PK)).body;
        const key = randomUUID();
        const first = await api.post('/v1/me/courses/crs_02/sign-up', token, undefined, {
          'Idempotency-Key': key,
        });
        assert.equal(first.status, 201, JSON.stringify(first.body));
        assert.equal(first.body.course.id, 'crs_02');
        assert.equal(first.body.course.seatsLeft, before.seatsLeft - 1);
        assert.equal(first.body.course.signedUpByMe, true);
        const replay = await api.post('/v1/me/courses/crs_02/sign-up', token, undefined, {
          'Idempotency-Key': key,
        });
        assert.equal(replay.status, 201);
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(replay.body, first.body);
        const again = await api.post('/v1/me/courses/crs_02/sign-up', token);
        assert.equal(again.status, 409);
        assert.equal(again.body.error.code, 'already_signed_up');
        assert.equal((await api.get('/v1/courses/crs_02', token)).body.signedUpByMe, true);
        assert.equal(
          (await api.get('/v1/courses/crs_02', PK)).body.seatsLeft,
          before.seatsLeft - 1,
        );
        const mine = await allPages(api, '/v1/me/courses', token);
        assert.deepEqual(
          mine.map((s) => s.course.id),
          ['crs_02'],
        );
        const other = await allPages(api, '/v1/me/courses', await api.session('m_1001'));
        assert.deepEqual(
          other.map((s) => s.course.id),
          ['crs_08'],
          'm_1001 has the seeded sign-up only',
        );
      });

      it('refuses a full course with course_full (409) and an inactive card with card_inactive', async () => {
        const token = await api.session('m_1001');
        const full = await api.post('/v1/me/courses/crs_05/sign-up', token);
        assert.equal(full.status, 409);
        assert.equal(full.body.error.code, 'course_full');
        assert.match(full.body.error.message, /名额已满/);
        const suspended = await api.post(
          '/v1/me/courses/crs_02/sign-up',
          await api.session('m_1003'),
        );
        assert.equal(suspended.body.error.code, 'card_inactive');
        assert.equal((await api.post('/v1/me/courses/crs_99/sign-up', token)).status, 404);
      });

      it('cancels a sign-up before the course starts: the seat returns, again changes nothing', async () => {
        const token = await api.session('m_1002');
        const before = (await api.get('/v1/courses/crs_02', PK)).body;
        assert.equal((await api.post('/v1/me/courses/crs_02/sign-up', token)).status, 201);
        const cancelled = await api.post('/v1/me/courses/crs_02/cancel', token);
        assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
        assert.equal(cancelled.body.id, 'crs_02');
        assert.equal(cancelled.body.signedUpByMe, false);
        assert.equal(cancelled.body.seatsLeft, before.seatsLeft);
        assert.equal(cancelled.body.signedUpCount, before.signedUpCount);
        assert.deepEqual(await allPages(api, '/v1/me/courses', token), []);
        // A retry after a lost answer (or a second tap) changes nothing and answers the same.
        const again = await api.post('/v1/me/courses/crs_02/cancel', token);
        assert.equal(again.status, 200);
        assert.deepEqual(again.body, cancelled.body);
        // The member may sign up again.
        const back = await api.post('/v1/me/courses/crs_02/sign-up', token);
        assert.equal(back.status, 201, JSON.stringify(back.body));
        assert.equal(back.body.course.seatsLeft, before.seatsLeft - 1);
        assert.equal((await api.post('/v1/me/courses/crs_99/cancel', token)).status, 404);
        assert.equal((await api.post('/v1/me/courses/crs_02/cancel', PK)).status, 401);
      });

      it('goes on to the next page of my sign-ups after the last one shown was cancelled', async () => {
        // 我的课程 shows a page; the member cancels its last sign-up, then taps 加载更多: the
        // cursor names the cancelled sign-up, which answered 422 invalid_cursor.
        const token = await api.session('m_1002');
        const signedUp: string[] = [];
        for (const id of ['crs_01', 'crs_02', 'crs_03', 'crs_04', 'crs_05', 'crs_06', 'crs_07']) {
          const res = await api.post(`/v1/me/courses/${id}/sign-up`, token);
          if (res.status === 201) signedUp.push(id);
          clock.advance(1);
        }
        assert.ok(signedUp.length >= 5, JSON.stringify(signedUp));
        const newestFirst = [...signedUp].reverse();
        const first = await api.get('/v1/me/courses?limit=2', token);
        assert.deepEqual(
          first.body.data.map((s: any) => s.course.id),
          newestFirst.slice(0, 2),
        );
        const last = newestFirst[1]!;
        assert.equal((await api.post(`/v1/me/courses/${last}/cancel`, token)).status, 200);
        const next = await api.get(
          `/v1/me/courses?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
          token,
        );
        assert.equal(next.status, 200, JSON.stringify(next.body));
        assert.deepEqual(
          next.body.data.map((s: any) => s.course.id),
          newestFirst.slice(2, 4),
        );
        // Signed up again, the course is the newest sign-up; the old cursor still reads on.
        assert.equal((await api.post(`/v1/me/courses/${last}/sign-up`, token)).status, 201);
        const again = await api.get(
          `/v1/me/courses?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
          token,
        );
        assert.deepEqual(again.body, next.body);
        // Another member's cursor is still refused.
        const other = await api.session('m_1001');
        const theirs = await api.get(
          `/v1/me/courses?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
          other,
        );
        assert.equal(theirs.status, 422);
        assert.equal(theirs.body.error.details.fields[0].code, 'invalid_cursor');
      });

      it('keeps the sign-up of a course that has started: sign_up_not_cancellable (409)', async () => {
        // m_1001's seeded sign-up (crs_08) starts in 20 days; self-paced crs_01 never starts.
        clock.advance(21 * 86_400);
        const token = await api.session('m_1001');
        assert.equal((await api.post('/v1/me/courses/crs_01/sign-up', token)).status, 201);
        const late = await api.post('/v1/me/courses/crs_08/cancel', token);
        assert.equal(late.status, 409);
        assert.equal(late.body.error.code, 'sign_up_not_cancellable');
        assert.match(late.body.error.message, /课程已开始/);
        const en = await api.post('/v1/me/courses/crs_08/cancel', token, undefined, {
          'Accept-Language': 'en',
        });
        assert.match(en.body.error.message, /has started/);
        assert.deepEqual(
          (await allPages(api, '/v1/me/courses', token)).map((s) => s.course.id).sort(),
          ['crs_01', 'crs_08'],
        );
        const selfPaced = await api.post('/v1/me/courses/crs_01/cancel', token);
        assert.equal(selfPaced.status, 200, JSON.stringify(selfPaced.body));
        assert.equal(selfPaced.body.signedUpByMe, false);
      });

      it('takes no sign-up for a course that has started: course_started (409)', async () => {
        // crs_08 starts 20 days after the seeding: a sign-up then could never be cancelled.
        const seats = (await api.get('/v1/courses/crs_08', PK)).body.signedUpCount;
        clock.advance(21 * 86_400);
        const token = await api.session('m_1002');
        const late = await api.post('/v1/me/courses/crs_08/sign-up', token);
        assert.equal(late.status, 409, JSON.stringify(late.body));
        assert.equal(late.body.error.code, 'course_started');
        assert.match(late.body.error.message, /课程已开始/);
        const en = await api.post('/v1/me/courses/crs_08/sign-up', token, undefined, {
          'Accept-Language': 'en',
        });
        assert.match(en.body.error.message, /has started/);
        const course = (await api.get('/v1/courses/crs_08', token)).body;
        assert.equal(course.signedUpCount, seats);
        assert.equal(course.signedUpByMe, false);
        // Self-paced courses never start; m_1001's own sign-up says already_signed_up as before.
        assert.equal((await api.post('/v1/me/courses/crs_01/sign-up', token)).status, 201);
        const again = await api.post('/v1/me/courses/crs_08/sign-up', await api.session('m_1001'));
        assert.equal(again.body.error.code, 'already_signed_up');
      });

      it('dates concurrent sign-ups of one member in the order they are listed', async () => {
        // Newest first: no sign-up may say it was made after the one listed above it (two
        // phones, or taps in quick succession, each signing up for a course).
        const token = await api.session('m_1002');
        const open = (await allPages(api, '/v1/courses', PK))
          .filter((c) => c.availability !== 'full' && !c.signedUpByMe)
          .slice(0, 12);
        assert.ok(open.length >= 8, `${open.length} courses open`);
        const results = await Promise.all(
          open.map((c) => api.post(`/v1/me/courses/${c.id}/sign-up`, token)),
        );
        assert.deepEqual(
          results.map((r) => r.status),
          results.map(() => 201),
        );
        // The answers give seconds, which show it only across a second's boundary: the same to
        // the millisecond in the database, in the order of the list.
        const { rows } = await sandbox.db.query<{ id: string; created_at: Date }>(
          `SELECT id, created_at FROM course_signups WHERE member_id = 'm_1002' ORDER BY seq DESC`,
        );
        const late = rows.flatMap((row, i) =>
          i > 0 && row.created_at > rows[i - 1]!.created_at
            ? [
                `${row.id} ${row.created_at.toISOString()} below ${rows[i - 1]!.created_at.toISOString()}`,
              ]
            : [],
        );
        assert.deepEqual(late, []);
        const listed = await allPages(api, '/v1/me/courses', token);
        assert.deepEqual(
          listed.map((s) => s.id),
          rows.map((row) => row.id),
        );
      });

      it('gives the last seat to exactly one of many concurrent sign-ups', async () => {
        const members = ['m_1001', 'm_1002', 'm_1005'];
        const tokens = await Promise.all(members.map((m) => api.session(m)));
        const course = (await api.get('/v1/courses/crs_04', PK)).body;
        assert.equal(course.seatsLeft, 1);
        const results = await Promise.all(
          Array.from({ length: 18 }, (_, i) =>
            api.post('/v1/me/courses/crs_04/sign-up', tokens[i % tokens.length]!, undefined, {
              'Idempotency-Key': randomUUID(),
            }),
          ),
        );
        const statuses = results.map((r) => r.status);
        assert.equal(statuses.filter((s) => s === 201).length, 1, statuses.join(','));
        for (const res of results.filter((r) => r.status !== 201)) {
          assert.equal(res.status, 409);
          assert.ok(['course_full', 'already_signed_up'].includes(res.body.error.code));
        }
        const after = (await api.get('/v1/courses/crs_04', PK)).body;
        assert.equal(after.seatsLeft, 0);
        assert.equal(after.availability, 'full');
        assert.equal(after.signedUpCount, after.capacity);
        let signedUp = 0;
        for (const token of tokens)
          signedUp += (await allPages(api, '/v1/me/courses?', token)).filter(
            (s) => s.course.id === 'crs_04',
          ).length;
        assert.equal(signedUp, 1);
      });
    });

    describe('答题拉力赛', () => {
      it('has one current 红船精神 round with a timer and points per correct answer', async () => {
        const res = await api.get('/v1/quiz/current', PK);
        assert.equal(res.status, 200);
        assert.equal(res.body.id, RALLY);
        assert.equal(res.body.theme, '红船精神');
        assert.equal(res.body.questionCount, 8);
        assert.equal(res.body.timeLimitSeconds, 300);
        assert.equal(res.body.maxPoints, res.body.pointsPerCorrect * 8);
        // Past the end of the round nothing is current, and submitting is refused.
        clock.advance(30 * 86_400);
        assert.equal((await api.get('/v1/quiz/current', PK)).body, null);
        const token = await api.session('m_1002');
        const late = await api.post('/v1/me/quiz/submissions', token, {
          rallyId: RALLY,
          answers: answers(8),
        });
        assert.equal(late.status, 409);
        assert.equal(late.body.error.code, 'quiz_closed');
      });

      it('never sends the answers before submitting', async () => {
        for (const auth of [PK, await api.session('m_1002')]) {
          const res = await api.get(`/v1/quiz/rallies/${RALLY}/questions`, auth);
          assert.equal(res.status, 200);
          assert.equal(res.body.data.length, 8);
          const text = JSON.stringify(res.body);
          for (const word of ['answer', 'correct', 'explanation']) {
            assert.ok(!text.toLowerCase().includes(word), `questions mention ${word}`);
          }
          for (const q of res.body.data) {
            assert.deepEqual(Object.keys(q).sort(), ['id', 'options', 'position', 'text']);
            assert.equal(q.options.length, 4);
            for (const o of q.options) assert.deepEqual(Object.keys(o).sort(), ['id', 'text']);
          }
        }
        const token = await api.session('m_1002');
        const none = await api.get(`/v1/me/quiz/rallies/${RALLY}/result`, token);
        assert.equal(none.status, 200);
        assert.equal(none.body, null, 'no result before submitting');
        assert.equal((await api.get('/v1/me/quiz/rallies/qr_nope/result', token)).status, 404);
      });

      it('scores on the server, awards points once through the ledger, refuses a second submit', async () => {
        const token = await api.session('m_1002');
        const before = await api.balance(token);
        const key = randomUUID();
        const body = { rallyId: RALLY, answers: answers(6) };
        const first = await api.post('/v1/me/quiz/submissions', token, body, {
          'Idempotency-Key': key,
        });
        assert.equal(first.status, 201, JSON.stringify(first.body));
        assert.equal(first.body.score, 6);
        assert.equal(first.body.total, 8);
        assert.equal(first.body.pointsAwarded, 60);
        assert.equal(first.body.balanceAfter, before + 60);
        assert.equal(first.body.answers.length, 8);
        assert.equal(first.body.answers.filter((a: any) => a.correct).length, 6);
        assert.ok(first.body.answers.every((a: any) => a.explanation && a.correctOptionId));

        // The same request again (a retry with its key) answers the first result, awards nothing.
        const replay = await api.post('/v1/me/quiz/submissions', token, body, {
          'Idempotency-Key': key,
        });
        assert.equal(replay.status, 201);
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(replay.body, first.body);
        // A second submission (new key, better answers) is refused.
        const second = await api.post(
          '/v1/me/quiz/submissions',
          token,
          { rallyId: RALLY, answers: answers(8) },
          { 'Idempotency-Key': randomUUID() },
        );
        assert.equal(second.status, 409);
        assert.equal(second.body.error.code, 'quiz_already_submitted');

        assert.equal(await api.balance(token), before + 60);
        const earned = (await allTransactions(api, token, 'type=earn')).filter((e) =>
          e.description.includes('答题'),
        );
        assert.equal(earned.length, 1);
        assert.equal(earned[0].points, 60);
        const result = await api.get(`/v1/me/quiz/rallies/${RALLY}/result`, token);
        assert.deepEqual(result.body, first.body);
        // Another member sees their own (none), never this one.
        const other = await api.get(
          `/v1/me/quiz/rallies/${RALLY}/result`,
          await api.session('m_1001'),
        );
        assert.equal(other.status, 200);
        assert.equal(other.body, null);
      });

      it('awards once when the same member submits many times at once', async () => {
        const token = await api.session('m_1005');
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            api.post(
              '/v1/me/quiz/submissions',
              token,
              { rallyId: RALLY, answers: answers(8) },
              // Half share one key (a retried request), half are new keys (a double click).
              { 'Idempotency-Key': i % 2 ? 'same-attempt' : randomUUID() },
            ),
          ),
        );
        const ok = results.filter((r) => r.status === 201);
        assert.ok(ok.length >= 1);
        assert.equal(
          new Set(ok.map((r) => r.body.id)).size,
          1,
          'every success is the one submission',
        );
        for (const res of results.filter((r) => r.status !== 201)) {
          assert.equal(res.body.error.code, 'quiz_already_submitted');
        }
        assert.equal(await api.balance(token), 80);
        const ledger = await allTransactions(api, token);
        assert.equal(ledger.filter((e) => e.type === 'earn').length, 1);
      });

      it('refuses answers to other questions or options, and a zero score earns nothing', async () => {
        const token = await api.session('m_1002');
        const bad = await api.post('/v1/me/quiz/submissions', token, {
          rallyId: RALLY,
          answers: [
            { questionId: 'qq_03_1', optionId: 'z' },
            { questionId: 'qq_99', optionId: 'a' },
          ],
        });
        assert.equal(bad.status, 422);
        assert.deepEqual(
          bad.body.error.details.fields.map((f: any) => f.path),
          ['answers.0.optionId', 'answers.1.questionId'],
        );
        const before = await api.balance(token);
        const zero = await api.post('/v1/me/quiz/submissions', token, {
          rallyId: RALLY,
          answers: [],
        });
        assert.equal(zero.status, 201);
        assert.equal(zero.body.score, 0);
        assert.equal(zero.body.pointsAwarded, 0);
        assert.ok(zero.body.answers.every((a: any) => a.chosenOptionId === null && !a.correct));
        assert.equal(await api.balance(token), before);
        const unknown = await api.post('/v1/me/quiz/submissions', token, {
          rallyId: 'qr_nope',
          answers: [],
        });
        assert.equal(unknown.status, 404);
      });

      it('ranks the union branches, and a submission counts for the member’s county', async () => {
        const board = async () =>
          (await api.get(`/v1/quiz/rallies/${RALLY}/leaderboard`, PK)).body.data as any[];
        const before = await board();
        assert.equal(before.length, 7);
        assert.deepEqual(
          before.map((r) => r.rank),
          [1, 2, 3, 4, 5, 6, 7],
        );
        for (let i = 1; i < before.length; i++) {
          assert.ok(before[i - 1].averageScore >= before[i].averageScore);
        }
        assert.ok(before.every((r) => /总工会$/.test(r.unionName) && r.participants > 0));
        // m_1001 belongs to a grassroots union of 南湖区 (u_330402).
        const token = await api.session('m_1001');
        await api.post('/v1/me/quiz/submissions', token, { rallyId: RALLY, answers: answers(8) });
        const afterBoard = await board();
        const nanhuBefore = before.find((r) => r.unionId === 'u_330402');
        const nanhuAfter = afterBoard.find((r) => r.unionId === 'u_330402');
        assert.equal(nanhuAfter.participants, nanhuBefore.participants + 1);
        assert.equal(nanhuAfter.totalPoints, nanhuBefore.totalPoints + 80);
        assert.equal((await api.get('/v1/quiz/rallies/qr_nope/leaderboard', PK)).status, 404);
      });

      it('gives branches with the same result the same rank (1, 1, 3)', async () => {
        // Four branches: 南湖 and 秀洲 tie exactly (two members, 10 right answers between them),
        // 海宁 has the same average from one member (fewer take part: below), 平湖 is last.
        await sandbox.db.query(`DELETE FROM quiz_submissions WHERE rally_id = $1`, [RALLY]);
        const crowd: [string, number][] = [
          ['330411', 6],
          ['330411', 4],
          ['330402', 5],
          ['330402', 5],
          ['330481', 5],
          ['330482', 3],
          ['330482', 3],
        ];
        for (const [i, [county, score]] of crowd.entries()) {
          await sandbox.db.query(
            `INSERT INTO quiz_submissions (id, rally_id, member_id, branch_id, score, total,
               points_awarded, balance_after, answers, submitted_at)
             VALUES ($1, $2, $1, $3, $4, 8, $5, 0, '[]', $6)`,
            [`qs_tie_${i}`, RALLY, `u_${county}`, score, score * 10, clock.now()],
          );
        }
        const board = (await api.get(`/v1/quiz/rallies/${RALLY}/leaderboard`, PK)).body.data;
        assert.deepEqual(
          board.map((r: any) => [r.rank, r.unionId, r.participants, r.averageScore]),
          [
            [1, 'u_330402', 2, 5],
            [1, 'u_330411', 2, 5],
            [3, 'u_330481', 1, 5],
            [4, 'u_330482', 2, 3],
          ],
        );
      });
    });
  });
}

contentSuite('PGlite', async () => ({ memory: true }));

if (findPostgresBin()) {
  let server: PostgresServer | undefined;
  contentSuite(
    'PostgreSQL',
    async () => {
      server = await startPostgres();
      return { databaseUrl: await server.createDatabase(`jiagong_content_${process.pid}`) };
    },
    async () => {
      await server?.stop();
    },
  );
}
