// The path a partner's support desk walks: a member reads out 问题编号 (the request id), the
// partner's on-call developer finds that request's one log line in the sandbox, and learns what
// failed from it, without a token, a query string or a body ever reaching the log. The browser
// must be able to read the id (CORS exposes X-Request-Id) on a success and on every failure.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_ID_HEADER } from '@jiagong/contract';
import net from 'node:net';
import { createApp, migrate, openDb, seedIfEmpty, startSandbox } from '../src/index.js';
import type { Db } from '../src/index.js';
import { SIMULATE_ERROR_HEADER } from '../src/http/simulate.js';
import { Api, serveApp, PK, SK } from './support/api.js';

describe('request log and request ids', () => {
  let db: Db;
  let close: () => Promise<void>;
  let api: Api;
  const lines: string[] = [];
  const origin = { Origin: 'https://bank.example' };

  before(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    await seedIfEmpty(db, new Date());
    const log = {
      info: (line: string) => lines.push(line),
      error: (line: string) => lines.push(line),
    };
    const app = createApp({ db, logRequests: true, log });
    ({ api, close } = await serveApp(app));
  });

  after(async () => {
    await close();
    await db.close();
  });

  /** The one log line of the request whose answer carried `headers`. */
  function lineOf(headers: Headers): string {
    const id = headers.get(REQUEST_ID_HEADER);
    assert.match(id ?? '', /^req_[0-9a-f]{20}$/);
    const found = lines.filter((line) => line.includes(id!));
    assert.equal(found.length, 1, `one log line for ${id}`);
    return found[0]!;
  }

  /** A browser page can read the id: the header is listed in Access-Control-Expose-Headers. */
  function assertExposed(headers: Headers): void {
    const exposed = (headers.get('access-control-expose-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/);
    assert.ok(exposed.includes(REQUEST_ID_HEADER.toLowerCase()), `exposed: ${exposed.join(',')}`);
  }

  it('a success: the id reaches the page, and its line names method, path and status', async () => {
    const res = await api.get('/v1/services', PK, origin);
    assert.equal(res.status, 200);
    assertExposed(res.headers);
    assert.match(lineOf(res.headers), /^GET \/v1\/services 200 [\d.]+ms req_/);
  });

  it('a refusal: the line carries the API error code the member saw, found from the id', async () => {
    const session = await api.call('POST', '/v1/sessions', {
      auth: SK,
      json: { memberId: 'm_1002' },
    });
    const token = session.body.token as string;
    // 陆小溪 has 200 points: a 2,000-point product is refused.
    const products = await api.get('/v1/mall/products?limit=100', PK);
    const dear = (products.body.data as { id: string; pointsPrice: number; stock: number }[]).find(
      (p) => p.pointsPrice > 200 && p.stock > 0,
    )!;
    const res = await api.call('POST', '/v1/me/orders', {
      auth: token,
      json: { productId: dear.id, quantity: 1 },
      headers: { ...origin, 'Idempotency-Key': `log-${Date.now()}` },
    });
    assert.equal(res.status >= 400, true);
    assertExposed(res.headers);
    assert.equal(res.body.error.requestId, res.headers.get(REQUEST_ID_HEADER));
    const line = lineOf(res.headers);
    assert.ok(line.includes(` ${res.status} ${res.body.error.code} `), line);
    // Neither the member's token nor the body's values are written.
    assert.ok(!line.includes(token) && !line.includes('st_'), line);
    assert.ok(!line.includes(dear.id), line);
  });

  it('a 401, a 404 and a simulated 500 expose the id and log their codes', async () => {
    const unauthorized = await api.get('/v1/me/card', PK, origin);
    const missing = await api.get('/v1/nothing-here', PK, origin);
    const failed = await api.get('/v1/services', PK, {
      ...origin,
      [SIMULATE_ERROR_HEADER]: 'internal_error',
    });
    for (const [res, status, code] of [
      [unauthorized, 401, 'session_required'],
      [missing, 404, 'not_found'],
      [failed, 500, 'internal_error'],
    ] as const) {
      assert.equal(res.status, status);
      assertExposed(res.headers);
      assert.ok(lineOf(res.headers).includes(` ${status} ${code} `));
    }
  });

  it("a retried write's line says it was a replay, and no line carries the Idempotency-Key", async () => {
    // A member's retry after an answer lost in a tunnel: the second line shows nothing was done twice.
    const session = await api.call('POST', '/v1/sessions', {
      auth: SK,
      json: { memberId: 'm_1001' },
    });
    const key = crypto.randomUUID();
    const send = () =>
      api.call('POST', '/v1/me/orders', {
        auth: session.body.token as string,
        json: { productId: 'prd_0001', quantity: 1 },
        headers: { ...origin, 'Idempotency-Key': key },
      });
    const first = await send();
    const again = await send();
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.ok(!lineOf(first.headers).includes('replayed'), lineOf(first.headers));
    assert.match(lineOf(again.headers), / replayed$/);
    assert.ok(!lines.some((line) => line.includes(key)), 'a line carries the key');
  });

  it('never logs a query string, a key or a token', async () => {
    const keyed = await api.get('/v1/merchants?q=13800138000&limit=5', PK, origin);
    assert.ok(!/13800138000|pk_test|\?/.test(lineOf(keyed.headers)), lineOf(keyed.headers));
    const res = await api.get('/v1/me/card?name=沈嘉禾', undefined, {
      ...origin,
      Authorization: 'Bearer st_not_a_real_session_token',
    });
    assert.equal(res.status, 401);
    const line = lineOf(res.headers);
    assert.ok(!/st_not|沈嘉禾|%E6|\?/.test(line), line);
  });

  it('a path cannot forge a line, a field or a terminal escape, nor log a token', async () => {
    // Percent-encoded, as anyone can send them without a key: a line break and a forged line, a
    // terminal escape (clear screen), a right-to-left override, and a token pasted into a path.
    const forged = 'POST /v1/me/orders 201 1.0ms req_00000000000000000000';
    const res = await api.get(
      `/v1/me/orders/x${encodeURIComponent(`\r\n${forged}\u001b[2J\u202e`)}`,
      undefined,
      origin,
    );
    assert.equal(res.status, 401);
    const line = lineOf(res.headers);
    assert.match(line, /^GET \S+ 401 session_required [\d.]+ms req_[0-9a-f]{20}$/, line);
    assert.ok(line.includes('%0D%0APOST%20%2Fv1'), line);
    const token = await api.get('/v1/me/orders/st_AbCdEf0123456789-_xyz', undefined, origin);
    assert.ok(!lineOf(token.headers).includes('AbCdEf'), lineOf(token.headers));
  });

  it('a request Node could not parse is logged with the id its answer carries, and none of its bytes', async () => {
    const printed: string[] = [];
    const print = console.log;
    console.log = (line: unknown) => void printed.push(String(line));
    const sandbox = await startSandbox({ port: 0, memory: true });
    try {
      const { port } = new URL(sandbox.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        const socket = net.connect(Number(port), '127.0.0.1', () =>
          socket.write(
            'GET /v1/services?q=13800138000 HTTP/1.1\r\nHost: x\r\nBad Header: 沈嘉禾\r\n\r\n',
          ),
        );
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('error', reject);
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
      const id = /^x-request-id: (req_[0-9a-f]{20})$/im.exec(answer)?.[1];
      assert.ok(id, answer);
      const found = printed.filter((line) => line.includes(id));
      assert.equal(found.length, 1, printed.join('\n'));
      assert.match(found[0]!, / 400 invalid_request req_/);
      assert.ok(!/13800138000|沈嘉禾|services/.test(found[0]!), found[0]);
    } finally {
      console.log = print;
      await sandbox.close();
    }
  });
});
