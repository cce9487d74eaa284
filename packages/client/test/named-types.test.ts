// The client in a partner's editor: what hovering a call shows, which types a partner can name by
// importing '@jiagong/client', and which mistakes fail to compile. A TypeScript language service
// (the one editors run) compiles small partner programs against the packages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { partnerProgram } from './support/partner-program.js';

describe('in a partner’s editor', () => {
  it('options that may be undefined compile with exactOptionalPropertyTypes', () => {
    // A strict project (exactOptionalPropertyTypes, as @tsconfig/strictest sets) passing what it
    // has: an optional signal, a key its record may lack, an environment variable.
    const program = partnerProgram(
      `
      import { createClient, createServerClient } from '@jiagong/client';
      declare const env: { PK?: string; TIMEOUT?: number; LIMIT?: number };
      declare const controller: AbortController | undefined;
      declare const saved: { idempotencyKey?: string; keepalive?: boolean };
      const client = createClient({
        baseUrl: 'https://x',
        publishableKey: env.PK,
        timeout: env.TIMEOUT,
        locale: undefined,
        fetch: undefined,
        hooks: { beforeRequest: undefined, afterResponse: undefined },
        retry: { limit: env.LIMIT, baseDelayMs: undefined, maxDelayMs: undefined, maxRetryAfterMs: undefined },
        session: undefined,
        getSessionToken: () => ({ token: 'st_1', expiresAt: undefined }),
      });
      createServerClient({ baseUrl: 'https://x', secretKey: 'sk_test_x', retry: undefined });
      export async function main() {
        await client.me.card.get({ signal: controller?.signal, timeout: env.TIMEOUT });
        await client.me.orders.create(
          { productId: 'prd_0001', quantity: 1 },
          { idempotencyKey: saved.idempotencyKey, keepalive: saved.keepalive },
        );
      }
    `,
      0,
      { exactOptionalPropertyTypes: true },
    );
    assert.deepEqual(program.errors(), []);
  });

  it('a call shows the contract’s type names, not the expanded schema', () => {
    const program = partnerProgram(`
      import { createClient } from '@jiagong/client';
      const client = createClient({ baseUrl: 'https://x', publishableKey: 'pk_test_jiaxing' });
      export async function main() {
        const card = await client.me.card.get();
        const page = await client.mall.products.list({ q: '茶' });
        const order = await client.me.orders.create({ productId: 'prd_0001', quantity: 1 });
        const applications = client.me.loanApplications.list();
        const benefits = await client.me.card.benefits();
        const me = client.me;
        const cardMethods = client.me.card;
        return { card, page, order, applications, benefits, me, cardMethods };
      }
    `);
    assert.deepEqual(program.errors(), []);
    assert.equal(program.hover('const card'), 'const card: MemberCard');
    assert.equal(program.hover('const page'), 'const page: Page<Product>');
    assert.equal(program.hover('const order'), 'const order: Order');
    assert.equal(
      program.hover('const applications'),
      'const applications: PagePromise<LoanApplication, Page<LoanApplication>>',
    );
    assert.equal(program.hover('const benefits'), 'const benefits: List<Benefit>');
    assert.equal(
      program.hover('client.me.orders.create'),
      '(property) create: (body: CreateOrderInput, options?: CallOptions | undefined) => Promise<Order>',
    );
    assert.match(
      program.hover('client.mall.products.list'),
      /\(query\?: ProductQuery \| undefined/,
    );
    // A namespace shows its methods' signatures, nested, without the endpoint table's schemas.
    const me = program.hover('const me');
    assert.match(me, /^const me: \{\n/);
    assert.match(
      program.hover('const cardMethods'),
      /\n {4}get: \(options\?: CallOptions \| undefined\) => Promise<MemberCard>;/,
    );
    assert.doesNotMatch(me, /Zod|Lean<|Nest<|Method</);
  });

  it('every endpoint’s named types are exactly its schemas’ types', () => {
    const program = partnerProgram(`
      import type { BodyTypes, QueryTypes, ResponseTypes } from '@jiagong/client';
      import type { EndpointName, Endpoints, RequestBody, RequestQuery, ResponseOf } from '@jiagong/contract';
      type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
      type Check<Names, Of extends Record<EndpointName, unknown>, Has extends EndpointName> = {
        [K in EndpointName]: K extends Has
          ? K extends keyof Names ? (Same<Names[K], Of[K]> extends true ? never : K) : K
          : K extends keyof Names ? K : never;
      }[EndpointName];
      type WithBody = { [K in EndpointName]: Endpoints[K] extends { body: object } ? K : never }[EndpointName];
      type WithQuery = { [K in EndpointName]: Endpoints[K] extends { query: object } ? K : never }[EndpointName];
      export const responses: Check<ResponseTypes, { [K in EndpointName]: ResponseOf<K> }, EndpointName> = undefined as never;
      export const bodies: Check<BodyTypes, { [K in EndpointName]: RequestBody<K> }, WithBody> = undefined as never;
      export const queries: Check<QueryTypes, { [K in EndpointName]: RequestQuery<K> }, WithQuery> = undefined as never;
      export const none: [typeof responses, typeof bodies, typeof queries] extends [never, never, never] ? true : false = true;
    `);
    // Each names the endpoints whose entry is missing or differs from the contract's schema.
    assert.match(program.hover('const responses'), /: never$/);
    assert.match(program.hover('const bodies'), /: never$/);
    assert.match(program.hover('const queries'), /: never$/);
    assert.deepEqual(program.errors(), []);
  });

  it('the method types without an endpoint name are the schemas’ types', () => {
    const program = partnerProgram(`
      import type { Method, MethodArgs, MethodResult, Output } from '@jiagong/client';
      import type { Endpoints, MemberCard, Order } from '@jiagong/contract';
      type Card = Endpoints['me.card.get'];
      type Create = Endpoints['me.orders.create'];
      export const card: Output<Card> = {} as MemberCard;
      export const back: MemberCard = card;
      export const args: MethodArgs<Create> = [{ productId: 'prd_0001', quantity: 1 }];
      export const result: MethodResult<Create> = Promise.resolve({} as Order);
      export const method: Method<Card> = async () => ({}) as MemberCard;
    `);
    assert.deepEqual(program.errors(), []);
    assert.doesNotMatch(program.hover('const card'), /never/);
  });

  it('a partner names what methods take and return from @jiagong/client alone', () => {
    const program = partnerProgram(`
      import { createClient, type CreateOrderInput, type ErrorCode, type LoanApplication,
        type LoanDraft, type MemberCard, type Order, type Page, type Product } from '@jiagong/client';
      const client = createClient({ baseUrl: 'https://x', publishableKey: 'pk_test_jiaxing' });
      export async function main(input: CreateOrderInput): Promise<[MemberCard, Order, Page<Product>, LoanApplication[], LoanDraft | null]> {
        const code: ErrorCode = 'insufficient_points';
        console.log(code);
        // As when they were type aliases: analytics and loggers take Record<string, unknown>.
        const card = await client.me.card.get();
        const record: Record<string, unknown>[] = [
          card,
          input,
          await client.me.orders.get('o_1'),
          await client.mall.products.list(),
          await client.services.list(),
        ];
        console.log(record);
        return [
          await client.me.card.get(),
          await client.me.orders.create(input),
          await client.mall.products.list(),
          (await client.me.loanApplications.list()).data,
          (await client.me.loanDraft.get()).draft,
        ];
      }
    `);
    assert.deepEqual(program.errors(), []);
  });

  it('isApiError(error, code) lists the catalogue’s codes and refuses a misspelt one', () => {
    const program = partnerProgram(`
      import { isApiError } from '@jiagong/client';
      export function handle(error: unknown) {
        if (isApiError(error, 'insufficient_points')) return error.code;
        if (isApiError(error, 'validation_failed')) return error.details;
        if (isApiError(error, 'insufficent_points')) return 'typo';
        if (isApiError(error)) return error.code;
        return undefined;
      }
    `);
    const errors = program.errors();
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /^6: .*"insufficent_points"/);
    assert.equal(
      program.hover('return error.details'),
      '(property) ApiError.details: ApiErrorDetails | undefined',
    );
    assert.equal(program.hover('return error.code'), '(property) code: "insufficient_points"');
  });

  it("a guard's else keeps the other error classes (they have the same members otherwise)", () => {
    // The classes were structurally one type, so a guard's false branch took every class away:
    // after isNetworkError(error) a JiagongError was `never`, after isAuthError an ApiError.
    const program = partnerProgram(`
      import {
        ApiError, JiagongError, NetworkError, isApiError, isAuthError, isJiagongError,
        isNetworkError, isResponseValidationError, isTimeoutError,
      } from '@jiagong/client';
      export function handle(error: unknown): string {
        if (!isJiagongError(error)) throw error;
        if (isNetworkError(error) || isTimeoutError(error)) return 'offline';
        if (isAuthError(error)) return 'sign in';
        if (isResponseValidationError(error)) return error.endpoint;
        if (isApiError(error)) return error.code;
        const other = error;
        return other.message;
      }
      export function afterAuth(error: ApiError): string {
        if (isAuthError(error)) return 'sign in';
        const code = error.code;
        return code;
      }
      export function notOffline(error: NetworkError | ApiError): number {
        if (isTimeoutError(error)) return 0;
        const either = error;
        return either instanceof ApiError ? either.status : 0;
      }
      export const base = (error: JiagongError) => (isNetworkError(error) ? '' : error.message);
    `);
    assert.deepEqual(program.errors(), []);
    assert.equal(program.hover('const other'), 'const other: JiagongError');
    assert.match(
      program.hover('const code'),
      /^const code: "invalid_request" \| .*\| \(string & \{\}\)$/,
    );
    assert.equal(program.hover('const either'), 'const either: NetworkError | ApiError');
  });

  it('a list method is a Promise of its page where a T | Promise<T> is asked (TanStack Query, SWR)', () => {
    // TanStack Query's queryFn and SWR's fetcher return `T | Promise<T>`: given a PagePromise,
    // TypeScript inferred T as the PagePromise itself, so `data.data` did not compile (await
    // gives the page, as React Query does at run time).
    const program = partnerProgram(`
      import { createClient, type Page, type Product } from '@jiagong/client';
      declare function useQuery<T>(options: {
        queryKey: unknown[];
        queryFn: (context: { signal: AbortSignal }) => T | Promise<T>;
      }): { data: T | undefined };
      const client = createClient({ baseUrl: 'https://x', publishableKey: 'pk_test_x' });
      export const names = () =>
        useQuery({
          queryKey: ['products'],
          queryFn: ({ signal }) => client.mall.products.list({ limit: 20 }, { signal }),
        }).data?.data.map((product) => product.name);
      export function firstPage(): Promise<Page<Product>> {
        return client.mall.products.list();
      }
    `);
    assert.deepEqual(program.errors(), []);
  });

  it("a method with an id takes (id, options?), or (id, body, options?), as the README's table says", () => {
    // The table said (id, body?, options?): cancel(id, undefined, { signal }) did not compile.
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    assert.match(
      readme,
      /\| a path parameter `\{id\}` \| `\(id, options\?\)`: `client\.me\.orders\.cancel\(id, \{ signal \}\)`/,
    );
    assert.match(
      readme,
      /\| an `\{id\}` and a body +\| `\(id, body, options\?\)`: `server\.sandbox\.setPoints/,
    );
    const program = partnerProgram(`
      import { createClient, createServerClient } from '@jiagong/client';
      const client = createClient({ baseUrl: 'https://x', getSessionToken: () => 'st_1' });
      const { signal } = new AbortController();
      void client.me.orders.cancel('ord_1', { signal });
      void client.me.courses.signUp('crs_01', { idempotencyKey: 'k', signal });
      // The table's row for an id and a body (the server client's sandbox routes).
      const server = createServerClient({ baseUrl: 'https://x', secretKey: 'sk_test_x' });
      void server.sandbox.setPoints('m_1001', { balance: 500 }, { signal });
    `);
    assert.deepEqual(program.errors(), []);
  });
});
