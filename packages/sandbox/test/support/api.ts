import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';

export const PK = SANDBOX_PUBLISHABLE_KEY;
export const SK = SANDBOX_SECRET_KEY;

/** Parsed response JSON; tests check its shape with assertions, so it is deliberately loose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  /** A key or token, sent as `Authorization: Bearer …`. */
  auth?: string;
  /** JSON-encoded for the request. */
  json?: unknown;
  /** Sent as is (malformed JSON, oversized bodies). */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

/** A thin fetch wrapper: tests talk HTTP to a real server, never to the app object. */
export class Api {
  constructor(readonly url: string) {}

  async call<T = Json>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.auth) headers.Authorization = `Bearer ${options.auth}`;
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.raw !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      body = options.raw;
    }
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      body: body as BodyInit | undefined,
    });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = Json>(path: string, auth?: string, headers?: Record<string, string>) {
    return this.call<T>('GET', path, { auth, headers });
  }

  post<T = Json>(
    path: string,
    auth: string | undefined,
    json?: unknown,
    headers?: Record<string, string>,
  ) {
    return this.call<T>('POST', path, { auth, json: json ?? {}, headers });
  }

  async session(memberId: string, secretKey = SK): Promise<string> {
    const res = await this.post<{ token: string }>('/v1/sessions', secretKey, { memberId });
    if (res.status !== 201)
      throw new Error(`session for ${memberId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token;
  }

  async reset(): Promise<void> {
    const res = await this.post('/sandbox/reset', SK);
    if (res.status !== 200) throw new Error(`reset: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async setPoints(memberId: string, balance: number): Promise<void> {
    const res = await this.post(`/sandbox/members/${memberId}/points`, SK, { balance });
    if (res.status !== 200) throw new Error(`setPoints: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async balance(token: string): Promise<number> {
    const res = await this.get<{ balance: number }>('/v1/me/points', token);
    return res.body.balance;
  }
}

/** A delivery block that passes validation. */
export const delivery = {
  recipient: '沈嘉禾',
  mobile: '+86 199-0000-1001',
  address: '浙江省嘉兴市南湖区禾丰路 88 号',
};

/** Redeems one prd_0001 (1,200 points) for `token`'s member, checks the 201, returns the order id. */
export async function redeemOne(
  api: Api,
  token: string,
  headers?: Record<string, string>,
): Promise<string> {
  const order = await api.post(
    '/v1/me/orders',
    token,
    { productId: 'prd_0001', quantity: 1, delivery },
    headers,
  );
  assert.equal(order.status, 201);
  return order.body.id as string;
}

/**
 * Checks what m_1001's points order, sent with `body` and overtaken by a reset after its
 * authentication, left: `answer` is a 401, as for a request coming after the reset (its session
 * went with the reset); under a new session the seed's balance and `seeded` orders are as the
 * reset left them; and the key was not kept with the 401: the new session's retry with `key`
 * places the order (201, not a replay). Returns that session's token and the retry's answer.
 */
export async function assertOrderOvertakenByReset(
  api: Api,
  answer: ApiResponse,
  seeded: number,
  body: unknown,
  key: string,
): Promise<{ later: string; retry: ApiResponse }> {
  assert.equal(answer.status, 401, JSON.stringify(answer.body));
  assert.equal(answer.body.error.code, 'unauthorized');
  const later = await api.session('m_1001');
  assert.equal(await api.balance(later), 12_800);
  assert.equal((await api.get('/v1/me/orders', later)).body.data.length, seeded);
  const retry = await api.post('/v1/me/orders', later, body, { 'Idempotency-Key': key });
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), null);
  return { later, retry };
}

/**
 * Serves an app made with `createApp` on a free local port, for tests that give it their own
 * handlers or log; `close` stops the server (the caller closes its database).
 */
export async function serveApp(app: {
  fetch: (request: Request) => Response | Promise<Response>;
}): Promise<{ api: Api; close: () => Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    api: new Api(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
