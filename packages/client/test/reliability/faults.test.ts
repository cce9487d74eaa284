// Fault injection between the client and a real sandbox (the client's fault proxy), for the two
// calls that move value: redeeming points (`me.orders.create`) and applying for a loan
// (`me.loanApplications.create`), and submitting a quiz (`me.quiz.submit`, which awards points). For every fault — dropped connections before and after the
// server acted, 500s, 429 with Retry-After, slow answers, stalled and truncated bodies, junk —
// the call either succeeds or ends in a typed error within a bounded time, and afterwards the
// server holds exactly one order / application and the ledger was charged exactly once, also
// when the app repeats a failed call with the same idempotency key or double-submits. The undo
// calls (withdrawing a consent, cancelling a course sign-up) get the same faults. Last, no
// credential or personal data ever travels in a URL (every endpoint of the table is called).
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { isJiagongError, type JiagongClient, type CallOptions } from '@jiagong/client';
import type { Fault } from '../support/fault-proxy.js';
import { startWorld, type World } from '../support/world.js';

let world: World;
before(async () => {
  world = await startWorld();
  // Every check compares with the state just before it, so no reset between tests (a reset
  // costs half a second): the redeeming member just needs enough points for all of them.
  await world.admin.sandbox.setPoints('m_1001', { balance: 1_000_000 });
  const { data } = await world.admin.sandbox.members();
  assert.ok(data.length > 0);
  const c = world.client();
  for await (const p of c.mall.products.list({ limit: 100, sort: 'points_asc' })) {
    if (p.stock >= 100 && p.perMemberLimit === null) {
      product = p;
      break;
    }
  }
  assert.ok(product, 'a product with stock and no per-member limit');
});
after(() => world?.close());
beforeEach(() => world.proxy.reset());

// Generous for a loaded CI machine, far below "hangs": attempts time out after 1.2 s, at most
// 2 attempts, short backoff, Retry-After ≤ 2 s honoured.
const ATTEMPT_TIMEOUT_MS = 1_200;
const SETTLE_BOUND_MS = 12_000;

function client(memberId: string): JiagongClient {
  return world.client({
    getSessionToken: world.sessionFor(memberId),
    timeout: ATTEMPT_TIMEOUT_MS,
    retry: { limit: 1, baseDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 2_000 },
  });
}

/** Settles `promise` or fails the test when it takes longer than the bound. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung for ${SETTLE_BOUND_MS} ms`)), SETTLE_BOUND_MS);
  });
  try {
    const value = await Promise.race([promise, bound]);
    return { value, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('hung for')) throw error;
    return { error, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function assertTyped(error: unknown, label: string): void {
  assert.ok(
    isJiagongError(error),
    `${label}: expected a typed JiagongError, got ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`,
  );
  assert.equal(typeof (error as Error).message, 'string');
}

// ---------------------------------------------------------------------------------------------
// The two value-moving calls, each with a way to count what the server holds.

interface Flow {
  name: string;
  path: string;
  member: string;
  call(c: JiagongClient, options?: CallOptions): Promise<{ id: string }>;
  /** What the server holds for the member: number of records and the points balance. */
  state(): Promise<{ count: number; balance: number; stock: number }>;
  /** The change one successful call makes. */
  delta: { count: number; balance: number; stock: number };
  /** Makes the next call possible without changing what `state()` counts. */
  prepare?(): Promise<void>;
}

let product: { id: string; pointsPrice: number; fulfilment: string } | undefined;

const orderFlow: Flow = {
  name: 'redeem points (me.orders.create)',
  path: '/v1/me/orders',
  member: 'm_1001',
  call: (c, options) =>
    c.me.orders.create(
      {
        productId: product!.id,
        quantity: 1,
        ...(product!.fulfilment === 'delivery'
          ? {
              delivery: {
                recipient: '沈嘉禾',
                mobile: '13800138000',
                address: '浙江省嘉兴市南湖区禾丰路 88 号',
              },
            }
          : {}),
      },
      options,
    ),
  async state() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1001'), retry: 0 });
    let count = 0;
    for await (const order of c.me.orders.list({ limit: 100 })) {
      if (order.productId === product!.id && order.status !== 'cancelled') count++;
    }
    const { balance } = await c.me.points.get();
    const { stock } = await c.mall.products.get(product!.id);
    return { count, balance, stock };
  },
  get delta() {
    return { count: 1, balance: -product!.pointsPrice, stock: -1 };
  },
};

const loanFlow: Flow = {
  name: 'apply for a loan (me.loanApplications.create)',
  path: '/v1/me/loan-applications',
  member: 'm_1002',
  call: (c, options) =>
    c.me.loanApplications.create(
      {
        productId: 'lp_consumer',
        amountFen: 10_000_000,
        termMonths: 12,
        repaymentMethod: 'equal-instalment',
        applicant: {
          name: '陆小溪',
          idNumber: '330499200003150220',
          mobile: '+86 199 0000 1002',
          unionId: 'u_330411_02_01',
        },
        employer: { name: '嘉兴禾信电子有限公司', uscc: '91330402MA2B0C1D2H' },
        purpose: '家庭装修',
        consents: ['ct_sensitive_pi', 'ct_share_with_bank', 'ct_credit_check'].map((textId) => ({
          textId,
          version: '2025.1',
          granted: true,
        })),
        channel: 'reliability-tests/1.0',
      },
      options,
    ),
  async state() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1002'), retry: 0 });
    let count = 0;
    for await (const _ of c.me.loanApplications.list({ limit: 100 })) count++;
    const { balance } = await c.me.points.get();
    const { stock } = await c.mall.products.get(product!.id);
    return { count, balance, stock };
  },
  delta: { count: 1, balance: 0, stock: 0 },
  // A second application for a product still under review is refused (one need, one
  // application): withdraw the previous one, which stays listed, before each check.
  async prepare() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1002'), retry: 0 });
    for await (const application of c.me.loanApplications.list({ limit: 100 })) {
      if (application.withdrawable) await c.me.loanApplications.withdraw(application.id);
    }
  },
};

const expectAfter = (
  before: { count: number; balance: number; stock: number },
  flow: Flow,
  times: 0 | 1,
) => ({
  count: before.count + flow.delta.count * times,
  balance: before.balance + flow.delta.balance * times,
  stock: before.stock + flow.delta.stock * times,
});

// ---------------------------------------------------------------------------------------------

interface Scenario {
  name: string;
  fault: Fault;
  times: number;
  /** What the call gives: success, a typed error, or either (timing decides). */
  outcome: 'ok' | 'error' | 'either';
  /** How many records the server may hold afterwards: exactly 1, exactly 0, or 0-or-1. */
  charged: 0 | 1 | 'at most once';
}

const scenarios: Scenario[] = [
  {
    name: 'connection dropped before the server',
    fault: { kind: 'drop' },
    times: 1,
    outcome: 'ok',
    charged: 1,
  },
  {
    name: 'connection dropped after the server acted (response lost)',
    fault: { kind: 'drop-after-forward' },
    times: 1,
    outcome: 'ok',
    charged: 1,
  },
  {
    name: 'response lost on every attempt',
    fault: { kind: 'drop-after-forward' },
    times: Infinity,
    outcome: 'error',
    charged: 1,
  },
  {
    name: 'a 500 before the server',
    fault: {
      kind: 'status',
      status: 500,
      body: { error: { code: 'internal_error', message: 'x', requestId: 'req_f' } },
    },
    times: 1,
    outcome: 'ok',
    charged: 1,
  },
  {
    name: '503 on every attempt',
    fault: {
      kind: 'status',
      status: 503,
      body: { error: { code: 'service_unavailable', message: 'x', requestId: 'req_f' } },
    },
    times: Infinity,
    outcome: 'error',
    charged: 0,
  },
  {
    name: '429 with Retry-After: 1',
    fault: {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: { code: 'rate_limited', message: 'x', requestId: 'req_f' } },
    },
    times: 1,
    outcome: 'ok',
    charged: 1,
  },
  {
    name: '429 with a Retry-After longer than the client waits',
    fault: {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { error: { code: 'rate_limited', message: 'x', requestId: 'req_f' } },
    },
    times: 1,
    outcome: 'error',
    charged: 0,
  },
  {
    name: 'a slow network (the first attempt times out, then arrives late)',
    fault: { kind: 'delay', ms: ATTEMPT_TIMEOUT_MS + 600 },
    times: 1,
    outcome: 'ok',
    charged: 1,
  },
  {
    name: 'the body stalls after the server acted',
    fault: { kind: 'stall-body', ms: ATTEMPT_TIMEOUT_MS + 600 },
    times: 1,
    outcome: 'ok',
    charged: 1,
  },
  {
    name: 'the body stalls on every attempt',
    fault: { kind: 'stall-body', ms: ATTEMPT_TIMEOUT_MS + 600 },
    times: Infinity,
    outcome: 'error',
    charged: 1,
  },
  { name: 'a truncated body', fault: { kind: 'truncate' }, times: 1, outcome: 'ok', charged: 1 },
  {
    name: 'truncated on every attempt',
    fault: { kind: 'truncate' },
    times: Infinity,
    outcome: 'error',
    charged: 1,
  },
  {
    name: 'a wrong-shaped body after the server acted',
    fault: { kind: 'replace', body: { id: 42, surprise: '<img src=x onerror=alert(1)>' } },
    times: 1,
    outcome: 'error',
    charged: 1,
  },
  {
    name: 'HTML instead of JSON',
    fault: { kind: 'replace', body: '<html>502 Bad Gateway</html>' },
    times: 1,
    outcome: 'error',
    charged: 1,
  },
];

for (const flow of [orderFlow, loanFlow]) {
  describe(`${flow.name} under faults: typed outcome, bounded time, charged at most once`, () => {
    for (const scenario of scenarios) {
      it(scenario.name, async () => {
        await flow.prepare?.();
        const before = await flow.state();
        world.proxy.inject({
          method: 'POST',
          path: flow.path,
          fault: scenario.fault,
          times: scenario.times,
        });
        const key = `rel-${Math.random().toString(36).slice(2)}`;
        const c = client(flow.member);
        const result = await settle(flow.call(c, { idempotencyKey: key }));
        if (scenario.outcome === 'ok') {
          assert.equal(result.error, undefined, `expected success, got ${String(result.error)}`);
        } else if (scenario.outcome === 'error') {
          assert.notEqual(result.error, undefined, 'expected a typed error');
        }
        if (result.error) assertTyped(result.error, scenario.name);

        // The app repeats the call with the same key once the network is back: the server
        // answers the first outcome and charges nothing more.
        world.proxy.reset();
        // A late attempt may still be on its way through the proxy; let it land first.
        await world.proxy.idle();
        const retried = await settle(flow.call(c, { idempotencyKey: key }));
        if (scenario.charged !== 0 || retried.value) {
          assert.equal(
            retried.error,
            undefined,
            `the retry with the same key failed: ${String(retried.error)}`,
          );
          if (result.value) assert.equal(retried.value!.id, result.value.id, 'the same record');
        }
        const afterState = await flow.state();
        assert.deepEqual(afterState, expectAfter(before, flow, 1), 'charged exactly once in total');
        const posts = world.proxy.seen.filter((r) => r.method === 'POST' && r.path === flow.path);
        for (const request of posts) assert.equal(request.headers['idempotency-key'], key);
      });
    }

    it('a double submit (two calls, one key, at once) makes one record', async () => {
      await flow.prepare?.();
      const before = await flow.state();
      const c = client(flow.member);
      const key = `dbl-${Math.random().toString(36).slice(2)}`;
      world.proxy.inject({ method: 'POST', path: flow.path, fault: { kind: 'delay', ms: 150 } });
      const [a, b] = await Promise.all([
        settle(flow.call(c, { idempotencyKey: key })),
        settle(flow.call(c, { idempotencyKey: key })),
      ]);
      for (const r of [a, b]) if (r.error) assertTyped(r.error, 'double submit');
      const ids = [a, b].filter((r) => r.value).map((r) => r.value!.id);
      assert.ok(ids.length >= 1, 'at least one call succeeds');
      assert.equal(new Set(ids).size, 1, 'both successes name the same record');
      assert.deepEqual(await flow.state(), expectAfter(before, flow, 1));
    });

    it('without faults, two calls with different keys make two records (the key is what dedupes)', async () => {
      await flow.prepare?.();
      const before = await flow.state();
      const c = client(flow.member);
      await flow.call(c, { idempotencyKey: `a-${Math.random()}` });
      const second = await settle(flow.call(c, { idempotencyKey: `b-${Math.random()}` }));
      if (second.error) {
        // A product limit or a one-application rule may refuse the second: typed, not charged.
        assertTyped(second.error, 'second distinct call');
        assert.deepEqual(await flow.state(), expectAfter(before, flow, 1));
      } else {
        const after = await flow.state();
        assert.equal(after.count, before.count + 2 * flow.delta.count);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The undo calls: withdrawing a consent (me.consents.withdraw) and cancelling a course sign-up
// (me.courses.cancel). Both are naturally idempotent (no key; the client sends them again on its
// own), so under the same faults each ends ok or typed and bounded, and once the app repeats it
// with the network back the server holds exactly one withdrawal / one seat returned.

interface UndoFlow {
  name: string;
  member: string;
  path(): string;
  /** Puts in place what the call undoes. */
  prepare(): Promise<void>;
  call(c: JiagongClient): Promise<{ id: string }>;
  state(): Promise<Record<string, unknown>>;
  /** What `state()` holds after exactly one effect, from the prepared state. */
  once(before: Record<string, unknown>): Record<string, unknown>;
}

let course: { id: string } | undefined;

/** Whether m_1001 holds a seat on the course (its own sign-ups; the course read is public). */
async function signedUp(c: JiagongClient): Promise<boolean> {
  for await (const signUp of c.me.courses.list({ limit: 100 })) {
    if (signUp.course.id === course!.id) return true;
  }
  return false;
}

const withdrawFlow: UndoFlow = {
  name: 'withdraw a consent (me.consents.withdraw)',
  member: 'm_1002',
  path: () => '/v1/me/consents/withdraw',
  // An application records a grant of each consent it carries; it is withdrawn again at once so
  // the next one is not refused as a duplicate.
  async prepare() {
    await loanFlow.prepare!();
    await loanFlow.call(world.client({ getSessionToken: world.sessionFor('m_1002'), retry: 0 }), {
      idempotencyKey: `grant-${Math.random().toString(36).slice(2)}`,
    });
    await loanFlow.prepare!();
  },
  call: (c) => c.me.consents.withdraw({ textId: 'ct_credit_check', channel: 'reliability/1.0' }),
  async state() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1002'), retry: 0 });
    const records = (await c.me.consents.list()).data.filter((r) => r.textId === 'ct_credit_check');
    return {
      latest: records[0]?.action,
      withdrawals: records.filter((r) => r.action === 'withdraw').length,
    };
  },
  once: (before) => ({ latest: 'withdraw', withdrawals: (before.withdrawals as number) + 1 }),
};

const cancelFlow: UndoFlow = {
  name: 'cancel a course sign-up (me.courses.cancel)',
  member: 'm_1001',
  path: () => `/v1/me/courses/${course!.id}/cancel`,
  async prepare() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1001'), retry: 0 });
    if (await signedUp(c)) return;
    await c.me.courses.signUp(course!.id, {
      idempotencyKey: `seat-${Math.random().toString(36).slice(2)}`,
    });
  },
  call: (c) => c.me.courses.cancel(course!.id),
  async state() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1001'), retry: 0 });
    const { signedUpCount } = await c.courses.get(course!.id);
    return { signedUp: await signedUp(c), signedUpCount };
  },
  once: (before) => ({ signedUp: false, signedUpCount: (before.signedUpCount as number) - 1 }),
};

for (const flow of [withdrawFlow, cancelFlow]) {
  describe(`${flow.name} under faults: typed outcome, bounded time, one effect`, () => {
    before(async () => {
      if (course) return;
      const c = world.client();
      for await (const each of c.courses.list({ limit: 100 })) {
        const later = !each.startsAt || Date.parse(each.startsAt) > Date.now() + 86_400_000;
        if (later && (each.seatsLeft === null || each.seatsLeft > 1)) {
          course = each;
          break;
        }
      }
      assert.ok(course, 'a course not started, with seats');
    });

    for (const scenario of scenarios) {
      it(scenario.name, async () => {
        await flow.prepare();
        const before = await flow.state();
        world.proxy.inject({
          method: 'POST',
          path: flow.path(),
          fault: scenario.fault,
          times: scenario.times,
        });
        const c = client(flow.member);
        const result = await settle(flow.call(c));
        if (scenario.outcome === 'ok') {
          assert.equal(result.error, undefined, `expected success, got ${String(result.error)}`);
        } else if (scenario.outcome === 'error') {
          assert.notEqual(result.error, undefined, 'expected a typed error');
        }
        if (result.error) assertTyped(result.error, scenario.name);
        world.proxy.reset();
        await world.proxy.idle();
        // The app (or the element's 重试) repeats it: the same answer, nothing more happens.
        const retried = await settle(flow.call(c));
        assert.equal(retried.error, undefined, `the repeat failed: ${String(retried.error)}`);
        if (result.value) assert.equal(retried.value!.id, result.value.id, 'the same answer');
        assert.deepEqual(await flow.state(), flow.once(before), 'exactly one effect in total');
      });
    }

    it('a double tap (two calls at once) has one effect', async () => {
      await flow.prepare();
      const before = await flow.state();
      world.proxy.inject({ method: 'POST', path: flow.path(), fault: { kind: 'delay', ms: 150 } });
      const c = client(flow.member);
      const [a, b] = await Promise.all([settle(flow.call(c)), settle(flow.call(c))]);
      for (const r of [a, b]) if (r.error) assertTyped(r.error, 'double tap');
      const ids = [a, b].filter((r) => r.value).map((r) => r.value!.id);
      assert.ok(ids.length >= 1 && new Set(ids).size === 1, 'both answers name the same record');
      assert.deepEqual(await flow.state(), flow.once(before));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The third call that moves value: a quiz submission (me.quiz.submit) awards points, once per
// member and rally. A lost answer repeated by the client with its key must be answered with the
// first result, not 本轮答题您已提交过 (quiz_already_submitted), and award the points once. Each
// check starts from a sandbox reset (the member has not answered yet).

let rally: { id: string; answers: { questionId: string; optionId: string }[] } | undefined;
let quizAward = 0;

const quizFlow: Flow = {
  name: 'submit a quiz (me.quiz.submit)',
  path: '/v1/me/quiz/submissions',
  member: 'm_1001',
  call: (c, options) => c.me.quiz.submit({ rallyId: rally!.id, answers: rally!.answers }, options),
  async state() {
    const c = world.client({ getSessionToken: world.sessionFor('m_1001'), retry: 0 });
    const result = await c.me.quiz.result(rally!.id);
    const { balance } = await c.me.points.get();
    return { count: result ? 1 : 0, balance, stock: 0 };
  },
  get delta() {
    return { count: 1, balance: quizAward, stock: 0 };
  },
  prepare: () => world.admin.sandbox.reset().then(() => undefined),
};

describe(`${quizFlow.name} under faults: typed outcome, bounded time, awarded once`, () => {
  before(async () => {
    const c = world.client();
    const current = await c.quiz.current();
    assert.ok(current, 'a rally running');
    const { id } = current;
    const { data } = await c.quiz.questions(id);
    rally = { id, answers: data.map((q) => ({ questionId: q.id, optionId: q.options[0]!.id })) };
    // The same answers score the same after every reset.
    await quizFlow.prepare!();
    const member = world.client({ getSessionToken: world.sessionFor('m_1001'), retry: 0 });
    quizAward = (await member.me.quiz.submit({ rallyId: id, answers: rally.answers }))
      .pointsAwarded;
    assert.ok(quizAward > 0, 'the answers earn points');
  });

  for (const scenario of scenarios.filter((each) => each.charged === 1)) {
    it(scenario.name, async () => {
      await quizFlow.prepare!();
      const before = await quizFlow.state();
      world.proxy.inject({
        method: 'POST',
        path: quizFlow.path,
        fault: scenario.fault,
        times: scenario.times,
      });
      const key = `quiz-${Math.random().toString(36).slice(2)}`;
      const c = client(quizFlow.member);
      const result = await settle(quizFlow.call(c, { idempotencyKey: key }));
      if (scenario.outcome === 'ok') {
        assert.equal(result.error, undefined, `expected success, got ${String(result.error)}`);
      } else if (result.error) {
        assertTyped(result.error, scenario.name);
      }
      world.proxy.reset();
      await world.proxy.idle();
      const retried = await settle(quizFlow.call(c, { idempotencyKey: key }));
      assert.equal(retried.error, undefined, `the repeat failed: ${String(retried.error)}`);
      if (result.value) assert.equal(retried.value!.id, result.value.id, 'the same result');
      assert.deepEqual(await quizFlow.state(), expectAfter(before, quizFlow, 1), 'awarded once');
    });
  }
});

describe('reads under persistent faults end typed and bounded', () => {
  const faults: Fault[] = [
    { kind: 'drop' },
    { kind: 'status', status: 500 },
    { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    { kind: 'stall-body', ms: ATTEMPT_TIMEOUT_MS + 400 },
    { kind: 'truncate' },
    { kind: 'replace', body: { data: 'not a list' } },
  ];
  for (const fault of faults) {
    it(`${fault.kind}${'status' in fault ? ` ${fault.status}` : ''}`, async () => {
      world.proxy.inject({ path: /^\/v1\//, fault, times: Infinity });
      const result = await settle(Promise.resolve(client('m_1001').me.card.get()));
      assert.notEqual(result.error, undefined);
      assertTyped(result.error, fault.kind);
    });
  }
});

describe('credentials and personal data never travel in URLs', () => {
  it('every browser-callable endpoint of the table, called through the client', async () => {
    const tokens: string[] = [];
    const getter = world.sessionFor('m_1002');
    const seenByHooks: { url: string; authorization: string | undefined }[] = [];
    const c = world.client({
      getSessionToken: async () => {
        const session = await getter();
        tokens.push(session.token);
        return session;
      },
      retry: 0,
      hooks: {
        beforeRequest: (r) =>
          seenByHooks.push({ url: r.url, authorization: r.headers.authorization }),
      },
    });
    const personal = ['330499200003150220', '19900001002', '陆小溪', '13800138000'];
    const bodies: Record<string, unknown> = {
      'me.orders.create': {
        productId: product!.id,
        quantity: 1,
        delivery: {
          recipient: '陆小溪',
          mobile: '13800138000',
          address: '浙江省嘉兴市南湖区禾丰路 88 号',
        },
      },
      'me.loanApplications.create': {
        productId: 'lp_consumer',
        amountFen: 10_000_000,
        termMonths: 12,
        repaymentMethod: 'equal-instalment',
        applicant: {
          name: '陆小溪',
          idNumber: '330499200003150220',
          mobile: '19900001002',
          unionId: 'u_330411_02_01',
        },
        employer: { name: '嘉兴禾信电子有限公司', uscc: '91330402MA2B0C1D2H' },
        purpose: '家庭装修',
        consents: [],
      },
      'me.loanDraft.save': {
        step: 'applicant',
        values: { idNumber: '330499200003150220', mobile: '19900001002' },
      },
      'me.consents.withdraw': { textId: 'ct_credit_check' },
    };
    const { endpoints } = await import('@jiagong/contract');
    let called = 0;
    for (const [name, e] of Object.entries(endpoints)) {
      if (e.auth === 'secret') continue;
      const method = name
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], c) as
        ((...args: unknown[]) => PromiseLike<unknown>) | undefined;
      assert.equal(typeof method, 'function', `client method for ${name}`);
      const args: unknown[] = [];
      if (/\{\w+\}/.test(e.path)) args.push('x_1');
      if ('body' in e && e.body) args.push(bodies[name] ?? {});
      await Promise.resolve(method!(...args)).then(
        () => undefined,
        () => undefined,
      );
      called++;
    }
    assert.ok(called > 15 && tokens.length > 0);
    const requests = world.proxy.seen;
    assert.ok(requests.length >= called);
    const secrets = [...new Set(tokens), 'sk_test_jiaxing', ...personal];
    for (const request of requests) {
      const url = `${request.path}?${request.query.toString()}`;
      for (const secret of secrets) {
        assert.ok(
          !decodeURIComponent(url).includes(secret),
          `${request.method} ${url} carries ${secret}`,
        );
      }
      assert.match(String(request.headers.authorization), /^Bearer (pk|st)_/);
      assert.equal(request.headers.cookie, undefined, 'no cookies');
    }
    for (const hook of seenByHooks) {
      assert.equal(hook.authorization, '[redacted]', 'hooks never see the credential');
      for (const secret of secrets) assert.ok(!hook.url.includes(secret));
    }
  });
});
