// On a PostgreSQL database, which several sandboxes may share, an Idempotency-Key claimed by a
// sandbox that then died (kill -9, out of memory, a container killed) stayed "in flight" for its
// minute of stale time: the member's retry after the restart waited 10 s and answered 409
// idempotency_key_in_use, again and again. The claim now names its sandbox (the instance id it
// holds an advisory lock for while it runs), so a retry sees at once that nobody runs it any more.
export const sql = /* sql */ `
ALTER TABLE idempotency_keys ADD COLUMN owner int;
`;
