/**
 * The sandbox's test clock (`GET`/`POST /sandbox/clock`): the server's clock plus an offset a
 * partner's tests move forward, so that what depends on time (points expiring, a course that has
 * started, the week's quiz, a session's 15 minutes, a loan review) can be tried without waiting.
 * Every handler's `now`, each session's expiry and the seed data read it; nothing in SQL reads
 * the database's own now(). The offset is kept in the database (table sandbox_clock) and read by
 * every request (`load`), so a restart keeps it with the data written on it, and sandboxes sharing
 * one PostgreSQL database share it; only `POST /sandbox/reset` brings back real time.
 */
import type { Db } from '../db/db.js';

export class TestClock {
  #offsetMs = 0;

  /** `base`: the real clock (tests pass a movable one). */
  constructor(private readonly base: () => Date) {}

  /** The sandbox's present. */
  now(): Date {
    return new Date(this.base().getTime() + this.#offsetMs);
  }

  /** The real (server's) clock, for timers that must not jump with the test clock. */
  real(): Date {
    return this.base();
  }

  /** How far ahead of the real clock the sandbox runs, in whole seconds. */
  get offsetSeconds(): number {
    return Math.floor(this.#offsetMs / 1000);
  }

  /** Reads the offset the database holds (none: real time), for a request about to run. */
  async load(db: Db): Promise<void> {
    const { rows } = await db.query<{ offset_ms: string | number }>(
      'SELECT offset_ms FROM sandbox_clock',
    );
    this.#offsetMs = Number(rows[0]?.offset_ms ?? 0);
  }

  /** Forward by `ms` (never back: the data written since stays in order), for every request. */
  async advance(db: Db, ms: number): Promise<void> {
    if (!(ms > 0)) return;
    const { rows } = await db.query<{ offset_ms: string | number }>(
      `INSERT INTO sandbox_clock (offset_ms) VALUES ($1)
       ON CONFLICT (only_row) DO UPDATE SET offset_ms = sandbox_clock.offset_ms + $1
       RETURNING offset_ms`,
      [Math.round(ms)],
    );
    this.#offsetMs = Number(rows[0]?.offset_ms ?? 0);
  }

  /**
   * To `offsetMs` ahead of real time (`at`), or where it is when another request moved it as far
   * or further: two sandboxes on one database each adding their own `at - now` went twice as far.
   */
  async advanceTo(db: Db, offsetMs: number): Promise<void> {
    const { rows } = await db.query<{ offset_ms: string | number }>(
      `INSERT INTO sandbox_clock (offset_ms) VALUES ($1)
       ON CONFLICT (only_row) DO UPDATE SET offset_ms = GREATEST(sandbox_clock.offset_ms, $1)
       RETURNING offset_ms`,
      [Math.round(offsetMs)],
    );
    this.#offsetMs = Number(rows[0]?.offset_ms ?? 0);
  }

  /** Real time again, for every request. */
  async reset(db: Db): Promise<void> {
    await db.query('DELETE FROM sandbox_clock');
    this.#offsetMs = 0;
  }
}
