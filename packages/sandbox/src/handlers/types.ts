import type {
  EndpointName,
  Endpoints,
  Locale,
  PathParamNames,
  ResponseOf,
} from '@jiagong/contract';
import type * as z from 'zod/mini';
import type { Db } from '../db/db.js';
import type { TestClock } from '../domain/clock.js';
import type { Partner } from '../http/auth.js';

type QueryOf<N extends EndpointName> = Endpoints[N] extends { query: infer Q extends z.ZodMiniType }
  ? z.output<Q>
  : undefined;
type BodyOf<N extends EndpointName> = Endpoints[N] extends { body: infer B extends z.ZodMiniType }
  ? z.output<B>
  : undefined;

/** Everything a handler gets: already authenticated, validated and typed from the contract. */
export type HandlerContext<N extends EndpointName> = {
  /** A transaction when the endpoint runs under an Idempotency-Key. */
  db: Db;
  /** The request's instant; handlers never read the wall clock (tests move this one). */
  now: Date;
  /** The sandbox's test clock, which only `/sandbox/clock` and `/sandbox/reset` move. */
  clock: TestClock;
  locale: Locale;
  /** Scheme + host the client used; asset URLs are built on it. */
  origin: string;
  requestId: string;
  partner: Partner;
  params: Record<PathParamNames<Endpoints[N]['path']>, string>;
  query: QueryOf<N>;
  body: BodyOf<N>;
} & (Endpoints[N]['auth'] extends 'session' ? { memberId: string } : { memberId: string | null });

export type Handler<N extends EndpointName> = (ctx: HandlerContext<N>) => Promise<ResponseOf<N>>;

/** A mapped type over the whole table: adding an endpoint to the contract fails the build here. */
export type HandlerMap = { [N in EndpointName]: Handler<N> };

/** Handlers of one resource; the map is assembled from these. */
export type HandlerGroup<K extends EndpointName> = { [N in K]: Handler<N> };
