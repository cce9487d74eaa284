// A partner's tests share one sandbox, and one resets it (POST /sandbox/reset) while another's
// write is under way. On PGlite (the default) the reset's transaction can run between the write's
// authentication and its own transaction: the write then landed on the fresh seed under a
// session the reset had deleted (postgres.test.ts holds the same race with PostgreSQL's locks).
// Here the database is the real one, and the reset a real request, sent at that very point.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApp, migrate, openDb, seedIfEmpty } from '../src/index.js';
import type { Db } from '../src/index.js';
import { hashToken } from '../src/http/auth.js';
import { assertOrderOvertakenByReset, serveApp } from './support/api.js';
import type { Api } from './support/api.js';

describe('a write a reset overtook after its authentication (PGlite)', () => {
  let db: Db;
  let api: Api;
  let close: () => Promise<void>;
  /** The token whose next authentication is followed by a reset, before the write goes on. */
  let resetAfter: string | null = null;

  before(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    await seedIfEmpty(db, new Date());
    const real = db;
    const watched: Db = {
      ...real,
      kind: real.kind,
      instanceId: real.instanceId,
      query: async (sql, params) => {
        const result = await real.query(sql, params);
        if (
          resetAfter &&
          /FROM sessions s JOIN partners/.test(sql) &&
          params?.[0] === hashToken(resetAfter)
        ) {
          resetAfter = null;
          await api.reset();
        }
        return result as never;
      },
      transaction: (fn) => real.transaction(fn),
    };
    ({ api, close } = await serveApp(createApp({ db: watched })));
  });

  after(async () => {
    await close();
    await db.close();
  });

  beforeEach(() => api.reset());

  const orders = async (token: string) =>
    (await api.get('/v1/me/orders', token)).body.data.length as number;

  for (const keyed of [true, false]) {
    it(`places no order ${keyed ? 'with' : 'without'} a key on the seed the reset left`, async () => {
      const body = { productId: 'prd_0002', quantity: 1 };
      const key = `overtaken-${keyed}`;
      const token = await api.session('m_1001');
      const seeded = await orders(token);
      resetAfter = token;
      const answer = await api.post(
        '/v1/me/orders',
        token,
        body,
        keyed ? { 'Idempotency-Key': key } : {},
      );
      assert.equal(resetAfter, null, 'the reset ran');
      // A 401, the seed as the reset left it; a new session's retry places the order, once.
      const { later } = await assertOrderOvertakenByReset(api, answer, seeded, body, key);
      assert.equal(await api.balance(later), 12_700);
    });
  }

  it('saves no loan draft on the seed the reset left', async () => {
    const token = await api.session('m_1002');
    resetAfter = token;
    const saved = await api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      json: { step: 'applicant', values: { productId: 'lp_startup' } },
    });
    assert.equal(resetAfter, null, 'the reset ran');
    assert.equal(saved.status, 401, JSON.stringify(saved.body));
    const later = await api.session('m_1002');
    assert.deepEqual((await api.get('/v1/me/loan-draft', later)).body, { draft: null });
  });

  it('still writes for a session the reset did not overtake', async () => {
    const token = await api.session('m_1002');
    const saved = await api.call('PUT', '/v1/me/loan-draft', {
      auth: token,
      json: { step: 'applicant', values: { productId: 'lp_startup' } },
    });
    assert.equal(saved.status, 200);
  });
});
