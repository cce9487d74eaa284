import type * as z from 'zod/mini';
import type { Endpoint } from '@jiagong/contract';
import type { ClientMethodDocs } from './generated/client-methods.js';
import type { BodyTypes, Named, QueryTypes, ResponseTypes } from './named.js';
import { PagePromise, type Page } from './page-promise.js';
import type { Send } from './transport.js';
import type { CallOptions } from './types.js';

/**
 * The validated response type of an endpoint; given the endpoint's name `K`, the contract's
 * named type of it (`MemberCard`, `Page<Product>` …), which editors show by name.
 */
export type Output<E extends Endpoint, K = never> = Named<
  ResponseTypes,
  K,
  z.output<E['response']>
>;

/** The arguments of an endpoint's method: `(id?, body | query?, options?)`. */
export type MethodArgs<E extends Endpoint, K = never> = [
  ...(E['path'] extends `${string}{${string}}${string}` ? [id: string] : []),
  ...(E extends { body: infer B extends z.ZodMiniType }
    ? [body: Named<BodyTypes, K, z.input<B>>, options?: CallOptions]
    : E extends { query: infer Q extends z.ZodMiniType }
      ? [query?: Named<QueryTypes, K, z.input<Q>>, options?: CallOptions]
      : [options?: CallOptions]),
];

/** What an endpoint's method returns: a `PagePromise` for lists, else a `Promise`. */
export type MethodResult<E extends Endpoint, K = never> = E extends { paginated: true }
  ? Output<E, K> extends Page<infer Item>
    ? PagePromise<Item, Output<E, K>>
    : never
  : Promise<Output<E, K>>;

/** The method of one endpoint (`K`: its name in the table, for the contract's named types). */
export type Method<E extends Endpoint, K = never> = (
  ...args: MethodArgs<E, K>
) => MethodResult<E, K>;

type Head<K extends string> = K extends `${infer H}.${string}` ? H : K;

/**
 * Dotted keys become nested objects: `{ 'me.card.get': F }` → `{ me: { card: { get: F } } }`.
 * `D`, a tree of the same keys (as {@link ClientMethodDocs}), gives each property its declaration,
 * so hovering `client.me.card.get` shows the doc comment that `D`'s `me.card.get` has.
 */
export type Nest<M, D = object> = Nested<
  M,
  // `D`'s keys first, each with its declaration, then those of `M` that `D` lacks.
  D & { [H in Exclude<Head<keyof M & string>, keyof D>]: unknown }
>;

// A mapped type over `keyof X` keeps the declarations (the doc comments) of `X`'s properties as
// long as its `as` clause only filters keys; renaming them (`'me.card.get'` → `get`) drops them,
// so the names come from the tree `X`, not from `M`'s dotted keys. `& {}` makes editors show the
// nested methods rather than the alias.
type Nested<M, X> = {
  [H in keyof X as H extends Head<keyof M & string> ? H : never]: H extends keyof M
    ? M[H]
    : Nest<
        { [K in keyof M & string as K extends `${H & string}.${infer Rest}` ? Rest : never]: M[K] },
        X[H] extends object ? X[H] : object
      >;
} & {};

/** The endpoints of a table that a browser client may call (no secret-key endpoints). */
export type BrowserEndpoints<T> = {
  [K in keyof T as T[K] extends { auth: 'secret' } ? never : K]: T[K];
};

/** The secret-key endpoints of a table. */
export type SecretEndpoints<T> = {
  [K in keyof T as T[K] extends { auth: 'secret' } ? K : never]: T[K];
};

/**
 * The typed client of an endpoint table: one method per entry, namespaced by its dotted key, with
 * the doc comment of {@link ClientMethodDocs} (generated from the contract's `endpointDocs`).
 */
export type ClientOf<T> = Nest<
  {
    [K in keyof T & string]: T[K] extends Endpoint
      ? (...args: MethodArgs<T[K], K>) => MethodResult<T[K], K>
      : never;
  },
  ClientMethodDocs
>;

/**
 * Walks an endpoint table and builds one method per entry (`'me.orders.create'` becomes
 * `client.me.orders.create`), so no endpoint has hand-written client code. `secret` picks the
 * secret-key endpoints (the server client) or every other one (the browser client).
 */
export function buildMethods(
  table: Record<string, Endpoint>,
  send: Send,
  secret: boolean,
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const name of Object.keys(table)) {
    const endpoint = table[name]!;
    if ((endpoint.auth === 'secret') !== secret) continue;
    const takesInput = endpoint.body || endpoint.query;
    const method = (...args: unknown[]) => {
      // An endpoint has at most one path parameter, `{id}`: the first argument.
      const path = endpoint.path.replace(/\{\w+\}/, (param) => {
        const id = args.shift() as string | undefined;
        // URL parsing resolves `.` and `..` (`/v1/me/orders/..` is `/v1/me/`, even encoded):
        // another endpoint's path, not this resource's.
        if (!id || id == '.' || id == '..')
          throw new TypeError(`Jiagong: ${name} needs its ${param.slice(1, -1)}`);
        return encodeURIComponent(id);
      });
      const input = takesInput ? args.shift() : undefined;
      // `(id, undefined, options)` for a method without a body is accepted too.
      const options = (args[0] ?? args[1]) as CallOptions | undefined;
      return endpoint.paginated
        ? new PagePromise(
            (cursor) =>
              send(
                name,
                endpoint,
                path,
                cursor ? { ...(input as object), cursor } : input,
                options,
              ) as Promise<Page<unknown>>,
          )
        : send(name, endpoint, path, input, options);
    };
    const keys = name.split('.');
    const last = keys.pop()!;
    let node = root;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = method;
  }
  return root;
}
