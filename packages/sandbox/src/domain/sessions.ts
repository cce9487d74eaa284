import type { Db } from '../db/db.js';

/**
 * How long an ended session is kept: a token a day old still answers `session_expired` (which a
 * partner's logs can tell from a wrong token), and nothing older than that piles up.
 */
export const ENDED_SESSION_KEPT_SECONDS = 24 * 60 * 60;
// Each new session deletes at most this many old ones: more than the one it adds, so the table
// keeps up with any traffic, while one request's work stays bounded.
const SWEEP_BATCH = 100;

/**
 * Deletes a batch of sessions ended more than ENDED_SESSION_KEPT_SECONDS before `now`, through the
 * index on expires_at. SKIP LOCKED lets instances sharing a database split the work; a failed
 * sweep fails nothing (the next session sweeps again).
 */
export async function sweepEndedSessions(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - ENDED_SESSION_KEPT_SECONDS * 1000);
  await db
    .query(
      `DELETE FROM sessions WHERE token_hash IN (
         SELECT token_hash FROM sessions WHERE expires_at <= $1
          ORDER BY expires_at LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)`,
      [cutoff],
    )
    .catch(() => undefined);
}
