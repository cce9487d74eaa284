// An attacker holding one valid credential: a member session of a partner that lacks a module,
// one partner's Idempotency-Key replayed by another partner of the same member, and text that
// Postgres cannot store (a lone UTF-16 surrogate, as a maxlength leaves of a cut emoji) in every
// body that reaches a jsonb column. Each must be a clear 4xx, never another partner's answer,
// another module's data or a 500.
/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON answers */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { endpointDocs, endpoints, type EndpointName } from '@jiagong/contract';
import { endpointModules } from '../../src/http/modules.js';
import { SECOND_SECRET_KEY } from '../../src/index.js';
import { delivery, PK, SK } from '../support/api.js';
import { loanInput } from '../suite/loans.js';
import { startWorld, type SecurityWorld } from './support.js';

let world: SecurityWorld;
before(async () => {
  world = await startWorld();
});
after(() => world?.sandbox.close());

describe("a session reaches only its partner's enabled modules", () => {
  // The employer partner (sk_test_employer) has neither the mall nor the loan module.
  let employer: string;
  let bank: string;
  let applicationId: string;
  let orderId: string;
  before(async () => {
    await world.api.reset();
    bank = await world.api.session('m_1001');
    employer = await world.api.session('m_1001', SECOND_SECRET_KEY);
    const apps = await world.api.get('/v1/me/loan-applications', bank);
    const orders = await world.api.get('/v1/me/orders', bank);
    applicationId = apps.body.data[0].id;
    orderId = orders.body.data[0].id;
  });

  it("an employer's session cannot read its staff's loan applications, drafts or consents", async () => {
    for (const path of [
      '/v1/me/loan-applications',
      `/v1/me/loan-applications/${applicationId}`,
      '/v1/me/loan-draft',
      // The consent ledger says when the member applied for credit, and with which bank.
      '/v1/me/consents',
    ]) {
      const res = await world.api.get(path, employer);
      assert.equal(res.status, 403, `${path}: ${JSON.stringify(res.body).slice(0, 200)}`);
      assert.equal(res.body.error.code, 'forbidden');
      assert.ok(!JSON.stringify(res.body).includes(applicationId));
    }
  });

  it('nor apply, withdraw, order, cancel or list orders', async () => {
    const before = await world.api.balance(bank);
    const calls = [
      world.api.post('/v1/me/loan-applications', employer, loanInput()),
      world.api.post(`/v1/me/loan-applications/${applicationId}/withdraw`, employer, {}),
      world.api.call('PUT', '/v1/me/loan-draft', {
        auth: employer,
        json: { step: 'applicant', values: {} },
      }),
      world.api.call('DELETE', '/v1/me/loan-draft', { auth: employer }),
      world.api.post('/v1/me/orders', employer, { productId: 'prd_0001', quantity: 1, delivery }),
      world.api.post(`/v1/me/orders/${orderId}/cancel`, employer, {}),
      world.api.post('/v1/me/consents/withdraw', employer, { textId: 'ct_credit_check' }),
      world.api.get('/v1/me/orders', employer),
      world.api.get(`/v1/me/orders/${orderId}`, employer),
    ];
    for (const res of await Promise.all(calls)) {
      assert.equal(res.status, 403, JSON.stringify(res.body).slice(0, 200));
      assert.equal(res.body.error.code, 'forbidden');
    }
    assert.equal(await world.api.balance(bank), before, 'no points were spent');
    const app = await world.api.get(`/v1/me/loan-applications/${applicationId}`, bank);
    assert.notEqual(app.body.status, 'withdrawn');
  });

  it('every endpoint of a module is a member endpoint, documented with forbidden', () => {
    const names = Object.keys(endpointModules) as EndpointName[];
    assert.ok(names.length >= 10);
    for (const name of names) {
      assert.equal(endpoints[name].auth, 'session', name);
      assert.ok(
        (endpointDocs[name].errors as readonly string[]).includes('forbidden'),
        `${name} documents forbidden`,
      );
    }
  });

  it('while the modules it has, and member-wide data, still answer', async () => {
    for (const path of ['/v1/me', '/v1/me/card', '/v1/me/card/benefits', '/v1/me/points']) {
      assert.equal((await world.api.get(path, employer)).status, 200, path);
    }
    assert.equal((await world.api.get('/v1/me/courses', employer)).status, 200);
    // The bank partner has every module.
    assert.equal((await world.api.get('/v1/me/loan-applications', bank)).status, 200);
    assert.equal((await world.api.get('/v1/me/orders', bank)).status, 200);
  });
});

describe('an Idempotency-Key belongs to one partner', () => {
  it("another partner of the same member sending the same key gets its own answer, not the first partner's", async () => {
    await world.api.reset();
    // The quiz is a module both partners have; a member answers each round once.
    const rally = (await world.api.get('/v1/quiz/current', PK)).body;
    const questions = (await world.api.get(`/v1/quiz/rallies/${rally.id}/questions`, PK)).body
      .data as any[];
    const body = {
      rallyId: rally.id,
      answers: questions.map((q) => ({ questionId: q.id, optionId: q.options[0].id })),
    };
    const key = randomUUID();
    const bank = await world.api.session('m_1001');
    const employer = await world.api.session('m_1001', SECOND_SECRET_KEY);
    const first = await world.api.post('/v1/me/quiz/submissions', bank, body, {
      'Idempotency-Key': key,
    });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const other = await world.api.post('/v1/me/quiz/submissions', employer, body, {
      'Idempotency-Key': key,
    });
    assert.equal(other.headers.get('idempotent-replayed'), null, 'not a replay');
    assert.equal(other.status, 409, JSON.stringify(other.body));
    assert.equal(other.body.error.code, 'quiz_already_submitted');
    // The first partner's own retry still replays.
    const retry = await world.api.post('/v1/me/quiz/submissions', bank, body, {
      'Idempotency-Key': key,
    });
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(retry.body, first.body);
  });
});

describe('an Idempotency-Key belongs to one member', () => {
  it("another member of the same partner sending the same key and body gets an answer of their own, never the first member's order", async () => {
    await world.api.reset();
    const first = await world.api.session('m_1001');
    const second = await world.api.session('m_1005');
    const key = randomUUID();
    const order = { productId: 'prd_0001', quantity: 1, delivery };
    const created = await world.api.post('/v1/me/orders', first, order, { 'Idempotency-Key': key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const before = await world.api.balance(second);
    const other = await world.api.post('/v1/me/orders', second, order, { 'Idempotency-Key': key });
    assert.equal(other.headers.get('idempotent-replayed'), null, 'not a replay');
    // m_1005 has no points: its own answer, which names nothing of the first member's order.
    assert.equal(other.status, 422, JSON.stringify(other.body));
    assert.equal(other.body.error.code, 'insufficient_points');
    assert.ok(!JSON.stringify(other.body).includes(created.body.id));
    assert.equal(await world.api.balance(second), before);
    const orders = await world.api.get('/v1/me/orders', second);
    assert.ok(!JSON.stringify(orders.body).includes(created.body.id));
  });
});

describe('text Postgres cannot store is a 400 naming the field, never a 500', () => {
  const LONE = ['\ud83d', '\ude00', 'a\udbff', '\udc00b'];

  /** Every string leaf of `value`, as a path and a setter on a copy. */
  function variants(value: unknown, text: string): { path: string; body: unknown }[] {
    const out: { path: string; body: unknown }[] = [];
    const walk = (node: unknown, path: string[]) => {
      if (typeof node === 'string') {
        const body = structuredClone(value) as any;
        let at = body;
        for (const part of path.slice(0, -1)) at = at[part];
        at[path[path.length - 1]!] = node + text;
        out.push({ path: path.join('.'), body });
      } else if (node && typeof node === 'object') {
        for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
      }
    };
    walk(value, []);
    return out;
  }

  it('a lone surrogate in any string of an order, a loan application or a draft', async () => {
    await world.api.reset();
    const token = await world.api.session('m_1001');
    const bodies: [string, string, unknown][] = [
      ['POST', '/v1/me/orders', { productId: 'prd_0001', quantity: 1, delivery }],
      ['POST', '/v1/me/loan-applications', loanInput()],
      ['PUT', '/v1/me/loan-draft', { step: 'employer', values: { employer: { name: '禾信' } } }],
    ];
    let tried = 0;
    for (const [method, path, value] of bodies) {
      const count = variants(value, '').length;
      for (let i = 0; i < count; i++) {
        // JSON.stringify writes a lone surrogate as its `\udXXX` escape, as a browser sends it.
        const { path: field, body } = variants(value, LONE[i % LONE.length]!)[i]!;
        const res = await world.api.call(method, path, {
          auth: token,
          raw: JSON.stringify(body),
          headers: { 'Idempotency-Key': randomUUID() },
        });
        tried++;
        assert.equal(res.status, 400, `${path} ${field}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, 'invalid_request');
        assert.deepEqual(
          res.body.error.details.fields.map((f: any) => [f.path, f.code]),
          [[field, 'invalid_string']],
        );
      }
    }
    assert.ok(tried > 15);
  });

  it('in a key of the free-form draft, in a query and in a path', async () => {
    const token = await world.api.session('m_1001');
    const key = await world.api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      raw: '{"step":"applicant","values":{"a\\ud800":1}}',
    });
    assert.equal(key.status, 400, JSON.stringify(key.body));
    assert.equal(key.body.error.details.fields[0].path, 'values');
    // A query or a path arrives percent-encoded UTF-8, which cannot hold a lone surrogate: its
    // bytes decode to U+FFFD, a plain character.
    assert.equal((await world.api.get('/v1/mall/products?q=%ED%A0%80', PK)).status, 200);
    assert.equal((await world.api.get('/v1/me/orders/%ED%A0%80', token)).status, 404);
  });

  it('a pair of surrogates (an emoji) is text like any other', async () => {
    const token = await world.api.session('m_1001');
    const res = await world.api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      json: { step: 'employer', values: { note: '😀 家\ud83d\ude00' } },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const back = await world.api.get('/v1/me/loan-draft', token);
    assert.equal(back.body.draft.values.note, '😀 家😀');
    const order = await world.api.post('/v1/me/orders', token, {
      productId: 'prd_0001',
      quantity: 1,
      delivery: { ...delivery, address: `${delivery.address} 😀` },
    });
    assert.equal(order.status, 201, JSON.stringify(order.body));
  });

  it('the server still answers a NUL with its own message', async () => {
    const res = await world.api.post('/v1/sessions', SK, { memberId: 'm_1001\u0000' });
    assert.equal(res.status, 400);
    assert.match(res.body.error.details.fields[0].message, /NUL/);
  });
});

describe('JSON nested deeper than any request needs is a 400, never a 500', () => {
  const nested = (levels: number, open: string, close: string) =>
    `{"step":"applicant","values":{"x":${open.repeat(levels)}1${close.repeat(levels)}}}`;

  it('in the free-form loan draft, objects or arrays, up to the body limit', async () => {
    const token = await world.api.session('m_1001');
    for (const raw of [
      nested(5_000, '{"a":', '}'),
      nested(20_000, '[', ']'),
      nested(31, '[', ']'),
    ]) {
      const res = await world.api.call('PUT', '/v1/me/loan-draft', { auth: token, raw });
      assert.equal(res.status, 400, `${raw.length} B: ${JSON.stringify(res.body).slice(0, 200)}`);
      assert.equal(res.body.error.details.fields[0].code, 'too_deep');
    }
    // What a form keeps (a few levels), and up to the limit, is saved as sent.
    const ok = await world.api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      raw: nested(29, '[', ']'),
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body).slice(0, 200));
    assert.equal((await world.api.get('/v1/me/loan-draft', token)).status, 200);
  });
});
