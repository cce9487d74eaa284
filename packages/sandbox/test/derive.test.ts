import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints } from '@jiagong/contract';
import { createApp, migrate, openDb, seedIfEmpty } from '../src/index.js';
import type { Db, HandlerMap } from '../src/index.js';
import { handlers } from '../src/handlers/index.js';
import { toHonoPath } from '../src/http/derive.js';
import { Api, serveApp, PK } from './support/api.js';

// Compile-time half of "a handler for every endpoint": tsc rejects a map with one missing.
const { 'services.list': _dropped, ...incomplete } = handlers;
// @ts-expect-error 'services.list' is missing
const _notAMap: HandlerMap = incomplete;

describe('routes derived from the contract', () => {
  let db: Db;
  let close: () => Promise<void>;
  let api: Api;
  const logged: string[] = [];

  before(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    await seedIfEmpty(db, new Date());
    const app = createApp({
      db,
      validateResponses: true,
      log: { info: () => undefined, error: (line) => logged.push(line) },
      handlers: {
        // A handler that drifted from the contract: the id must be a string.
        'services.list': async () => ({ data: [{ id: 42 }] }) as never,
        'mall.categories.list': async () => {
          throw new Error('database on fire: 13800138000');
        },
        // A typo in a value of an open field (one a newer API may add values to): the client
        // reads any string there, so only this check keeps it from partners.
        'mall.products.list': async (ctx) => {
          const page = await handlers['mall.products.list'](ctx);
          return {
            ...page,
            data: page.data.map((p, i) => (i === 1 ? { ...p, fulfilment: 'delivry' } : p)),
          };
        },
      },
    });
    ({ api, close } = await serveApp(app));
  });

  after(async () => {
    await close();
    await db.close();
  });

  it('has one handler per endpoint, and nothing else', () => {
    assert.deepEqual(Object.keys(handlers).sort(), Object.keys(endpoints).sort());
    assert.equal(_notAMap, incomplete);
  });

  it('turns {param} templates into Hono paths', () => {
    assert.equal(toHonoPath('/v1/me/orders/{id}/cancel'), '/v1/me/orders/:id/cancel');
    assert.equal(toHonoPath('/v1/me'), '/v1/me');
  });

  it('answers 500 internal_error and logs when a response drifts from the contract', async () => {
    const res = await api.get('/v1/services', PK);
    assert.equal(res.status, 500);
    assert.equal(res.body.error.code, 'internal_error');
    assert.ok(
      logged.some((line) => line.includes('services.list') && line.includes('data.0.id')),
      logged.join('\n'),
    );
  });

  it('answers 500 when an open field holds a value that is not one of today’s', async () => {
    const res = await api.get('/v1/mall/products?limit=3', PK);
    assert.equal(res.status, 500);
    assert.equal(res.body.error.code, 'internal_error');
    assert.ok(
      logged.some(
        (line) =>
          line.includes('mall.products.list') &&
          line.includes('data.1.fulfilment: "delivry" is not one of today\'s values'),
      ),
      logged.join('\n'),
    );
  });

  it('answers 500 internal_error for unexpected failures, logging no request data', async () => {
    const res = await api.get('/v1/mall/categories', PK);
    assert.equal(res.status, 500);
    assert.equal(res.body.error.code, 'internal_error');
    assert.match(res.headers.get('x-request-id') ?? '', /^req_/);
    assert.ok(logged.some((line) => line.includes(res.body.error.requestId)));
    assert.ok(!logged.some((line) => line.includes(PK)), 'keys never reach the log');
    assert.ok(!logged.some((line) => line.includes('13800138000')), 'nor long digit runs');
  });

  it('keeps serving the other endpoints', async () => {
    const res = await api.get('/v1/mall/products?limit=1', PK);
    assert.equal(res.status, 200);
  });
});
