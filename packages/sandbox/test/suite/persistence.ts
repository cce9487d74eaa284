import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startSandbox } from '../../src/index.js';
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
  });
}
