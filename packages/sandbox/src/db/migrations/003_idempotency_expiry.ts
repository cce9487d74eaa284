// Idempotency records are kept for the window the API documents (IDEMPOTENCY_KEY_TTL_SECONDS):
// the index lets a request delete a bounded batch of expired records without a table scan.
export const sql = /* sql */ `
CREATE INDEX idempotency_keys_created_at ON idempotency_keys(created_at);
`;
