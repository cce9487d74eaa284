// The shape of one endpoint entry. Kept apart from the table so each resource family can live in
// its own module and a bundle only pulls the schemas of the families it uses.
// Its summary and error codes, which only the docs need, are in `docs.ts`.
import type * as z from 'zod/mini';

/**
 * Which credential an endpoint takes, always as `Authorization: Bearer …`:
 * - `publishable`: a publishable key (`pk_…`) — or a member session, which also names the partner;
 * - `secret`: a secret key (`sk_…`), partner back ends only;
 * - `session`: a member session token (`st_…`).
 */
export type AuthKind = 'publishable' | 'secret' | 'session';

/** An HTTP method the API's endpoints use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One entry of the endpoint table: how to call an endpoint, and the schemas of what it takes and
 * answers.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  /** Path with `{name}` placeholders for path parameters. */
  readonly path: string;
  readonly auth: AuthKind;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  readonly response: z.ZodMiniType;
  /** HTTP status of success (200 unless a resource is created). */
  readonly status?: 200 | 201;
  /** Takes an `Idempotency-Key`; the client makes one when the caller gives none. */
  readonly idempotencyKey?: boolean;
  /** A POST whose repetition changes nothing (cancel, withdraw), so it may be retried. */
  readonly naturallyIdempotent?: boolean;
  readonly paginated?: boolean;
  /** Only the sandbox serves it. */
  readonly sandboxOnly?: boolean;
}
