import type * as z from 'zod/mini';
import type { Endpoint } from './endpoints/endpoint.js';
import { catalogueEndpoints } from './endpoints/catalogue.js';
import { mallCatalogueEndpoints, mallMemberEndpoints } from './endpoints/mall.js';
import { loanProductEndpoints, loanMemberEndpoints } from './endpoints/loans.js';
import { cardEndpoints } from './endpoints/card.js';
import { partnerServerEndpoints, sandboxEndpoints } from './endpoints/server.js';
import { contentEndpoints } from './endpoints/content.js';

export type { AuthKind, HttpMethod, Endpoint } from './endpoints/endpoint.js';
export { commonErrors, endpointDocs, type EndpointDoc } from './endpoints/docs.js';
// Each resource family in its own module, so a bundle that only uses one family (the card, the
// mall …) does not pull the schemas of the others: see `createClientFor` in @jiagong/client.
export * from './endpoints/catalogue.js';
export * from './endpoints/mall.js';
export * from './endpoints/loans.js';
export * from './endpoints/card.js';
export * from './endpoints/server.js';
export * from './endpoints/content.js';

/**
 * The partner API, one entry per endpoint. The sandbox's routes and validation, the client's
 * methods (`'me.orders.create'` becomes `client.me.orders.create`) and docs/openapi.json are
 * all derived from this table, so they cannot drift apart. The summary and error codes of each
 * endpoint, which only the docs need, are in `endpointDocs` under the same keys.
 */
export const endpoints = {
  ...catalogueEndpoints,
  ...mallCatalogueEndpoints,
  ...loanProductEndpoints,
  ...partnerServerEndpoints,
  ...cardEndpoints,
  ...mallMemberEndpoints,
  ...loanMemberEndpoints,
  ...contentEndpoints,
  ...sandboxEndpoints,
} as const satisfies Record<string, Endpoint>;

/** The type of the endpoint table `endpoints`. */
export type Endpoints = typeof endpoints;
/**
 * An endpoint's name (`'me.card.get'` …): its key in `endpoints`, and its method's path on the
 * client.
 */
export type EndpointName = keyof Endpoints;

/** `'/v1/me/orders/{id}/cancel'` → `'id'`. */
export type PathParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | PathParamNames<Rest>
  : never;

/** The body endpoint `N` takes (`never` when it takes none). */
export type RequestBody<N extends EndpointName> = Endpoints[N] extends {
  body: infer B extends z.ZodMiniType;
}
  ? z.input<B>
  : never;
/** The query endpoint `N` takes (`never` when it takes none). */
export type RequestQuery<N extends EndpointName> = Endpoints[N] extends {
  query: infer Q extends z.ZodMiniType;
}
  ? z.input<Q>
  : never;
/** What endpoint `N` answers, validated. */
export type ResponseOf<N extends EndpointName> = z.output<Endpoints[N]['response']>;

/** Names of the path parameters of a path template, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Fill a path template: `fillPath('/v1/me/orders/{id}', { id: 'o 1' })` → `/v1/me/orders/o%201`. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

/** Whether a failed call of this endpoint may be sent again without changing the outcome. */
export function isRetrySafe(endpoint: Endpoint, hasIdempotencyKey: boolean): boolean {
  if (endpoint.method !== 'POST') return true;
  return (
    Boolean(endpoint.naturallyIdempotent) || (Boolean(endpoint.idempotencyKey) && hasIdempotencyKey)
  );
}
