// Before keys were scoped to a partner (68ebe1d), an idempotency record was keyed by the bare member id; now by
// partner/member. Left as they were, such records (kept 24 h) no longer matched, so a request
// retried across the upgrade ran again: a second order, points spent twice. Each becomes the
// record of the partner(s) whose session of that member was live when it was made.
export const sql = /* sql */ `
INSERT INTO idempotency_keys
  (member_id, endpoint, key, request_hash, state, status_code, response, created_at)
SELECT p.id || '/' || k.member_id, k.endpoint, k.key, k.request_hash, k.state, k.status_code,
       k.response, k.created_at
  FROM idempotency_keys k
  JOIN partners p ON EXISTS (
    SELECT 1 FROM sessions s
     WHERE s.member_id = k.member_id AND s.partner_id = p.id
       AND s.created_at <= k.created_at AND s.expires_at > k.created_at)
 WHERE k.member_id NOT LIKE 'partner:%' AND position('/' in k.member_id) = 0
ON CONFLICT DO NOTHING;
DELETE FROM idempotency_keys WHERE member_id NOT LIKE 'partner:%' AND position('/' in member_id) = 0;
`;
