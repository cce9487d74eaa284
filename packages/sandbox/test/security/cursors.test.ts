// What a member learns from a cursor. Ids are random so that they never reveal how many orders or
// loan applications the platform has taken; a member list's cursor must not reveal it either (it
// held the row's global sequence number), and another member's cursor, or a forged one, must
// neither page through someone else's rows nor fail as a 500.
/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON answers */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { delivery, SK } from '../support/api.js';
import { loanInput } from '../suite/loans.js';
import { allPages, startWorld, type SecurityWorld } from './support.js';

let world: SecurityWorld;
before(async () => {
  world = await startWorld();
});
after(() => world?.sandbox.close());

/** The member lists whose rows a member creates. */
const lists = ['/v1/me/orders', '/v1/me/loan-applications', '/v1/me/points/transactions'];

const decode = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;

describe("a member list's cursor", () => {
  let victim: string;
  let attacker: string;
  before(async () => {
    await world.api.reset();
    victim = await world.api.session('m_1001');
    attacker = await world.api.session('m_1002');
    // Two rows of each list for both members, so every list has a second page.
    await world.api.post('/sandbox/members/m_1002/points', SK, { balance: 100_000 });
    for (const token of [victim, attacker]) {
      for (let i = 0; i < 2; i++) {
        const order = await world.api.post('/v1/me/orders', token, {
          productId: 'prd_0001',
          quantity: 1,
          delivery,
        });
        assert.equal(order.status, 201, JSON.stringify(order.body));
        // One per product: a second for a product still under review would be refused.
        const loan = await world.api.post(
          '/v1/me/loan-applications',
          token,
          i
            ? loanInput({ productId: 'lp_startup', amountFen: 5_000_000, termMonths: 24 })
            : loanInput(),
        );
        assert.equal(loan.status, 201, JSON.stringify(loan.body));
      }
    }
  });

  it('names the last row by its public id, and no count of anyone else’s rows', async () => {
    for (const path of lists) {
      const page = await world.api.get(`${path}?limit=1`, victim);
      assert.equal(page.status, 200);
      assert.ok(page.body.nextCursor, `${path} has a second page`);
      assert.deepEqual(decode(page.body.nextCursor), [page.body.data[0].id], path);
    }
    const own = await world.api.get('/v1/me/orders?limit=1', attacker);
    const before = own.body.nextCursor;
    // Other members' activity does not move the attacker's cursor.
    await world.api.post('/v1/me/orders', victim, { productId: 'prd_0001', quantity: 1, delivery });
    const again = await world.api.get('/v1/me/orders?limit=1', attacker);
    assert.equal(again.body.nextCursor, before);
  });

  it("another member's cursor is refused, not a page of theirs", async () => {
    for (const path of lists) {
      const theirs = await world.api.get(`${path}?limit=1`, victim);
      assert.ok(theirs.body.nextCursor, path);
      const res = await world.api.get(
        `${path}?cursor=${encodeURIComponent(theirs.body.nextCursor)}`,
        attacker,
      );
      assert.equal(res.status, 422, `${path}: ${JSON.stringify(res.body).slice(0, 200)}`);
      assert.equal(res.body.error.details.fields[0].code, 'invalid_cursor');
    }
  });

  it('forged cursors are 422, never 500', async () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = [
      forge([1]),
      forge([2 ** 31]),
      forge(["' OR 1=1 --"]),
      forge(['x'.repeat(201)]),
      forge([{ $gt: '' }]),
      forge(['2026-01-01T00:00:00Z', 1]),
      forge([]),
      forge(null),
      '%%%',
      'a'.repeat(4000),
    ];
    for (const path of [...lists, '/v1/me/courses']) {
      for (const cursor of forged) {
        const res = await world.api.get(`${path}?cursor=${encodeURIComponent(cursor)}`, attacker);
        assert.equal(res.status, 422, `${path} ${cursor.slice(0, 20)}: ${res.status}`);
      }
    }
  });

  it('still pages through every row of the member, newest first, once each', async () => {
    for (const path of [...lists, '/v1/me/courses']) {
      const all = await allPages(world.api, path, victim);
      const small: any[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await world.api.get(
          `${path}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          victim,
        );
        assert.equal(res.status, 200, JSON.stringify(res.body));
        small.push(...res.body.data);
        cursor = res.body.nextCursor;
      } while (cursor);
      assert.deepEqual(
        small.map((x) => x.id),
        all.map((x) => x.id),
        path,
      );
      assert.equal(new Set(all.map((x) => x.id)).size, all.length);
    }
  });
});
