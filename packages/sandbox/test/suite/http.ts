import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import {
  MAX_BODY_BYTES,
  endpoints,
  fillPath,
  generateOpenApi,
  pathParams,
} from '@jiagong/contract';
import type { Endpoint } from '@jiagong/contract';
import { PK, SK, delivery, type ApiResponse, type Json } from '../support/api.js';
import type { SuiteContext } from './context.js';

const contractVersion = (
  createRequire(import.meta.url)('@jiagong/contract/package.json') as { version: string }
).version;

export function httpTests(ctx: SuiteContext): void {
  describe('HTTP surface', () => {
    it('routes every endpoint of the contract (no 404 for any table entry)', async () => {
      for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
        const path = fillPath(
          endpoint.path,
          Object.fromEntries(pathParams(endpoint.path).map((p) => [p, 'x'])),
        );
        const res = await ctx.api.call(endpoint.method, path);
        assert.equal(res.status, 401, `${name} ${endpoint.method} ${path} answered ${res.status}`);
        assert.equal(res.body.error.details.neededKind, endpoint.auth, name);
      }
    });

    it('answers unknown routes with a JSON 404 and a request id', async () => {
      const res = await ctx.api.get('/v1/nothing-here', PK);
      assert.equal(res.status, 404);
      assert.equal(res.body.error.code, 'not_found');
      assert.match(res.headers.get('x-request-id') ?? '', /^req_[0-9a-f]{20}$/);
      assert.equal(res.body.error.requestId, res.headers.get('x-request-id'));
      const wrongMethod = await ctx.api.call('DELETE', '/v1/services', { auth: PK });
      assert.equal(wrongMethod.status, 405);
      // Outside /v1 (another version, or none), the answer says where the API lives.
      for (const path of ['/v2/services', '/services', '/api/v1/services']) {
        const outside = await ctx.api.get(path, PK, { 'Accept-Language': 'en' });
        assert.equal(outside.status, 404, path);
        assert.equal(outside.body.error.code, 'not_found', path);
        assert.match(outside.body.error.requestId, /^req_/, path);
        assert.deepEqual(
          outside.body.error.details.fields.map((f: { code: string }) => f.code),
          ['unknown_path'],
          path,
        );
        assert.match(outside.body.error.details.fields[0].message, /lives under \/v1/, path);
      }
      assert.equal(res.body.error.details, undefined);
    });

    it('answers a method a path does not take with 405 method_not_allowed and Allow', async () => {
      const cases: [string, string, string][] = [
        ['DELETE', '/v1/services', 'GET, HEAD, OPTIONS'],
        ['GET', '/v1/sessions', 'POST, OPTIONS'],
        ['PATCH', '/v1/me/loan-draft', 'GET, PUT, DELETE, HEAD, OPTIONS'],
        ['GET', '/v1/me/orders/ord_x/cancel', 'POST, OPTIONS'],
        ['PUT', '/sandbox/reset', 'POST, OPTIONS'],
      ];
      for (const [method, path, allow] of cases) {
        const res = await ctx.api.call(method, path, { auth: SK });
        assert.equal(res.status, 405, `${method} ${path}`);
        assert.equal(res.headers.get('allow'), allow, `${method} ${path}`);
        assert.equal(res.body.error.code, 'method_not_allowed');
        assert.equal(res.body.error.requestId, res.headers.get('x-request-id'));
      }
      const head = await fetch(`${ctx.api.url}/v1/sessions`, { method: 'HEAD' });
      assert.equal(head.status, 405);
      const options = await fetch(`${ctx.api.url}/v1/me/loan-draft`, { method: 'OPTIONS' });
      assert.equal(options.status, 204);
      assert.equal(options.headers.get('allow'), 'GET, PUT, DELETE, HEAD, OPTIONS');
      // Paths no endpoint lives at stay 404.
      assert.equal((await ctx.api.call('POST', '/v1/nothing-here', { auth: PK })).status, 404);
    });

    it('answers a plain OPTIONS at a path nothing lives at 404, and a preflight anywhere', async () => {
      // curl -X OPTIONS, or a back end's HTTP client asking what a path takes: a wrong path is a
      // 404 with the documented body, as any other method gets there.
      const plain = await ctx.api.call('OPTIONS', '/v1/nothing-here', { auth: PK });
      assert.equal(plain.status, 404);
      assert.equal(plain.body.error.code, 'not_found');
      assert.equal(plain.body.error.requestId, plain.headers.get('x-request-id'));
      assert.equal(plain.headers.get('allow'), null);
      // A page's preflight is answered, so that the call itself comes and reads its 404 (a
      // refused preflight is, to the page, a network error saying nothing of the path).
      const origin = 'https://intranet.employer.example';
      const preflight = await fetch(`${ctx.api.url}/v1/nothing-here`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      const call = await ctx.api.get('/v1/nothing-here', PK, { Origin: origin });
      assert.equal(call.status, 404);
      assert.equal(call.headers.get('access-control-allow-origin'), '*');
      assert.equal(call.body.error.code, 'not_found');
      // The paths besides the endpoints say what they take.
      for (const path of ['/health', '/openapi.json', '/assets/products/prd_0001.svg']) {
        const res = await fetch(`${ctx.api.url}${path}`, { method: 'OPTIONS' });
        assert.equal(res.status, 204, path);
        assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS', path);
      }
      const post = await ctx.api.call('POST', '/health', { auth: PK });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    });

    it("answers HEAD with the Content-Length of the GET's body", async () => {
      const cases: [string, Record<string, string>][] = [
        ['/v1/services', { Authorization: `Bearer ${PK}` }],
        ['/v1/services', {}],
        ['/health', {}],
        ['/openapi.json', {}],
        ['/assets/products/prd_0001.svg', {}],
        ['/v1/nothing-here', {}],
      ];
      for (const [path, headers] of cases) {
        const get = await fetch(`${ctx.api.url}${path}`, { headers });
        const bytes = (await get.arrayBuffer()).byteLength;
        assert.ok(bytes > 0, path);
        const head = await fetch(`${ctx.api.url}${path}`, { method: 'HEAD', headers });
        assert.equal(head.status, get.status, path);
        assert.equal(head.headers.get('content-length'), String(bytes), path);
        assert.equal((await head.arrayBuffer()).byteLength, 0, path);
      }
    });

    it('serves a path with a slash too many as the path without it', async () => {
      for (const path of ['/v1/services/', '//v1/services', '/v1//services']) {
        const res = await ctx.api.get(path, PK);
        assert.equal(res.status, 200, path);
        assert.ok(Array.isArray(res.body.data), path);
      }
      const token = await ctx.api.session('m_1002');
      assert.equal((await ctx.api.get('/v1/me/', token)).body.id, 'm_1002');
    });

    it('labels JSON as UTF-8, lets no cache keep an answer and no page run or frame one', async () => {
      const token = await ctx.api.session('m_1002');
      const answers = [
        await ctx.api.get('/v1/me', token),
        await ctx.api.post('/v1/sessions', SK, { memberId: 'm_1002' }),
        await ctx.api.get('/v1/services', PK),
        await ctx.api.get('/v1/me'),
        await ctx.api.get('/v1/nothing-here'),
        await ctx.api.call('PUT', '/v1/services'),
      ];
      for (const res of answers) {
        assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
        assert.equal(res.headers.get('cache-control'), 'no-store');
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(
          res.headers.get('content-security-policy'),
          "default-src 'none'; frame-ancestors 'none'",
        );
        assert.equal(res.headers.get('x-frame-options'), 'DENY');
      }
      // Images keep their own policy.
      const image = await fetch(`${ctx.api.url}/assets/products/prd_0001.svg`);
      await image.arrayBuffer();
      assert.match(image.headers.get('cache-control') ?? '', /max-age/);
      assert.match(image.headers.get('content-security-policy') ?? '', /style-src 'unsafe-inline'/);
    });

    it('says what type a field got, and "Required" only when it is missing', async () => {
      const en = { 'Accept-Language': 'en' };
      const session = await ctx.api.post('/v1/sessions', SK, { memberId: 1002 }, en);
      assert.deepEqual(session.body.error.details.fields, [
        { path: 'memberId', code: 'invalid_type', message: 'Expected string, got number' },
      ]);
      const token = await ctx.api.session('m_1002');
      const order = await ctx.api.post(
        '/v1/me/orders',
        token,
        { productId: 'prd_0002', quantity: '1', delivery: null },
        en,
      );
      const messages = Object.fromEntries(
        order.body.error.details.fields.map((f: { path: string; message: string }) => [
          f.path,
          f.message,
        ]),
      );
      assert.match(messages.quantity, /^Expected (number|integer), got string$/);
      assert.match(messages.delivery, /got null/);
      const missing = await ctx.api.post('/v1/sessions', SK, {}, en);
      assert.equal(missing.body.error.details.fields[0].message, 'Required');
      const query = await ctx.api.get('/v1/mall/products?limit=abc', PK, en);
      assert.doesNotMatch(query.body.error.details.fields[0].message, /^Required$/);
      const fraction = await ctx.api.get('/v1/mall/products?limit=10.5', PK, en);
      assert.equal(fraction.body.error.details.fields[0].message, 'Expected integer, got number');
      const zh = await ctx.api.post('/v1/sessions', SK, { memberId: ['m_1002'] });
      assert.equal(zh.body.error.details.fields[0].message, '类型应为 string，收到 array');
      // Numbers JSON can hold but JavaScript cannot: 1e400 is Infinity ("Expected number, got
      // number" before), and past 2^53 the field's own limit is the one to name, once.
      const huge = await ctx.api.call('POST', '/v1/me/orders', {
        auth: token,
        raw: '{"productId":"prd_0002","quantity":1e400}',
        headers: en,
      });
      assert.deepEqual(huge.body.error.details.fields, [
        {
          path: 'quantity',
          code: 'invalid_type',
          message: 'Expected number, got a number out of range',
        },
      ]);
      const unsafe = await ctx.api.call('POST', '/v1/me/orders', {
        auth: token,
        raw: '{"productId":"prd_0002","quantity":9007199254740993}',
        headers: en,
      });
      assert.deepEqual(unsafe.body.error.details.fields, [
        { path: 'quantity', code: 'too_big', message: 'Must be at most 99' },
      ]);
    });

    it('says which id of a body is unknown, apart from a path that does not exist', async () => {
      const en = { 'Accept-Language': 'en' };
      const session = await ctx.api.post('/v1/sessions', SK, { memberId: 'm_9999' }, en);
      assert.equal(session.status, 404);
      assert.equal(session.body.error.code, 'not_found');
      assert.deepEqual(session.body.error.details.fields, [
        { path: 'memberId', code: 'not_found', message: 'Nothing has this id' },
      ]);
      // A member id from a fixed-width CHAR column, padded with spaces nobody sees in a log.
      const padded = await ctx.api.post('/v1/sessions', SK, { memberId: 'm_1002    ' }, en);
      assert.equal(padded.status, 404);
      assert.deepEqual(padded.body.error.details.fields, [
        {
          path: 'memberId',
          code: 'not_found',
          message: 'Nothing has this id (it has spaces around it)',
        },
      ]);
      const zh = await ctx.api.post('/v1/sessions', SK, { memberId: ' m_1002' });
      assert.equal(zh.body.error.details.fields[0].message, '没有此编号的记录（编号前后有空格）');
      const token = await ctx.api.session('m_1002');
      const order = await ctx.api.post(
        '/v1/me/orders',
        token,
        { productId: 'prd_9999', quantity: 1 },
        en,
      );
      assert.equal(order.status, 404);
      assert.equal(order.body.error.details.fields[0].path, 'productId');
      const route = await ctx.api.get('/v1/member', token);
      assert.equal(route.status, 404);
      assert.equal(route.body.error.details, undefined);
    });

    it('says what a cursor it cannot use should have been, in the caller language', async () => {
      const en = await ctx.api.get('/v1/mall/products?cursor=abc', PK, { 'Accept-Language': 'en' });
      assert.equal(en.status, 422);
      assert.deepEqual(en.body.error.details.fields, [
        {
          path: 'cursor',
          code: 'invalid_cursor',
          message: "Not a cursor of this list: pass the previous page's nextCursor unchanged",
        },
      ]);
      const zh = await ctx.api.get('/v1/merchants?cursor=abc', PK);
      assert.match(zh.body.error.details.fields[0].message, /nextCursor/);
      assert.match(zh.body.error.details.fields[0].message, /\p{Script=Han}/u);
    });

    it("refuses another catalogue's cursor, or one of the mall sorted another way", async () => {
      // The merchants', courses' and model workers' cursors were all one position, and a cursor
      // of the mall by points ascending read as one of the mall by points descending: given to
      // the wrong list (a back end keeping one nextCursor for several), each answered a wrong page.
      const next = async (path: string) => {
        const res = await ctx.api.get(path, PK);
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.ok(res.body.nextCursor, `${path} has a second page`);
        return res.body.nextCursor as string;
      };
      const lists = ['/v1/merchants?limit=2', '/v1/courses?limit=2', '/v1/model-workers?limit=2'];
      const cursors = await Promise.all(lists.map(next));
      for (const [i, list] of lists.entries()) {
        for (const [j, cursor] of cursors.entries()) {
          const res = await ctx.api.get(`${list}&cursor=${cursor}`, PK);
          assert.equal(res.status, i === j ? 200 : 422, `${list} with ${lists[j]}'s cursor`);
        }
      }
      const ascending = await next('/v1/mall/products?limit=2&sort=points_asc');
      const descending = await ctx.api.get(
        `/v1/mall/products?limit=2&sort=points_desc&cursor=${ascending}`,
        PK,
      );
      assert.equal(descending.status, 422);
      assert.equal(descending.body.error.details.fields[0].code, 'invalid_cursor');
      const same = await ctx.api.get(
        `/v1/mall/products?limit=2&sort=points_asc&cursor=${ascending}`,
        PK,
      );
      assert.equal(same.status, 200);
    });

    it('tells a back end what to fix in a form post, broken JSON, a bare key or a bad key', async () => {
      const en = { 'Accept-Language': 'en' };
      const fieldOf = (res: ApiResponse) => res.body.error.details.fields[0];
      const form = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: 'memberId=m_1002',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...en },
      });
      assert.equal(form.status, 400);
      assert.equal(form.body.error.code, 'invalid_request');
      assert.equal(fieldOf(form).code, 'unsupported_content_type');
      assert.match(fieldOf(form).message, /Content-Type: application\/json/);
      const broken = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: '{"memberId":"m_1002",}',
        headers: en,
      });
      assert.equal(broken.status, 400);
      assert.deepEqual(fieldOf(broken), {
        path: '',
        code: 'invalid_json',
        message: 'The body is not valid JSON (UTF-8)',
      });
      // curl's -d labels JSON as a form: JSON is still read as JSON.
      const curlD = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: '{"memberId":"m_1002"}',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(curlD.status, 201);

      for (const authorization of [SK, `Basic ${Buffer.from(`${SK}:`).toString('base64')}`]) {
        const bare = await ctx.api.call('POST', '/v1/sessions', {
          json: { memberId: 'm_1002' },
          headers: { Authorization: authorization, ...en },
        });
        assert.equal(bare.status, 401);
        assert.equal(bare.body.error.code, 'unauthorized');
        assert.equal(bare.body.error.details.neededKind, 'secret');
        assert.equal(fieldOf(bare).path, 'Authorization');
        assert.match(fieldOf(bare).message, /Bearer/);
      }
      const stranger = await ctx.api.get('/v1/services', 'key_123', en);
      assert.match(fieldOf(stranger).message, /pk_, sk_ or st_/);

      const nulBody = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: '{"memberId":"m_1002\\u0000"}',
        headers: en,
      });
      assert.equal(nulBody.status, 400);
      assert.deepEqual(fieldOf(nulBody), {
        path: 'memberId',
        code: 'invalid_string',
        message: 'Text must not contain the NUL character (U+0000)',
      });
      const nulQuery = await ctx.api.get('/v1/mall/products?q=a%00b', PK, en);
      assert.equal(fieldOf(nulQuery).path, 'q');

      const token = await ctx.api.session('m_1002');
      for (const key of ['a b', 'x'.repeat(256), 'caf\u00e9']) {
        const res = await ctx.api.post(
          '/v1/me/orders',
          token,
          { productId: 'prd_0002', quantity: 1 },
          { 'Idempotency-Key': key, ...en },
        );
        assert.equal(res.status, 400, key);
        assert.equal(fieldOf(res).path, 'Idempotency-Key');
        assert.match(fieldOf(res).message, /1 to 255 printable ASCII/);
      }
    });

    it('refuses a body that is not UTF-8 (a GBK back end) instead of storing garbled text', async () => {
      const token = await ctx.api.session('m_1001');
      const before = await ctx.api.balance(token);
      // A Java back end on a Chinese-locale server encodes strings in GBK by default: the address
      // 浙江省嘉兴市 in GBK bytes, inside otherwise plain JSON.
      const gbk = Buffer.concat([
        Buffer.from(
          '{"productId":"prd_0001","quantity":1,"delivery":{"recipient":"Shen","mobile":"19900001001","address":"',
        ),
        Buffer.from([0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1, 0xbc, 0xce, 0xd0, 0xcb, 0xca, 0xd0]),
        Buffer.from('1"}}'),
      ]);
      const res = await ctx.api.call('POST', '/v1/me/orders', {
        auth: token,
        raw: new Uint8Array(gbk),
        headers: { 'Content-Type': 'application/json; charset=GBK', 'Accept-Language': 'en' },
      });
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.error.code, 'invalid_request');
      assert.equal(res.body.error.details.fields[0].path, '');
      assert.equal(res.body.error.details.fields[0].code, 'invalid_encoding');
      assert.match(res.body.error.details.fields[0].message, /UTF-8/);
      // Nothing was ordered or charged.
      assert.equal(await ctx.api.balance(token), before);
      // A UTF-8 byte order mark (RFC 8259 lets a reader ignore it; Windows tools write one).
      const bom = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: '\ufeff{"memberId":"m_1002"}',
      });
      assert.equal(bom.status, 201, JSON.stringify(bom.body));
    });

    it('reads a compressed body (Content-Encoding: gzip, deflate, br) and refuses other codings', async () => {
      // Spring Cloud OpenFeign's request compression gzips every JSON body over 2 KB: read as
      // sent, such a body was refused as "not UTF-8 (GBK, say)" while the small calls worked.
      const token = await ctx.api.session('m_1001');
      const before = await ctx.api.balance(token);
      const order = JSON.stringify({
        productId: 'prd_0001',
        quantity: 1,
        delivery,
        // Over Feign's 2 KB threshold (unknown fields are ignored).
        channelNote: '嘉'.repeat(1024),
      });
      const send = (bytes: Uint8Array, encoding: string, path = '/v1/me/orders') =>
        ctx.api.call('POST', path, {
          auth: path === '/v1/sessions' ? SK : token,
          raw: new Uint8Array(bytes),
          headers: { 'Content-Encoding': encoding, 'Accept-Language': 'en' },
        });
      const gzipped = await send(gzipSync(order), 'gzip');
      assert.equal(gzipped.status, 201, JSON.stringify(gzipped.body));
      assert.equal(gzipped.body.delivery.address, delivery.address);
      assert.equal(await ctx.api.balance(token), before - 1200);
      const member = JSON.stringify({ memberId: 'm_1002' });
      for (const [bytes, encoding] of [
        [deflateSync(member), 'deflate'],
        [brotliCompressSync(member), 'br'],
        [gzipSync(member), 'x-gzip'],
        [Buffer.from(member), 'identity'],
      ] as const) {
        const res = await send(bytes, encoding, '/v1/sessions');
        assert.equal(res.status, 201, `${encoding}: ${JSON.stringify(res.body)}`);
      }

      // A coding the API cannot undo, bytes not in the coding named, and a small gzip that
      // inflates past MAX_BODY_BYTES: refused, and nothing is done.
      const zstd = await send(Buffer.from(order), 'zstd');
      assert.equal(zstd.status, 400);
      assert.equal(zstd.body.error.code, 'invalid_request');
      assert.deepEqual(
        [zstd.body.error.details.fields[0].path, zstd.body.error.details.fields[0].code],
        ['Content-Encoding', 'unsupported_encoding'],
      );
      assert.match(zstd.body.error.details.fields[0].message, /zstd.*uncompressed/);
      const mislabelled = await send(Buffer.from(order), 'gzip');
      assert.equal(mislabelled.status, 400);
      assert.deepEqual(
        [
          mislabelled.body.error.details.fields[0].path,
          mislabelled.body.error.details.fields[0].code,
        ],
        ['', 'invalid_encoding'],
      );
      assert.match(mislabelled.body.error.details.fields[0].message, /gzip/);
      const bomb = gzipSync(
        JSON.stringify({ memberId: 'm_1002', pad: 'x'.repeat(8 * MAX_BODY_BYTES) }),
      );
      assert.ok(bomb.byteLength < MAX_BODY_BYTES / 8);
      const inflated = await send(bomb, 'gzip', '/v1/sessions');
      assert.equal(inflated.status, 413);
      assert.equal(inflated.body.error.code, 'payload_too_large');
      assert.equal(await ctx.api.balance(token), before - 1200);
    });

    it('puts X-Request-Id on successes, errors and preflights', async () => {
      const ok = await ctx.api.get('/v1/services', PK);
      const err = await ctx.api.get('/v1/services');
      const preflight = await fetch(`${ctx.api.url}/v1/me/orders`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://bank.example', 'Access-Control-Request-Method': 'POST' },
      });
      for (const headers of [ok.headers, err.headers, preflight.headers]) {
        assert.match(headers.get('x-request-id') ?? '', /^req_/);
      }
      assert.notEqual(ok.headers.get('x-request-id'), err.headers.get('x-request-id'));
    });

    it('answers CORS preflights from any origin with the headers the SDK sends', async () => {
      const res = await fetch(`${ctx.api.url}/v1/me/orders`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://intranet.employer.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers':
            'authorization,idempotency-key,content-type,accept-language',
        },
      });
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of [
        'authorization',
        'idempotency-key',
        'content-type',
        'accept-language',
      ]) {
        assert.ok(allowed.includes(header), `${header} not in ${allowed}`);
      }
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
      const get = await fetch(`${ctx.api.url}/v1/services`, {
        headers: { Origin: 'https://bank.example', Authorization: `Bearer ${PK}` },
      });
      assert.equal(get.headers.get('access-control-allow-origin'), '*');
      assert.match(get.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/i);
    });

    it('lets a page read every header the client reads, Retry-After included', async () => {
      const res = await fetch(`${ctx.api.url}/v1/services`, {
        headers: { Origin: 'https://bank.example', Authorization: `Bearer ${PK}` },
      });
      await res.arrayBuffer();
      const exposed = (res.headers.get('access-control-expose-headers') ?? '')
        .toLowerCase()
        .split(/\s*,\s*/);
      for (const header of ['x-request-id', 'idempotent-replayed', 'retry-after']) {
        assert.ok(exposed.includes(header), `${header} not in ${exposed.join(', ')}`);
      }
    });

    it('serves the OpenAPI document of the contract at /openapi.json, naming itself', async () => {
      const res = await ctx.api.get('/openapi.json');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      const expected = generateOpenApi(contractVersion);
      assert.deepEqual(res.body, { ...expected, servers: res.body.servers });
      assert.deepEqual(res.body.servers, [{ url: ctx.api.url, description: 'This sandbox' }]);
    });

    it('gives behind an HTTPS proxy or tunnel URLs of the origin the caller used', async () => {
      // A team's sandbox behind nginx or a tunnel (ngrok, cloudflared) at https://…: its answers
      // held http:// image URLs, mixed content an https page's WebView refuses to load.
      const proxied = {
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'sandbox.example.com',
      };
      const product = await ctx.api.get('/v1/mall/products/prd_0001', PK, proxied);
      assert.equal(
        product.body.imageUrl,
        'https://sandbox.example.com/assets/products/prd_0001.svg',
      );
      const merchants = await ctx.api.get('/v1/merchants?limit=1', PK, {
        'X-Forwarded-Proto': 'https, http',
        'X-Forwarded-Host': 'sandbox.example.com:443',
      });
      assert.match(merchants.body.data[0].logoUrl, /^https:\/\/sandbox\.example\.com\/assets\//);
      const document = await ctx.api.get('/openapi.json', undefined, proxied);
      assert.deepEqual(document.body.servers, [
        { url: 'https://sandbox.example.com', description: 'This sandbox' },
      ]);
      // Only a scheme and a host are taken; anything else is the sandbox's own origin.
      const odd = await ctx.api.get('/v1/mall/products/prd_0001', PK, {
        'X-Forwarded-Proto': 'javascript',
        'X-Forwarded-Host': 'evil.example/x?',
      });
      assert.equal(odd.body.imageUrl, `${ctx.api.url}/assets/products/prd_0001.svg`);
      const direct = await ctx.api.get('/v1/mall/products/prd_0001', PK);
      assert.equal(direct.body.imageUrl, `${ctx.api.url}/assets/products/prd_0001.svg`);
    });

    it('gives behind a proxy serving it under a path URLs under that path', async () => {
      // nginx `location /jiagong/ { proxy_pass http://sandbox:4010/; }` on a team's gateway: the
      // images were https://dev.example/assets/…, a 404 outside the sandbox's path.
      const proxied = {
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'dev.example',
        'X-Forwarded-Prefix': '/jiagong/',
      };
      const product = await ctx.api.get('/v1/mall/products/prd_0001', PK, proxied);
      assert.equal(
        product.body.imageUrl,
        'https://dev.example/jiagong/assets/products/prd_0001.svg',
      );
      const document = await ctx.api.get('/openapi.json', undefined, proxied);
      assert.equal(document.body.servers[0].url, 'https://dev.example/jiagong');
      // Only path segments: a prefix that would climb out, end the path or name a host is none.
      // A URL parser reads %2e%2e as .. too (https://dev.example/a/%2e%2e/assets is /assets).
      for (const prefix of [
        '/a/../..',
        '//evil.example',
        '/x?y',
        '/x#y',
        'jiagong',
        '/a b',
        '/a/%2e%2e',
        '/%2E%2e/x',
        '/a/.%2E',
        '/a/%2e',
        '/a/%2e%2E/',
      ]) {
        const odd = await ctx.api.get('/v1/mall/products/prd_0001', PK, {
          ...proxied,
          'X-Forwarded-Prefix': prefix,
        });
        assert.equal(odd.body.imageUrl, 'https://dev.example/assets/products/prd_0001.svg', prefix);
      }
    });

    it('answers a simulated rate limit, outage or crash on request, doing nothing', async () => {
      const token = await ctx.api.session('m_1002');
      const before = await ctx.api.balance(token);
      const key = 'simulated-then-real';
      const order = (headers: Record<string, string>) =>
        ctx.api.post(
          '/v1/me/orders',
          token,
          { productId: 'prd_0002', quantity: 1 },
          { 'Idempotency-Key': key, ...headers },
        );
      for (const [code, status] of [
        ['rate_limited', 429],
        ['service_unavailable', 503],
      ] as const) {
        const res = await order({ 'Jiagong-Simulate-Error': code });
        assert.equal(res.status, status);
        assert.equal(res.body.error.code, code);
        assert.equal(res.headers.get('retry-after'), '1');
        assert.equal(res.body.error.details.retryAfterSeconds, 1);
        assert.equal(res.body.error.requestId, res.headers.get('x-request-id'));
      }
      const crash = await order({ 'Jiagong-Simulate-Error': 'internal_error' });
      assert.equal(crash.status, 500);
      assert.equal(crash.body.error.code, 'internal_error');
      assert.equal(crash.headers.get('retry-after'), null);
      assert.equal(await ctx.api.balance(token), before);
      // The retry with the same key is the first real attempt, not a replay of the failures.
      const real = await order({});
      assert.equal(real.status, 201);
      assert.equal(real.headers.get('idempotent-replayed'), null);
      // Credentials are checked first, and an unknown value says which ones exist.
      const anonymous = await ctx.api.get('/v1/services', undefined, {
        'Jiagong-Simulate-Error': 'rate_limited',
      });
      assert.equal(anonymous.status, 401);
      for (const inherited of ['constructor', '__proto__', 'toString']) {
        const res = await ctx.api.get('/v1/services', PK, { 'Jiagong-Simulate-Error': inherited });
        assert.equal(res.status, 400, inherited);
        assert.equal(res.headers.get('retry-after'), null, inherited);
      }
      const unknown = await ctx.api.get('/v1/services', PK, {
        'Jiagong-Simulate-Error': 'teapot',
        'Accept-Language': 'en',
      });
      assert.equal(unknown.status, 400);
      assert.deepEqual(unknown.body.error.details.fields, [
        {
          path: 'Jiagong-Simulate-Error',
          code: 'invalid_value',
          message: 'Must be one of: rate_limited, service_unavailable, internal_error',
        },
      ]);
      const preflight = await fetch(`${ctx.api.url}/v1/services`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://bank.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization,jiagong-simulate-error',
        },
      });
      assert.match(
        preflight.headers.get('access-control-allow-headers') ?? '',
        /Jiagong-Simulate-Error/i,
      );
    });

    it("answers preflights for the headers a partner page's tracing adds (Sentry, OpenTelemetry)", async () => {
      // Sentry's browser tracing adds sentry-trace and baggage to every call to localhost (v7's
      // default), OpenTelemetry's traceparent where configured: a preflight refusing them failed
      // every call of the page to the sandbox, as a network error.
      const requested = 'authorization,content-type,sentry-trace,baggage,traceparent,tracestate';
      const preflight = await fetch(`${ctx.api.url}/v1/me/orders`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:3000',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': requested,
        },
      });
      assert.equal(preflight.status, 204);
      const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
        .toLowerCase()
        .split(/\s*,\s*/);
      for (const header of requested.split(',')) {
        assert.ok(allowed.includes(header), `${header} not in ${allowed.join(',')}`);
      }
      // And the call itself goes through with them.
      const services = await ctx.api.get('/v1/services', PK, {
        Origin: 'http://localhost:3000',
        'sentry-trace': '771a43a4192642f0b136d5159a501700-b7ad6b7169203331-1',
        baggage: 'sentry-environment=development',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      });
      assert.equal(services.status, 200);
    });

    it('serves /health', async () => {
      const res = await ctx.api.get('/health');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { ok: true });
    });

    it('localizes error messages from Accept-Language (zh-CN by default)', async () => {
      const zh = await ctx.api.get('/v1/nothing');
      assert.equal(zh.body.error.message, '未找到相关内容');
      const en = await ctx.api.get('/v1/nothing', undefined, {
        'Accept-Language': 'en-US,en;q=0.9',
      });
      assert.equal(en.body.error.message, 'Not found');
      const preferZh = await ctx.api.get('/v1/nothing', undefined, {
        'Accept-Language': 'en;q=0.5, zh-CN',
      });
      assert.equal(preferZh.body.error.message, '未找到相关内容');
      const other = await ctx.api.get('/v1/nothing', undefined, { 'Accept-Language': 'fr-FR' });
      assert.equal(other.body.error.message, '未找到相关内容');
      // A back end that writes the header from Java's Locale.US.toString() or Python's locale.
      const underscore = await ctx.api.get('/v1/nothing', undefined, {
        'Accept-Language': 'en_US',
      });
      assert.equal(underscore.body.error.message, 'Not found');
    });

    it('rejects malformed JSON with 400 invalid_request', async () => {
      const res = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: '{"memberId": "m_1001"',
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, 'invalid_request');
      assert.equal(typeof res.body.error.message, 'string');
      assert.equal(typeof res.body.error.requestId, 'string');
    });

    it('reads an empty query parameter as none, as a URI template with a null value sends it', async () => {
      // Spring's RestTemplate expands `?category={category}&q={q}` with nulls to `category=&q=`.
      const plain = await ctx.api.get('/v1/mall/products', PK);
      const empty = await ctx.api.get(
        '/v1/mall/products?category=&q=&sort=&maxPoints=&limit=&cursor=',
        PK,
      );
      assert.equal(empty.status, 200, JSON.stringify(empty.body));
      assert.deepEqual(empty.body, plain.body);
      const token = await ctx.api.session('m_1001');
      const orders = await ctx.api.get('/v1/me/orders?status=&limit=', token);
      assert.equal(orders.status, 200, JSON.stringify(orders.body));
      assert.deepEqual(orders.body, (await ctx.api.get('/v1/me/orders', token)).body);
      // A value that is there is still checked.
      assert.equal((await ctx.api.get('/v1/me/orders?status=shiped', token)).status, 422);
    });

    it('reads a JSON body as JSON whatever its Content-Type says, and says what is wrong with one that is not', async () => {
      // A browser's fetch labels a string body text/plain;charset=UTF-8 when no Content-Type is
      // set, curl's -d labels it a form, a bare Uint8Array or Go's http.Post with "" none at all.
      const order = { productId: 'prd_0002', quantity: 1 };
      const send = (contentType: string | null, raw: string, key?: string) =>
        fetch(`${ctx.sandbox.url}/v1/me/orders`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Accept-Language': 'en',
            ...(contentType === null ? {} : { 'Content-Type': contentType }),
            ...(key ? { 'Idempotency-Key': key } : {}),
          },
          body: new TextEncoder().encode(raw),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as Json }));
      const token = await ctx.api.session('m_1001');
      const before = await ctx.api.balance(token);
      const labels = [
        'application/json',
        'application/json; charset=utf-8',
        'text/plain;charset=UTF-8',
        'application/x-www-form-urlencoded',
        null,
      ];
      for (const label of labels) {
        const res = await send(label, JSON.stringify(order));
        assert.equal(res.status, 201, `${label}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.productId, 'prd_0002');
      }
      assert.equal(await ctx.api.balance(token), before - 100 * labels.length);
      // A retry's label is no part of the request: the same key replays the first answer.
      const key = `content-type-${Date.now()}`;
      const first = await send('application/json', JSON.stringify(order), key);
      const retry = await send('text/plain', JSON.stringify(order), key);
      assert.equal(retry.status, 201);
      assert.equal(retry.body.id, first.body.id);
      assert.equal(await ctx.api.balance(token), before - 100 * (labels.length + 1));
      // What is not JSON is refused, naming the body and the fix, whatever the label.
      for (const [label, raw, code] of [
        ['text/plain', 'productId=prd_0002&quantity=1', 'invalid_json'],
        [null, 'productId=prd_0002&quantity=1', 'invalid_json'],
        [
          'application/x-www-form-urlencoded',
          'productId=prd_0002&quantity=1',
          'unsupported_content_type',
        ],
        ['multipart/form-data; boundary=x', '--x\r\n', 'unsupported_content_type'],
      ] as const) {
        const res = await send(label, raw);
        assert.equal(res.status, 400, `${label}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, 'invalid_request');
        assert.equal(res.body.error.details.fields[0].path, '');
        assert.equal(res.body.error.details.fields[0].code, code, String(label));
        assert.match(res.body.error.details.fields[0].message, /JSON/);
      }
      assert.equal(await ctx.api.balance(token), before - 100 * (labels.length + 1));
    });

    it('answers a query parameter given twice with two values 400 naming it, never one of them', async () => {
      // A back end that appends `&limit=100` to a URL holding `limit=20` got 20 rows, and
      // `category=a&category=b` listed a's products only, as if b had none: the first was taken.
      const token = await ctx.api.session('m_1001');
      const en = { 'Accept-Language': 'en' };
      for (const [path, auth, name] of [
        ['/v1/mall/products?limit=5&limit=50', PK, 'limit'],
        ['/v1/mall/products?category=cat_food&q=&category=cat_books', PK, 'category'],
        ['/v1/me/orders?status=confirmed&status=shipped', token, 'status'],
      ] as const) {
        const res = await ctx.api.get(path, auth, en);
        assert.equal(res.status, 400, `${path}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, 'invalid_request');
        assert.deepEqual(res.body.error.details.fields, [
          {
            path: name,
            code: 'repeated',
            message: `Give ${name} once (it came with 2 different values): keep one`,
          },
        ]);
      }
      const zh = await ctx.api.get('/v1/mall/products?limit=5&limit=50', PK);
      assert.match(zh.body.error.details.fields[0].message, /查询参数 limit 只能给一个值/);
      // The same value twice is that value; an empty one is none; a parameter the endpoint does
      // not take is ignored, however often it comes.
      const once = await ctx.api.get('/v1/mall/products?category=cat_food&limit=3', PK);
      assert.equal(once.status, 200);
      for (const path of [
        '/v1/mall/products?category=cat_food&limit=3&limit=3',
        '/v1/mall/products?category=&category=cat_food&limit=3',
        '/v1/mall/products?category=cat_food&limit=3&utm_source=a&utm_source=b',
      ]) {
        const res = await ctx.api.get(path, PK);
        assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
        assert.deepEqual(res.body, once.body, path);
      }
    });

    it('names each bad field of a 422 validation_failed', async () => {
      const res = await ctx.api.post('/v1/sessions', SK, { memberId: 42 });
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.deepEqual(
        res.body.error.details.fields.map((f: { path: string }) => f.path),
        ['memberId'],
      );
      const field = res.body.error.details.fields[0];
      assert.equal(field.code, 'invalid_type');
      assert.ok(field.message.length > 0);

      const token = await ctx.api.session('m_1001');
      const order = await ctx.api.post('/v1/me/orders', token, {
        productId: '',
        quantity: 0,
        delivery: { recipient: '' },
      });
      assert.equal(order.status, 422);
      const paths = order.body.error.details.fields.map((f: { path: string }) => f.path).sort();
      assert.deepEqual(paths, [
        'delivery.address',
        'delivery.mobile',
        'delivery.recipient',
        'productId',
        'quantity',
      ]);
    });

    it('coerces and validates query parameters', async () => {
      const bad = await ctx.api.get('/v1/mall/products?limit=abc&maxPoints=-1', PK);
      assert.equal(bad.status, 422);
      const paths = bad.body.error.details.fields.map((f: { path: string }) => f.path).sort();
      assert.deepEqual(paths, ['limit', 'maxPoints']);
      const big = await ctx.api.get('/v1/mall/products?limit=101', PK);
      assert.equal(big.status, 422);
      const ok = await ctx.api.get('/v1/mall/products?limit=3&maxPoints=500', PK);
      assert.equal(ok.status, 200);
      assert.equal(ok.body.data.length, 3);
      // Only decimal digits: JavaScript's Number() read 0x10 as 16, 1e2 as 100, ' 5' as 5.
      for (const given of ['0x10', '1e2', '%205', '5%20', '0b11', 'Infinity', '+5']) {
        const loose = await ctx.api.get(`/v1/mall/products?limit=${given}`, PK);
        assert.equal(loose.status, 422, given);
        assert.deepEqual(
          loose.body.error.details.fields.map((f: { path: string }) => f.path),
          ['limit'],
          given,
        );
      }
      const hex = await ctx.api.get('/v1/mall/products?maxPoints=0x1F4', PK);
      assert.equal(hex.body.error.details.fields[0].path, 'maxPoints');
      const decimal = await ctx.api.get('/v1/mall/products?limit=05', PK);
      assert.equal(decimal.body.data.length, 5);
      const sort = await ctx.api.get('/v1/mall/products?sort=cheapest', PK);
      assert.equal(sort.status, 422);
      assert.equal(sort.body.error.details.fields[0].path, 'sort');
    });

    it('refuses bodies over MAX_BODY_BYTES with 413, declared or streamed', async () => {
      const big = JSON.stringify({ memberId: 'm_1001', pad: 'x'.repeat(MAX_BODY_BYTES) });
      const declared = await ctx.api.call('POST', '/v1/sessions', { auth: SK, raw: big });
      assert.equal(declared.status, 413);
      assert.equal(declared.body.error.code, 'payload_too_large');

      const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= MAX_BODY_BYTES * 2) return controller.close();
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const streamed = await fetch(`${ctx.api.url}/v1/sessions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(streamed.status, 413);
      assert.equal(
        ((await streamed.json()) as { error: { code: string } }).error.code,
        'payload_too_large',
      );

      // Far over the limit: refused without reading it all, and the server keeps serving.
      const huge = await ctx.api.call('POST', '/v1/sessions', {
        auth: SK,
        raw: 'x'.repeat(20 * 1024 * 1024),
      });
      assert.equal(huge.status, 413);
      assert.equal((await ctx.api.get('/health')).status, 200);

      // Under the limit is fine.
      const small = await ctx.api.post('/v1/sessions', SK, {
        memberId: 'm_1001',
        pad: 'x'.repeat(1000),
      });
      assert.equal(small.status, 201);
    });

    it('never answers 500 to hostile bodies', async () => {
      const token = await ctx.api.session('m_1002');
      const bodies: (string | Uint8Array)[] = [
        '',
        'null',
        '[]',
        '"text"',
        '123',
        'true',
        '{"productId": {"$gt": ""}, "quantity": 1}',
        '{"productId": "prd_0002", "quantity": 1e400}',
        '{"productId": "prd_0002", "quantity": 1.5}',
        '{"productId": "prd_0002", "quantity": "1"}',
        '['.repeat(5000) + ']'.repeat(5000),
        new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
        '{"productId": "prd_0002\u0000", "quantity": 1}',
      ];
      for (const raw of bodies) {
        const res = await ctx.api.call('POST', '/v1/me/orders', { auth: token, raw });
        assert.ok(
          res.status >= 400 && res.status < 500,
          `${String(raw).slice(0, 40)} → ${res.status}`,
        );
        assert.equal(typeof res.body.error.code, 'string');
      }
      // Unknown keys, __proto__ included, are dropped by the schema: a plain order.
      const proto = await ctx.api.call('POST', '/v1/me/orders', {
        auth: token,
        raw: '{"__proto__": {"admin": true}, "productId": "prd_0002", "quantity": 1}',
      });
      assert.equal(proto.status, 201);
      assert.equal(Object.keys(proto.body).includes('admin'), false);
      const draft = await ctx.api.call('PUT', '/v1/me/loan-draft', {
        auth: token,
        raw: '{"step": 1, "values": []}',
      });
      assert.equal(draft.status, 422);
      // Forged cursors and out-of-range numbers are client errors, never database errors.
      const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
      const queries = [
        `/v1/me/orders?cursor=${forged(['abc'])}`,
        `/v1/me/orders?cursor=${forged([1e12])}`,
        `/v1/me/points/transactions?cursor=${forged(['yesterday', 1])}`,
        `/v1/me/loan-applications?cursor=${forged([1.5])}`,
        `/v1/mall/products?sort=newest&cursor=${forged(['2025-13-45T99:00:00Z', 'x'])}`,
        `/v1/mall/products?sort=points_asc&cursor=${forged(['x', 'prd_0001'])}`,
        `/v1/merchants?cursor=${forged([null])}`,
        '/v1/mall/products?maxPoints=1e300',
        '/v1/mall/products?limit=1e3',
      ];
      for (const path of queries) {
        const res = await ctx.api.get(path, token);
        assert.equal(res.status, 422, `${path} → ${res.status}`);
      }
      const huge = await ctx.api.get('/v1/mall/products?maxPoints=9007199254740991', token);
      assert.equal(huge.status, 200);
      const points = await ctx.api.post('/sandbox/members/m_1002/points', SK, { balance: 2 ** 40 });
      assert.equal(points.status, 422);
      const path = await ctx.api.get(`/v1/me/orders/${encodeURIComponent("' OR 1=1 --")}`, token);
      assert.equal(path.status, 404);
    });
  });
}
