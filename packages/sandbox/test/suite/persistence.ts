import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, it } from 'node:test';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { migrations } from '../../src/db/migrations/index.js';
import { requestHash } from '../../src/http/idempotency.js';
import {
  openDb,
  SchemaTooNewError,
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
} from '../../src/index.js';
import { Api, SK, delivery, redeemOne } from '../support/api.js';
import type { SuiteContext } from './context.js';

/** Starts a sandbox on `options`, hands `use` an Api and m_1001's token, and closes it after. */
async function withSandbox<T>(
  options: SandboxOptions,
  use: (api: Api, token: string, sandbox: RunningSandbox) => Promise<T>,
): Promise<T> {
  const sandbox = await startSandbox({ ...options, port: 0, quiet: true });
  try {
    const api = new Api(sandbox.url);
    return await use(api, await api.session('m_1001'), sandbox);
  } finally {
    await sandbox.close();
  }
}

export function persistenceTests(ctx: SuiteContext): void {
  describe('restart persistence', () => {
    it('keeps an order and a draft across a restart', async () => {
      const options = await ctx.target.persistentOptions();
      const orderId = await withSandbox(options, async (api, token) => {
        const id = await redeemOne(api, token);
        const draft = await api.call('PUT', '/v1/me/loan-draft', {
          auth: token,
          json: { step: 'employer', values: { employer: { name: '嘉兴禾信电子有限公司' } } },
        });
        assert.equal(draft.status, 200);
        return id;
      });

      await withSandbox(options, async (api, token) => {
        const order = await api.get(`/v1/me/orders/${orderId}`, token);
        assert.equal(order.status, 200);
        assert.equal(order.body.productId, 'prd_0001');
        assert.equal(await api.balance(token), 12_800 - 1_200);
        const draft = await api.get('/v1/me/loan-draft', token);
        assert.equal(draft.body.draft.step, 'employer');
        assert.deepEqual(draft.body.draft.values, { employer: { name: '嘉兴禾信电子有限公司' } });
      });
    });

    it('keeps the test clock across a restart, and with every sandbox on the database', async () => {
      // The offset lived in the process: restarted after a move of a year, the sandbox was back
      // at real time with orders and points entries dated a year ahead, and a session minted on
      // the moved clock lived a year instead of 15 minutes.
      const options = await ctx.target.persistentOptions();
      const YEAR = 365 * 86_400;
      const token = await withSandbox(options, async (api) => {
        const moved = await api.post('/sandbox/clock', SK, { advanceSeconds: YEAR });
        assert.equal(moved.status, 200);
        const onTheMovedClock = await api.session('m_1001');
        await redeemOne(api, onTheMovedClock);
        return onTheMovedClock;
      });
      await withSandbox(options, async (api) => {
        const clock = await api.get('/sandbox/clock', SK);
        assert.ok(clock.body.offsetSeconds >= YEAR, JSON.stringify(clock.body));
        // The session minted a year on lives its 15 minutes on that clock.
        assert.equal((await api.get('/v1/me', token)).status, 200);
        assert.equal(
          (await api.post('/sandbox/clock', SK, { advanceSeconds: 16 * 60 })).status,
          200,
        );
        const expired = await api.get('/v1/me', token);
        assert.equal(expired.body.error?.code, 'session_expired');
        const fresh = await api.session('m_1001');
        const [newest] = (await api.get('/v1/me/orders?limit=1', fresh)).body.data;
        assert.ok(
          Date.parse(newest.createdAt) <= Date.parse(clock.body.now),
          `${newest.createdAt} is after the clock's ${clock.body.now}`,
        );
        if (ctx.target.name === 'PGlite') return;
        // A second sandbox on the same database (behind a load balancer) reads the same clock.
        const other = await startSandbox({ ...options, port: 0, quiet: true });
        try {
          const there = await new Api(other.url).get('/sandbox/clock', SK);
          assert.ok(there.body.offsetSeconds >= YEAR + 16 * 60, JSON.stringify(there.body));
          assert.equal((await new Api(other.url).get('/v1/me', token)).status, 401);
        } finally {
          await other.close();
        }
        // A reset brings real time back for every one of them.
        await api.reset();
        assert.equal((await api.get('/sandbox/clock', SK)).body.offsetSeconds, 0);
      });
    });

    it('takes at once, after a restart, the key of an order the stopped process was running', async () => {
      const options = await ctx.target.persistentOptions();
      const body = { productId: 'prd_0002', quantity: 1 };
      await withSandbox(options, async (_api, _token, sandbox) => {
        // What a process killed mid-order (kill -9, a crash, a laptop's lid) leaves: the key's
        // claim committed, the order's transaction lost.
        await sandbox.db.query(
          `INSERT INTO idempotency_keys (member_id, endpoint, key, request_hash, state, created_at)
           VALUES ($1, 'me.orders.create', 'killed-mid-order', $2, 'in_flight', $3)`,
          ['p_jiaxing_bank/m_1001', requestHash({ params: {}, body }), new Date()],
        );
      });
      await withSandbox(options, async (api, token) => {
        const started = performance.now();
        const retry = await api.post('/v1/me/orders', token, body, {
          'Idempotency-Key': 'killed-mid-order',
        });
        const ms = performance.now() - started;
        // One process owns a PGlite folder, so nothing of the stopped one can still be running.
        // (Instances may share a PostgreSQL database: there the key waits out its stale time.)
        if (ctx.target.name !== 'PGlite') return;
        assert.equal(retry.status, 201, JSON.stringify(retry.body));
        assert.ok(ms < 5_000, `the retry waited ${ms.toFixed(0)} ms`);
        assert.equal(await api.balance(token), 12_800 - 100);
      });
    });

    it('finishes the requests under way when stopped, so their retries after a restart go through', async () => {
      // Ctrl-C (or npm start again) while a partner's back end is ordering: a request ended
      // half-way left its Idempotency-Key in flight in a PostgreSQL database, and its retry after
      // the restart waited 10 s to be told 409 idempotency_key_in_use, for a minute.
      const options = await ctx.target.persistentOptions();
      const body = { productId: 'prd_0002', quantity: 1 };
      const keys = Array.from({ length: 40 }, (_, i) => `stopped-mid-order-${i}`);
      const firstAnswers: (number | string)[] = [];
      await withSandbox(options, async (api, token, sandbox) => {
        let answered!: () => void;
        const first = new Promise<void>((resolve) => (answered = resolve));
        const orders = keys.map((key) =>
          api
            .post('/v1/me/orders', token, body, { 'Idempotency-Key': key })
            .then(
              ({ status }) => status,
              () => 'no answer',
            )
            .finally(() => answered()),
        );
        await first;
        await sandbox.close();
        const statuses = await Promise.all(orders);
        firstAnswers.push(...statuses);
        // Every request the sandbox had taken was answered, and answered 201.
        assert.deepEqual(
          statuses.filter((status) => status !== 'no answer' && status !== 201),
          [],
        );
      });
      await withSandbox(options, async (api, token) => {
        const started = performance.now();
        const retries = [];
        const lost = [];
        for (const [i, key] of keys.entries()) {
          const retry = await api.post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
          retries.push(retry.status);
          // Placed by the stopped sandbox (the retry is its replay), yet never answered: the
          // sandbox cut the connection after the order was done, before its answer was written.
          if (firstAnswers[i] === 'no answer' && retry.headers.get('idempotent-replayed')) {
            lost.push(key);
          }
        }
        assert.deepEqual(lost, [], 'orders placed whose answer the stopped sandbox never sent');
        assert.deepEqual(
          retries.filter((status) => status !== 201),
          [],
        );
        const ms = performance.now() - started;
        assert.ok(ms < 20_000, `the retries took ${ms.toFixed(0)} ms`);
        // One order per key, each charged once.
        assert.equal(await api.balance(token), 12_800 - 100 * keys.length);
      });
    });

    it('answers a request under way when stopped, then closes its connection', async () => {
      // A back end's call arriving as the sandbox stops (Ctrl-C, npm start again): its body still
      // on the way, it was carried out (a session made, an order placed) and its connection then
      // cut before the answer was written, so the caller saw a reset for a request that ran.
      const sandbox = await startSandbox({ ...(await ctx.target.options()), port: 0, quiet: true });
      const body = JSON.stringify({ memberId: 'm_1001' });
      const socket = net.connect(Number(new URL(sandbox.url).port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.on('error', () => undefined);
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      try {
        await new Promise<void>((resolve) => socket.once('connect', resolve));
        socket.write(
          `POST /v1/sessions HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer sk_test_jiaxing\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
        );
        await pause(300);
        const closed = sandbox.close();
        await pause(300);
        socket.write(body.slice(5));
        await closed;
        await Promise.race([ended, pause(5_000)]);
        assert.match(answer, /^HTTP\/1\.1 201 /, answer || '(nothing)');
        assert.match(answer, /"memberId":"m_1001"/);
        assert.match(answer, /\r\nconnection: close\r\n/i);
      } finally {
        socket.destroy();
        await sandbox.close();
      }
    });

    it('refuses, and leaves as it is, a database a newer sandbox has migrated (a downgrade)', async () => {
      const options = await ctx.target.persistentOptions();
      const orderId = await withSandbox(options, (api, token) => redeemOne(api, token));
      // What a later @jiagong/sandbox leaves behind: a migration this one does not have.
      const future = migrations.length + 1;
      const later = async (sql: string) => {
        const db = await openDb(options);
        try {
          await db.query(sql, [future]);
        } finally {
          await db.close();
        }
      };
      await later(
        `INSERT INTO schema_migrations (version, name, sandbox_version) VALUES ($1, 'future', '9.1.0')`,
      );

      await assert.rejects(startSandbox({ ...options, port: 0, quiet: true }), (error: Error) => {
        assert.ok(error instanceof SchemaTooNewError, String(error));
        assert.match(
          error.message,
          /newer sandbox \(@jiagong\/sandbox 9\.1\.0, schema version \d+;/,
        );
        assert.match(error.message, /Upgrade @jiagong\/sandbox/);
        assert.equal(error.message.split('\n').length, 1);
        return true;
      });
      if (options.dataDir) {
        // Refused, not mistaken for a broken folder: nothing was moved aside, the lock is free.
        const aside = readdirSync(dirname(options.dataDir)).filter((name) =>
          name.startsWith(`${basename(options.dataDir!)}.broken-`),
        );
        assert.deepEqual(aside, []);
        assert.equal(existsSync(`${options.dataDir}.lock`), false);
      }

      // Back on the newer version (here: the row removed), every order is still there, unseeded.
      await later('DELETE FROM schema_migrations WHERE version = $1');
      await withSandbox(options, async (api, token) => {
        assert.equal((await api.get(`/v1/me/orders/${orderId}`, token)).status, 200);
        assert.equal(await api.balance(token), 12_800 - 1_200);
      });
    });

    it('replays, after the upgrade, a key recorded before keys were scoped to a partner', async () => {
      const options = await ctx.target.persistentOptions();
      const body = { productId: 'prd_0001', quantity: 1, delivery };
      const key = 'retried-across-the-upgrade';
      const orderId = await withSandbox(options, (api, token) =>
        redeemOne(api, token, { 'Idempotency-Key': key }),
      );
      // The record as a sandbox from before the partner scope wrote it: keyed by the member alone.
      const db = await openDb(options);
      try {
        await db.query(`UPDATE idempotency_keys SET member_id = 'm_1001' WHERE key = $1`, [key]);
        await db.query(`DELETE FROM schema_migrations WHERE name = 'idempotency_partner_scope'`);
      } finally {
        await db.close();
      }

      await withSandbox(options, async (api, token, upgraded) => {
        const retry = await api.post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
        assert.equal(retry.status, 201);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal(retry.body.id, orderId);
        assert.equal(await api.balance(token), 12_800 - 1_200, 'the points were spent once');
        // Only the partner whose session made the request holds the record, as a new one would.
        const { rows } = await upgraded.db.query<{ member_id: string }>(
          'SELECT member_id FROM idempotency_keys WHERE key = $1',
          [key],
        );
        assert.deepEqual(rows, [{ member_id: 'p_jiaxing_bank/m_1001' }]);
      });
    });

    it('takes the ID number out of a draft an earlier sandbox kept, and keeps the rest', async () => {
      // An older <jg-loan-application> saved the member's ID number (sensitive PI, before her
      // separate consent) in her draft as she typed it, a partner's form under a name of its own,
      // and the data folder or database kept it (and its backups, and what psql shows) even when
      // GET no longer answers it.
      const options = await ctx.target.persistentOptions();
      const kept = {
        productId: 'lp_startup',
        name: '陆小溪',
        idNumber: '330499200003150220',
        mobile: '13800138000',
        co: { applicant: { idNumber: '33049920000315022' }, sfz: '身份证号：330499-20000315-0220' },
        others: ['330499200003150220', '330499\u300020000315\u30000220', '6222 0212 3456 7890'],
      };
      await withSandbox(options, async (api, token) => {
        const saved = await api.call('PUT', '/v1/me/loan-draft', {
          auth: token,
          json: { step: 'applicant', values: { productId: 'lp_startup' } },
        });
        assert.equal(saved.status, 200);
      });
      // The draft as a sandbox at migration 9 kept it.
      const db = await openDb(options);
      try {
        await db.query(`UPDATE loan_drafts SET "values" = $1::jsonb WHERE member_id = 'm_1001'`, [
          JSON.stringify(kept),
        ]);
        await db.query(
          `DELETE FROM schema_migrations WHERE name = 'loan_drafts_without_id_numbers'`,
        );
      } finally {
        await db.close();
      }

      await withSandbox(options, async (api, token, upgraded) => {
        const expected = {
          productId: 'lp_startup',
          name: '陆小溪',
          idNumber: '',
          mobile: '13800138000',
          co: { applicant: { idNumber: '' }, sfz: '' },
          others: ['', '', '6222 0212 3456 7890'],
        };
        const draft = await api.get('/v1/me/loan-draft', token);
        assert.equal(draft.status, 200);
        assert.equal(draft.body.draft.step, 'applicant');
        assert.deepEqual(draft.body.draft.values, expected);
        // Not only hidden from GET: the stored draft holds it no more.
        const { rows } = await upgraded.db.query<{ values: unknown }>(
          `SELECT "values" FROM loan_drafts WHERE member_id = 'm_1001'`,
        );
        assert.deepEqual(rows, [{ values: expected }]);
      });
    });

    it('gives the test members of a database seeded before ID numbers no one holds', async () => {
      // Seeded before, the five were in real Jiaxing regions with valid check digits: each could
      // be a real person's, and stayed so in a kept data folder or database until a reset.
      const options = await ctx.target.persistentOptions();
      await withSandbox(options, async () => {});
      const db = await openDb(options);
      try {
        await db.exec(`
          UPDATE members SET id_number = CASE id
              WHEN 'm_1001' THEN '330402199205180319' WHEN 'm_1002' THEN '330411200003150228'
              WHEN 'm_1003' THEN '330481198511020533' WHEN 'm_1004' THEN '330483197808210440'
              WHEN 'm_1005' THEN '330421199806120265' END
           WHERE id IN ('m_1001', 'm_1002', 'm_1003', 'm_1004', 'm_1005');
          UPDATE loan_applications
             SET applicant = jsonb_set(applicant, '{idNumberMasked}', '"330***********0319"')
           WHERE id = 'la_1001_01';
          DELETE FROM schema_migrations WHERE name = 'seed_members_synthetic_id_numbers';`);
      } finally {
        await db.close();
      }

      await withSandbox(options, async (api, token, upgraded) => {
        const { rows } = await upgraded.db.query<{ id: string; id_number: string }>(
          `SELECT id, id_number FROM members
            WHERE id IN ('m_1001', 'm_1002', 'm_1003', 'm_1004', 'm_1005') ORDER BY id`,
        );
        assert.deepEqual(rows, [
          { id: 'm_1001', id_number: '330499199205180318' },
          { id: 'm_1002', id_number: '330499200003150220' },
          { id: 'm_1003', id_number: '330499198511020537' },
          { id: 'm_1004', id_number: '330499197808210441' },
          { id: 'm_1005', id_number: '330499199806120265' },
        ]);
        const application = await api.get('/v1/me/loan-applications/la_1001_01', token);
        assert.equal(application.status, 200);
        assert.equal(application.body.applicant.idNumberMasked, '330***********0318');
      });
    });

    it('gives the test members of a database seeded before card numbers no bank issues', async () => {
      // Seeded before, the five cards began 623058, a UnionPay issuer prefix, with valid Luhn
      // digits: each could be a real cardholder's number, and stayed so until a reset.
      const options = await ctx.target.persistentOptions();
      await withSandbox(options, async () => {});
      const db = await openDb(options);
      try {
        await db.exec(`
          UPDATE members SET card_number = CASE id
              WHEN 'm_1001' THEN '6230580000001000012' WHEN 'm_1002' THEN '6230580000001000020'
              WHEN 'm_1003' THEN '6230580000001000038' WHEN 'm_1004' THEN '6230580000001000046'
              WHEN 'm_1005' THEN '6230580000001000053' END
           WHERE id IN ('m_1001', 'm_1002', 'm_1003', 'm_1004', 'm_1005');
          DELETE FROM schema_migrations WHERE name = 'seed_members_unissued_card_numbers';`);
      } finally {
        await db.close();
      }

      await withSandbox(options, async (api, token, upgraded) => {
        const { rows } = await upgraded.db.query<{ id: string; card_number: string }>(
          `SELECT id, card_number FROM members
            WHERE id IN ('m_1001', 'm_1002', 'm_1003', 'm_1004', 'm_1005') ORDER BY id`,
        );
        assert.deepEqual(rows, [
          { id: 'm_1001', card_number: '0000005000001000012' },
          { id: 'm_1002', card_number: '0000005000001000020' },
          { id: 'm_1003', card_number: '0000005000001000038' },
          { id: 'm_1004', card_number: '0000005000001000046' },
          { id: 'm_1005', card_number: '0000005000001000053' },
        ]);
        const reveal = await api.post('/v1/me/card/reveal', token);
        assert.equal(reveal.status, 200);
        assert.equal(reveal.body.cardNumber, '0000005000001000012');
        const card = await api.get('/v1/me/card', token);
        assert.equal(card.body.cardNumberMasked, '**** **** **** 0012');
      });
    });

    it('upgrades keys recorded before claims had a real-time date, and replays them', async () => {
      const options = await ctx.target.persistentOptions();
      const body = { productId: 'prd_0001', quantity: 1, delivery };
      const key = 'answered-before-the-upgrade';
      const orderId = await withSandbox(options, (api, token) =>
        redeemOne(api, token, { 'Idempotency-Key': key }),
      );
      // The database as a sandbox at migration 7 left it: no claimed_at.
      const db = await openDb(options);
      try {
        await db.exec(`ALTER TABLE idempotency_keys DROP COLUMN claimed_at;
                       DELETE FROM schema_migrations WHERE name = 'idempotency_claimed_at';`);
      } finally {
        await db.close();
      }

      await withSandbox(options, async (api, token, upgraded) => {
        const retry = await api.post('/v1/me/orders', token, body, { 'Idempotency-Key': key });
        assert.equal(retry.status, 201);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal(retry.body.id, orderId);
        assert.equal(await api.balance(token), 12_800 - 1_200, 'the points were spent once');
        // The record got the upgrade's time, to the millisecond like the dates the sandbox writes.
        const { rows } = await upgraded.db.query<{ claimed_at: Date; ms: boolean }>(
          `SELECT claimed_at, claimed_at = date_trunc('milliseconds', claimed_at) AS ms
             FROM idempotency_keys WHERE key = $1`,
          [key],
        );
        assert.equal(rows.length, 1);
        assert.ok(Math.abs(rows[0]!.claimed_at.getTime() - Date.now()) < 120_000);
        assert.equal(rows[0]!.ms, true);
        // And a new key goes on as before.
        const next = await api.post('/v1/me/orders', token, body, { 'Idempotency-Key': 'after' });
        assert.equal(next.status, 201);
        assert.notEqual(next.body.id, orderId);
      });
    });

    it('applies pending migrations all or none: a failing one leaves the database as it was', async () => {
      const options = await ctx.target.persistentOptions();
      const orderId = await withSandbox(options, (api, token) => redeemOne(api, token));
      const indexes = `SELECT indexname FROM pg_indexes
         WHERE indexname IN ('idempotency_keys_created_at', 'sessions_expires_at') ORDER BY 1`;
      // As if migrations 3 and 4 were pending, and 4 cannot apply (its index is in the way).
      const db = await openDb(options);
      try {
        await db.exec(`DELETE FROM schema_migrations WHERE version IN (3, 4);
                       DROP INDEX idempotency_keys_created_at;`);
      } finally {
        await db.close();
      }
      await assert.rejects(
        startSandbox({ ...options, port: 0, quiet: true }),
        /: migration 4 \(session_expiry\) failed, so none of 3, 4 was applied and the data is as it was: .*already exists/,
      );
      const after = await openDb(options);
      try {
        // Migration 3 ran, then was undone with 4: no index of its own, no record of either.
        assert.deepEqual((await after.query(indexes)).rows, [{ indexname: 'sessions_expires_at' }]);
        const versions = await after.query<{ version: number }>(
          'SELECT version FROM schema_migrations WHERE version IN (3, 4)',
        );
        assert.deepEqual(versions.rows, []);
        await after.exec('DROP INDEX sessions_expires_at');
      } finally {
        await after.close();
      }
      await withSandbox(options, async (api, token, again) => {
        assert.equal((await again.db.query(indexes)).rows.length, 2);
        assert.equal((await api.get(`/v1/me/orders/${orderId}`, token)).status, 200);
      });
    });
  });
}
