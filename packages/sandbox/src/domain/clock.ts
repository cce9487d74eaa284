/**
 * The sandbox's test clock (`GET`/`POST /sandbox/clock`): the server's clock plus an offset a
 * partner's tests move forward, so that what depends on time (points expiring, a course that has
 * started, the week's quiz, a session's 15 minutes, a loan review) can be tried without waiting.
 * Every handler's `now`, each session's expiry and the seed data read it; nothing in SQL reads
 * the database's own now(). The offset lives in the process: a restart, or `POST /sandbox/reset`,
 * brings back real time, and sandboxes sharing one PostgreSQL database each keep their own.
 */
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

  /** Forward by `ms` (never back: the data written since stays in order). */
  advance(ms: number): void {
    if (ms > 0) this.#offsetMs += ms;
  }

  /** Real time again. */
  reset(): void {
    this.#offsetMs = 0;
  }
}
