/**
 * A UUID v4 for the `Idempotency-Key` of one redemption attempt. `crypto.randomUUID` exists only
 * in secure contexts, and intranet pages and some WebViews are served over plain http, so the
 * key is built from `getRandomValues`, which every supported engine has everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
