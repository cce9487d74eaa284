import { endpoints, type Endpoint, type Endpoints } from '@jiagong/contract';
import { buildMethods, type BrowserEndpoints, type ClientOf } from './methods.js';
import { createMemberSession, type MemberSession } from './session.js';
import { createTransport } from './transport.js';
import type { ClientOptions } from './types.js';

/**
 * The client `createClient` returns: every endpoint a browser may call, namespaced
 * (`'me.card.get'` is `client.me.card.get`). What each method takes and returns, by endpoint
 * name: {@link ResponseTypes}, {@link BodyTypes}, {@link QueryTypes}.
 *
 * @interface
 */
// `@interface`: the API docs (typedoc) list each method with its description, not only the alias.
export type JiagongClient = ClientOf<BrowserEndpoints<Endpoints>>;

/**
 * Builds a client for part of the endpoint table, so a bundle only carries the schemas of the
 * families it uses. Pass one of the contract's groups (`cardEndpoints`, `mallEndpoints`,
 * `loanEndpoints`, `catalogueEndpoints` …) or a spread of several. Secret-key endpoints are
 * left out. Options and behaviour are those of {@link createClient}.
 *
 * @example
 * ```ts
 * import { createClientFor } from '@jiagong/client';
 * import { cardEndpoints } from '@jiagong/contract';
 *
 * const client = createClientFor(cardEndpoints, {
 *   baseUrl: 'https://sandbox.jiagong.example',
 *   getSessionToken: () => fetch('/session').then((r) => r.json()),
 * });
 * const card = await client.me.card.get();
 * ```
 */
export function createClientFor<T extends Record<string, Endpoint>>(
  table: T,
  options: ClientOptions,
): ClientOf<BrowserEndpoints<T>> {
  const { getSessionToken, session } = options;
  return clientFor(
    table,
    options,
    session ?? (getSessionToken && createMemberSession(getSessionToken)),
  );
}

/**
 * {@link createClientFor} without the `getSessionToken` option: member endpoints take their
 * session from `session` ({@link createMemberSession}) only, and a client without one calls
 * publishable-key endpoints only. A bundle whose clients need no member session then carries
 * none of the code that obtains and renews one.
 *
 * @example
 * ```ts
 * import { createClientWithSession } from '@jiagong/client';
 * import { catalogueEndpoints } from '@jiagong/contract';
 *
 * const client = createClientWithSession(catalogueEndpoints, {
 *   baseUrl: 'https://sandbox.jiagong.example',
 *   publishableKey: 'pk_test_jiaxing',
 * });
 * const services = await client.services.list();
 * ```
 */
export function createClientWithSession<T extends Record<string, Endpoint>>(
  table: T,
  options: Omit<ClientOptions, 'getSessionToken'>,
): ClientOf<BrowserEndpoints<T>> {
  return clientFor(table, options, options.session);
}

/** The browser client of `table` with the member session `session` (none: public calls only). */
function clientFor<T extends Record<string, Endpoint>>(
  table: T,
  options: Omit<ClientOptions, 'getSessionToken'>,
  session: MemberSession | undefined,
): ClientOf<BrowserEndpoints<T>> {
  const { baseUrl, publishableKey } = options;
  const problem = !baseUrl
    ? 'baseUrl is required'
    : // A `secretKey` (createServerClient's option) would be ignored here, silently: say so.
      publishableKey?.startsWith('sk_') || 'secretKey' in options
      ? 'a secret key (sk_…) must stay on your server (createServerClient)'
      : publishableKey !== undefined && !publishableKey.startsWith('pk_')
        ? 'publishableKey must start with pk_'
        : !publishableKey && !session
          ? 'pass a publishableKey, getSessionToken or a session'
          : '';
  if (problem) throw new TypeError(`Jiagong: ${problem}`);
  return buildMethods(table, createTransport(options, publishableKey, session), false) as ClientOf<
    BrowserEndpoints<T>
  >;
}

/**
 * Creates the typed Jiagong API client for browsers and Node.js: one method per endpoint of the
 * contract (`client.me.card.get()`, `client.mall.products.list({ q })`,
 * `client.me.orders.create(input)` …), every response validated, typed errors, retries with
 * backoff for calls that are safe to repeat, idempotency keys, member-session renewal and
 * cursor pagination.
 *
 * Publishable-key endpoints send the publishable key (or, without one, the member session);
 * member endpoints (`client.me.*`) ask `getSessionToken()` when they first need a session.
 *
 * @example
 * ```ts
 * import { createClient, isApiError } from '@jiagong/client';
 *
 * const client = createClient({
 *   baseUrl: 'https://sandbox.jiagong.example',
 *   publishableKey: 'pk_test_jiaxing',
 *   getSessionToken: async () => (await fetch('/api/jiagong-session')).json(),
 *   locale: 'zh-CN',
 * });
 *
 * const services = await client.services.list();
 * for await (const product of client.mall.products.list({ q: '茶' })) console.log(product.name);
 * try {
 *   await client.me.orders.create({ productId: 'prd_0001', quantity: 1 });
 * } catch (error) {
 *   if (isApiError(error)) console.warn(error.code, error.requestId);
 * }
 * ```
 */
export function createClient(options: ClientOptions): JiagongClient {
  return createClientFor(endpoints, options);
}
