import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { migrations } from '../../src/db/migrations/index.js';
import { openDb, SchemaTooNewError, startSandbox } from '../../src/index.js';
import { Api, delivery } from '../support/api.js';
import type { SuiteContext } from './context.js';

export function persistenceTests(ctx: SuiteContext): void {
  describe('restart persistence', () => {
    it('keeps an order and a draft across a restart', async () => {
      const options = await ctx.target.persistentOptions();
      const first = await startSandbox({ ...options, port: 0, quiet: true });
      let orderId: string;
      try {
        const api = new Api(first.url);
        const token = await api.session('m_1001');
        const order = await api.post('/v1/me/orders', token, {
          productId: 'prd_0001',
          quantity: 1,
          delivery,
        });
        assert.equal(order.status, 201);
        orderId = order.body.id;
        const draft = await api.call('PUT', '/v1/me/loan-draft', {
          auth: token,
          json: { step: 'employer', values: { employer: { name: '嘉兴禾信电子有限公司' } } },
        });
        assert.equal(draft.status, 200);
      } finally {
        await first.close();
      }

      const second = await startSandbox({ ...options, port: 0, quiet: true });
      try {
        const api = new Api(second.url);
        const token = await api.session('m_1001');
        const order = await api.get(`/v1/me/orders/${orderId}`, token);
        assert.equal(order.status, 200);
        assert.equal(order.body.productId, 'prd_0001');
        assert.equal(await api.balance(token), 12_800 - 1_200);
        const draft = await api.get('/v1/me/loan-draft', token);
        assert.equal(draft.body.draft.step, 'employer');
        assert.deepEqual(draft.body.draft.values, { employer: { name: '嘉兴禾信电子有限公司' } });
      } finally {
        await second.close();
      }
    });

    it('refuses, and leaves as it is, a database a newer sandbox has migrated (a downgrade)', async () => {
      const options = await ctx.target.persistentOptions();
      const first = await startSandbox({ ...options, port: 0, quiet: true });
      let orderId: string;
      try {
        const api = new Api(first.url);
        const token = await api.session('m_1001');
        const order = await api.post('/v1/me/orders', token, {
          productId: 'prd_0001',
          quantity: 1,
          delivery,
        });
        assert.equal(order.status, 201);
        orderId = order.body.id;
      } finally {
        await first.close();
      }
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
      const again = await startSandbox({ ...options, port: 0, quiet: true });
      try {
        const api = new Api(again.url);
        const token = await api.session('m_1001');
        assert.equal((await api.get(`/v1/me/orders/${orderId}`, token)).status, 200);
        assert.equal(await api.balance(token), 12_800 - 1_200);
      } finally {
        await again.close();
      }
    });
  });
}
