// Oversized and malformed requests against every endpoint of the contract's table (so new routes
// are covered automatically): bodies over the limit (declared or streamed), broken JSON, invalid
// UTF-8, wrong types, deep nesting, NUL, prototype-pollution keys, absurd numbers, hostile query
// strings, path parameters and headers. Every answer is a clear 4xx with a catalogued error code
// (or a success where the request was actually fine), never a 5xx, and the process stays clean.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints, errorCatalogue, MAX_BODY_BYTES, type Endpoint } from '@jiagong/contract';
import { PK, SK, type ApiResponse } from '../support/api.js';
import { startWorld, type SecurityWorld } from './support.js';

const table = Object.entries(endpoints) as [string, Endpoint][];
const fill = (template: string, id: string) => template.replace(/\{\w+\}/g, id);
const hasBody = (e: Endpoint) => e.method !== 'GET';

let world: SecurityWorld;
let token: string;
before(async () => {
  world = await startWorld();
  token = await world.api.session('m_1002');
});
after(() => world?.sandbox.close());

const credential = (e: Endpoint) =>
  e.auth === 'publishable' ? PK : e.auth === 'secret' ? SK : token;

interface Case {
  name: string;
  /** Raw body bytes/text (sent as application/json unless `headers` says otherwise). */
  raw?: string | Uint8Array;
  path?: string;
  headers?: Record<string, string>;
  /** Only for endpoints that take a body schema. */
  needsSchema?: boolean;
  /** A 2xx is acceptable (the request is odd but valid). */
  mayPass?: boolean;
  status?: number[];
  /** Refused by Node's HTTP parser, which answers without a JSON error body. */
  transport?: boolean;
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

function bodyCases(): Case[] {
  const big = `{"x":"${'a'.repeat(MAX_BODY_BYTES)}"}`;
  return [
    {
      name: 'a body one byte over the limit',
      raw: `{"x":"${'a'.repeat(MAX_BODY_BYTES - 7)}"}`,
      status: [413],
    },
    { name: 'a body four times the limit', raw: big.repeat(4), status: [413] },
    {
      name: 'truncated JSON',
      raw: '{"productId": "prd_0001", "quantity": ',
      needsSchema: true,
      status: [400],
    },
    {
      name: 'not JSON at all',
      raw: 'productId=prd_0001&quantity=1',
      needsSchema: true,
      status: [400],
    },
    { name: 'JSON with trailing garbage', raw: '{} {}', needsSchema: true, status: [400] },
    { name: 'a single quote', raw: "'", needsSchema: true, status: [400] },
    {
      name: 'invalid UTF-8',
      raw: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
      needsSchema: true,
      status: [400, 422],
    },
    { name: 'a UTF-8 byte order mark', raw: '\ufeff{}', needsSchema: true, status: [400, 422] },
    { name: 'null', raw: 'null', needsSchema: true, status: [400, 422] },
    { name: 'an array', raw: '[]', needsSchema: true, status: [400, 422] },
    { name: 'a number', raw: '42', needsSchema: true, status: [400, 422] },
    { name: 'a string', raw: '"x"', needsSchema: true, status: [400, 422] },
    { name: '5,000 nested arrays', raw: deep(5_000), needsSchema: true, status: [400, 422] },
    { name: '20,000 nested arrays', raw: deep(20_000), needsSchema: true, status: [400, 413, 422] },
    { name: '5,000 nested objects', raw: deepObject(5_000), needsSchema: true, status: [400, 422] },
    {
      name: 'NUL in a string',
      raw: '{"productId":"prd\\u00000001","quantity":1,"memberId":"m\\u0000"}',
      needsSchema: true,
      status: [400, 422],
    },
    { name: 'NUL in a key', raw: '{"a\\u0000b":1}', needsSchema: true, status: [400, 422] },
    {
      name: 'lone surrogates',
      raw: '{"productId":"\\ud800","quantity":1,"text":"\\udc00"}',
      needsSchema: true,
      status: [400, 404, 422],
    },
    {
      name: '__proto__ and constructor keys',
      raw: '{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"memberId":"m_1001"}',
      needsSchema: true,
      // sessions.create takes { memberId } and may well succeed: what matters is no pollution.
      mayPass: true,
      status: [400, 422],
    },
    {
      name: 'absurd numbers',
      raw: '{"quantity":1e309,"amountFen":-0,"termMonths":1.5,"balance":9007199254740993,"productId":12}',
      needsSchema: true,
      status: [400, 422],
    },
    {
      name: 'a 10,000-item array',
      raw: `{"consents":[${'{},'.repeat(9_999)}{}]}`,
      needsSchema: true,
      status: [400, 422],
    },
    {
      name: 'text/plain content type',
      raw: '{"x":1}',
      headers: { 'Content-Type': 'text/plain' },
      mayPass: true,
    },
    { name: 'no content type', raw: '{}', headers: { 'Content-Type': '' }, mayPass: true },
  ];
}

function requestCases(e: Endpoint): Case[] {
  const base = fill(e.path, 'prd_0001');
  const cases: Case[] = [
    {
      name: 'a hostile query string',
      path: `${base}?limit=-1&limit=abc&cursor=%ZZ%00&q=${'嘉'.repeat(600)}&__proto__[x]=1&sort=;DROP`,
      mayPass: true,
    },
    // Past Node's 16 KB header limit the HTTP layer refuses it before the app, with our JSON.
    { name: 'a 40 KB URL', path: `${base}?q=${'x'.repeat(40_000)}`, status: [431] },
    { name: 'an undecodable cursor', path: `${base}?cursor=${'Zm9v'.repeat(40)}`, mayPass: true },
    { name: 'limit 1e9', path: `${base}?limit=1000000000`, mayPass: true },
    {
      name: 'a 300-character Idempotency-Key',
      headers: { 'Idempotency-Key': 'k'.repeat(300) },
      mayPass: true,
    },
    {
      name: 'a non-ASCII Idempotency-Key',
      headers: { 'Idempotency-Key': 'k\u00e9y' },
      mayPass: true,
    },
    {
      name: 'a garbage Accept-Language',
      headers: { 'Accept-Language': ';;q=x,*;q=-1,zz-ZZ' },
      mayPass: true,
    },
  ];
  if (/\{\w+\}/.test(e.path)) {
    for (const [name, id] of [
      ['a 5,000-character id', 'x'.repeat(5_000)],
      ['an id with %00', 'prd%000001'],
      ['an id with an encoded slash', '..%2F..%2Fsandbox%2Freset'],
      ['an undecodable id', '%E0%A4%A'],
      ['an emoji id', encodeURIComponent('😀🧧')],
      ['an SQL id', encodeURIComponent("'; DROP TABLE orders; --")],
    ] as const) {
      cases.push({ name, path: fill(e.path, id), status: [400, 404, 422], mayPass: false });
    }
  }
  return cases;
}

async function send(e: Endpoint, c: Case): Promise<ApiResponse> {
  const headers: Record<string, string> = { Authorization: `Bearer ${credential(e)}` };
  let body: string | Uint8Array | undefined;
  if (hasBody(e)) {
    body = c.raw ?? '{}';
    headers['Content-Type'] = 'application/json';
  }
  for (const [key, value] of Object.entries(c.headers ?? {})) {
    if (value === '') delete headers[key];
    else headers[key] = value;
  }
  return world.api.call(e.method, c.path ?? fill(e.path, 'prd_0001'), { headers, raw: body });
}

function check(name: string, c: Case, res: ApiResponse): string | null {
  const where = `${name} · ${c.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  if (res.status >= 500) return where;
  if (res.status < 400) return c.mayPass ? null : where;
  if (c.status && !c.status.includes(res.status)) return where;
  if (c.transport) return null;
  const code = res.body?.error?.code as keyof typeof errorCatalogue | undefined;
  if (!code || !(code in errorCatalogue)) return `${where} (no catalogued error code)`;
  if (errorCatalogue[code].status !== res.status) return `${where} (status does not match ${code})`;
  if (typeof res.body.error.message !== 'string' || !res.body.error.requestId)
    return `${where} (no message/requestId)`;
  return null;
}

describe('malformed and oversized requests get a clear 4xx, never a 5xx', () => {
  for (const [name, e] of table) {
    it(`${e.method} ${e.path} (${name})`, async () => {
      const problems: string[] = [];
      const cases = [
        ...(hasBody(e)
          ? bodyCases().filter(
              (c) =>
                (!c.needsSchema || e.body) &&
                // The reset control takes no body: only the size limit applies before it runs.
                (name !== 'sandbox.reset' || c.status?.includes(413)),
            )
          : []),
        ...(name === 'sandbox.reset' ? [] : requestCases(e)),
      ];
      for (const c of cases) {
        const problem = check(name, c, await send(e, c));
        if (problem) problems.push(problem);
      }
      assert.deepEqual(problems, []);
    });
  }

  it('a streamed body over the limit without Content-Length gets 413', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= MAX_BODY_BYTES * 4) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${world.sandbox.url}/v1/me/orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal(
      ((await res.json()) as { error: { code: string } }).error.code,
      'payload_too_large',
    );
  });

  it('nothing was polluted and the server still answers normally', async () => {
    const probe = {} as Record<string, unknown>;
    assert.equal(probe.polluted, undefined);
    assert.equal(probe.isAdmin, undefined);
    assert.equal((await world.api.get('/v1/services', PK)).status, 200);
    assert.equal((await world.api.get('/v1/me', token)).status, 200);
  });
});
