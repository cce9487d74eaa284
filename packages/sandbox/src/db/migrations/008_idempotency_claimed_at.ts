// A key's claim was aged by its created_at, which is the sandbox's test clock (the key's 24 h
// window runs on it): moving the clock (POST /sandbox/clock) while an order ran made that order's
// retry take its claim as a crashed process's and place the order again. A claim is now also
// dated by real time, which the clock never moves, and only that date says it was abandoned.
// Claims made before (and by an older sandbox still running on the same database) get the
// database's time, to the millisecond like the sandbox's own dates.
export const sql = /* sql */ `
ALTER TABLE idempotency_keys
  ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now());
`;
