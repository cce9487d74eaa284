import { createHash } from 'node:crypto';
import type { Db } from '../db/db.js';
import { ApiError } from './errors.js';
import type { ErrorDetails } from './errors.js';
import { IDEMPOTENCY_KEY_TTL_SECONDS } from '@jiagong/contract';
import type { ErrorCode, Locale } from '@jiagong/contract';

/** What a handler produced: a success body, or a client error worth replaying. */
export type StoredOutcome =
  | { kind: 'ok'; status: number; body: unknown }
  | {
      kind: 'error';
      status: number;
      code: ErrorCode;
      details?: ErrorDetails;
      /**
       * The first answer's language: a replay in another Accept-Language is that answer again,
       * message and field messages alike (records stored before it: the replay's language).
       */
      locale?: Locale;
    };

export interface IdempotencyScope {
  memberId: string;
  endpoint: string;
  key: string;
  requestHash: string;
  now: Date;
  /** The request's language, stored with an error it answers. */
  locale: Locale;
  /**
   * Real time, which the test clock never moves: it times the wait for a first request still
   * running and dates a claim (`claimed_at`), whose age alone says it was abandoned.
   */
  clock: () => Date;
}

// How long a second request with the same key waits for the first one to finish.
const WAIT_MS = 10_000;
// The Retry-After (seconds) of a 409 idempotency_key_in_use: the first request is still running,
// so the same request a moment later is answered from its outcome.
const IN_USE_RETRY_AFTER_SECONDS = 1;
const POLL_MS = 15;
// How often a wait asks again whether the sandbox running the first request still runs.
const OWNER_CHECK_MS = 250;
// An in-flight record claimed this long ago (real time: `claimed_at`, never the test clock, which
// a partner's tests move on while others' orders run) belongs to a crashed process; the key may
// be used again. (A record naming its sandbox is freed at once when that sandbox no longer runs:
// see `owner`.)
const STALE_MS = 60_000;
// Expired records each new request deletes at most. Every request adds one record, so a batch
// larger than one keeps up with any traffic while bounding the work of a single request.
const SWEEP_BATCH = 100;

export function isValidIdempotencyKey(key: string): boolean {
  return key.length >= 1 && key.length <= 255 && /^[\x21-\x7e]+$/.test(key);
}

/** Canonical JSON (sorted keys), so `{a,b}` and `{b,a}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(canonical(parts)).digest('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface KeyRow {
  request_hash: string;
  state: 'in_flight' | 'done';
  status_code: number | null;
  /** The outcome's JSON text as a jsonb string (older records: the outcome itself). */
  response: string | StoredOutcome | null;
  /** On the test clock: the key's window runs from it. */
  created_at: Date;
  /** When the claim was made, in real time (migration 8): its age says whether it was abandoned. */
  claimed_at: Date;
  /** The sandbox running it (`Db.instanceId`); null on PGlite and for records made before. */
  owner: number | null;
}

/**
 * Runs `execute` at most once per (member, endpoint, key) within the documented window
 * (IDEMPOTENCY_KEY_TTL_SECONDS, from the first request, on the test clock); after it the key is
 * new, once its first request has finished: a claim in flight is left to its request however far
 * the test clock moved, until its sandbox no longer runs or, by real time, it is stale. The
 * record is claimed first in its own statement so concurrent twins see it; the handler's writes
 * and the stored outcome then commit in ONE transaction, so a crash can never leave "charged but
 * not recorded". Client errors are stored and replayed like successes; unexpected failures
 * release the key for a retry.
 */
export async function runIdempotent(
  db: Db,
  scope: IdempotencyScope,
  execute: (tx: Db) => Promise<StoredOutcome>,
): Promise<{ outcome: StoredOutcome; replayed: boolean }> {
  const ids = [scope.memberId, scope.endpoint, scope.key];
  const started = scope.clock().getTime();
  /** When the in-flight record's sandbox was last found running (real time): asked every 250 ms. */
  let ownerSeenAt = -Infinity;
  const cutoff = new Date(scope.now.getTime() - IDEMPOTENCY_KEY_TTL_SECONDS * 1000);
  /**
   * The claim (its created_at) this request found in flight and waits for: its answer is this
   * request's too, even if the test clock has meanwhile moved past its window.
   */
  let waitedFor: Date | null = null;
  for (;;) {
    const claimedAt = scope.clock();
    // A finished record older than the window is taken over as a new request in the same
    // statement, so twins arriving after the window still race for one claim. (One in flight is
    // a request still running, or abandoned: see below.)
    const claim = await db.query(
      `INSERT INTO idempotency_keys
         (member_id, endpoint, key, request_hash, state, created_at, owner, claimed_at)
       VALUES ($1, $2, $3, $4, 'in_flight', $5, $7, $8)
       ON CONFLICT (member_id, endpoint, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL,
             response = NULL, created_at = EXCLUDED.created_at, owner = EXCLUDED.owner,
             claimed_at = EXCLUDED.claimed_at
         WHERE idempotency_keys.created_at <= $6 AND idempotency_keys.state = 'done'
           AND idempotency_keys.created_at IS DISTINCT FROM $9
       RETURNING key`,
      [...ids, scope.requestHash, scope.now, cutoff, db.instanceId, claimedAt, waitedFor],
    );
    if (claim.rows.length > 0) {
      await sweepExpired(db, cutoff, new Date(claimedAt.getTime() - STALE_MS));
      const outcome = await executeClaimed(
        db,
        [...ids, scope.now, claimedAt],
        scope.locale,
        execute,
      );
      return { outcome, replayed: false };
    }

    const { rows } = await db.query<KeyRow>(
      `SELECT request_hash, state, status_code, response, created_at, claimed_at, owner
         FROM idempotency_keys
        WHERE member_id = $1 AND endpoint = $2 AND key = $3`,
      ids,
    );
    const row = rows[0];
    // Released, or expired, between our INSERT and SELECT: claim again.
    if (
      !row ||
      (row.state === 'done' &&
        row.created_at.getTime() <= cutoff.getTime() &&
        row.created_at.getTime() !== waitedFor?.getTime())
    ) {
      continue;
    }
    if (row.request_hash !== scope.requestHash) throw new ApiError('idempotency_key_reused');
    if (row.state === 'done' && row.response) {
      const outcome =
        typeof row.response === 'string'
          ? (JSON.parse(row.response) as StoredOutcome)
          : row.response;
      return { outcome, replayed: true };
    }
    // Its sandbox died while running it (on PostgreSQL, which several may share: one that is
    // still running would hold its instance lock; on PGlite startup frees a stopped one's), or
    // it is a minute old in real time: nothing will finish it, so it is free now.
    if (
      scope.clock().getTime() - row.claimed_at.getTime() > STALE_MS ||
      (row.owner !== null &&
        scope.clock().getTime() - ownerSeenAt > OWNER_CHECK_MS &&
        !((await db.instanceRunning(row.owner)) && (ownerSeenAt = scope.clock().getTime())))
    ) {
      await db.query(
        `DELETE FROM idempotency_keys WHERE member_id = $1 AND endpoint = $2 AND key = $3
           AND state = 'in_flight' AND created_at = $4`,
        [...ids, row.created_at],
      );
      continue;
    }
    waitedFor = row.created_at;
    if (scope.clock().getTime() - started > WAIT_MS) throw keyInUse();
    await sleep(POLL_MS);
  }
}

/**
 * Deletes a bounded batch of records older than the window, through the index on created_at (no
 * table scan). SKIP LOCKED lets instances sweeping at once share the work instead of queueing.
 * A failed sweep fails nothing: the next request sweeps again. Only records claimed before
 * `staleBefore` (a minute ago, real time) go: a claim in flight younger than that is a request
 * still running, however far the test clock moved, and an answer as young may be awaited by its
 * twin (a key past its window is still taken as new: the claim's take-over does not wait).
 */
async function sweepExpired(db: Db, cutoff: Date, staleBefore: Date): Promise<void> {
  await db
    .query(
      `DELETE FROM idempotency_keys WHERE (member_id, endpoint, key) IN (
         SELECT member_id, endpoint, key FROM idempotency_keys
          WHERE created_at <= $1 AND claimed_at < $2
          ORDER BY created_at LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)`,
      [cutoff, staleBefore],
    )
    .catch(() => undefined);
}

/** 409 idempotency_key_in_use: the same request a moment later is answered (Retry-After). */
function keyInUse(): ApiError {
  const retryAfterSeconds = IN_USE_RETRY_AFTER_SECONDS;
  const error = new ApiError('idempotency_key_in_use', { retryAfterSeconds });
  error.retryAfterSeconds = retryAfterSeconds;
  return error;
}

/** The request's claim was gone when its outcome was to be stored: its writes are rolled back. */
class ClaimLost extends Error {}

/** This request's own claim: the key, and the claim's two dates (no later claim has both). */
const OWN_CLAIM = `member_id = $1 AND endpoint = $2 AND key = $3 AND state = 'in_flight'
  AND created_at = $4 AND claimed_at = $5`;

/**
 * `claim`: member, endpoint, key, then the claim's created_at and claimed_at. The outcome is
 * stored into that claim only: a `POST /sandbox/reset` between the claim and the handler's
 * transaction empties the table (and the handler then ran on the new seed), or a retry took the
 * claim as abandoned and made its own; either way the outcome has no record to go to, so the
 * handler's writes are rolled back rather than left without one (a retry would do them again),
 * and the request is answered 409 idempotency_key_in_use: sent again, it is answered as things
 * now stand (after a reset: 401, its session gone with the rest).
 */
async function executeClaimed(
  db: Db,
  claim: unknown[],
  locale: Locale,
  execute: (tx: Db) => Promise<StoredOutcome>,
): Promise<StoredOutcome> {
  const store = async (tx: Db, outcome: StoredOutcome) =>
    (
      await tx.query(
        `UPDATE idempotency_keys SET state = 'done', status_code = $6, response = $7::jsonb
          WHERE ${OWN_CLAIM} RETURNING key`,
        // Kept as text inside jsonb: a jsonb object reorders its keys, and a replay should be the
        // first answer byte for byte, not only the same JSON.
        [...claim, outcome.status, JSON.stringify(JSON.stringify(outcome))],
      )
    ).rows.length > 0;
  try {
    return await db.transaction(async (tx) => {
      const outcome = await execute(tx);
      if (!(await store(tx, outcome))) throw new ClaimLost();
      return outcome;
    });
  } catch (error) {
    if (error instanceof ClaimLost) throw keyInUse();
    // A 401 is about the caller, not the request (its session went with a POST /sandbox/reset
    // meanwhile): not kept for the key, which a new session's retry then uses afresh.
    if (error instanceof ApiError && error.status < 500 && error.status !== 401) {
      const outcome: StoredOutcome = {
        kind: 'error',
        status: error.status,
        code: error.code,
        ...(error.details ? { details: error.details } : {}),
        locale,
      };
      // (Nothing was written: with its claim gone too, the answer stands unrecorded.)
      await store(db, outcome);
      return outcome;
    }
    await db.query(`DELETE FROM idempotency_keys WHERE ${OWN_CLAIM}`, claim).catch(() => undefined);
    throw error;
  }
}
