// The test clock's offset (POST /sandbox/clock) lived in the process: a restart brought real time
// back while the data written on the moved clock stayed, so a sandbox restarted after a move of a
// year had orders and points entries dated a year ahead, and sessions minted then that lived a year
// instead of 15 minutes; and sandboxes sharing one PostgreSQL database each had a clock of their
// own. One row (none: real time), read by every request; `POST /sandbox/reset` clears it.
export const sql = /* sql */ `
CREATE TABLE sandbox_clock (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  offset_ms bigint NOT NULL CHECK (offset_ms >= 0)
);
`;
