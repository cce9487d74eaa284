// Observation hooks: one call per attempt, no credentials in what they see, and a hook that
// throws (or rejects) cannot break a call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createServerClient,
  type RequestDescription,
  type ResponseDescription,
} from '@jiagong/client';
import { SANDBOX_SECRET_KEY } from '@jiagong/contract';
import { useWorld } from './support/world.js';

const world = useWorld();

describe('hooks', () => {
  it('see every attempt with the authorization redacted', async () => {
    const requests: RequestDescription[] = [];
    const responses: ResponseDescription[] = [];
    const client = world.client({
      hooks: {
        beforeRequest: (request) => requests.push(request),
        afterResponse: (response) => responses.push(response),
      },
    });
    world.proxy.inject({ path: '/v1/me/card', fault: { kind: 'status', status: 503 } });
    await client.me.card.get();

    assert.deepEqual(
      requests.map((r) => [r.endpoint, r.method, r.attempt]),
      [
        ['me.card.get', 'GET', 1],
        ['me.card.get', 'GET', 2],
      ],
    );
    assert.deepEqual(
      responses.map((r) => r.status),
      [503, 200],
    );
    for (const description of [...requests, ...responses]) {
      assert.equal(description.headers.authorization, '[redacted]');
      assert.doesNotMatch(JSON.stringify(description), /st_|pk_test/);
      assert.equal(description.url, `${world.proxy.url}/v1/me/card`);
    }
    assert.match(responses[1]?.requestId ?? '', /^req_/);
    assert.ok((responses[1]?.durationMs ?? -1) >= 0);
  });

  it('cannot break a call by throwing', async () => {
    const client = world.client({
      hooks: {
        beforeRequest: () => {
          throw new Error('logger down');
        },
        afterResponse: () => {
          throw new Error('metrics down');
        },
      },
    });
    assert.ok((await client.services.list()).data.length > 0);
  });

  it('cannot end the process with an async hook that rejects', async () => {
    // A metrics hook that sends to a collector is async: its rejection went unhandled, and Node
    // ends the process on one (a back end's sessions.create took the server down with it).
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const client = world.client({
        hooks: {
          beforeRequest: async () => {
            throw new Error('logger down');
          },
          afterResponse: () => Promise.reject(new Error('collector down')),
        },
      });
      assert.ok((await client.services.list()).data.length > 0);
      const server = createServerClient({
        baseUrl: world.sandboxUrl,
        secretKey: SANDBOX_SECRET_KEY,
        hooks: { afterResponse: async () => Promise.reject(new Error('collector down')) },
      });
      assert.ok((await server.sessions.create({ memberId: 'm_1001' })).token);
      // Node reports an unhandled rejection once the microtasks have run, before the next turn.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled.map(String), []);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
