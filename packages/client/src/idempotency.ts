/**
 * A random UUID v4 for the `Idempotency-Key` header. `crypto.randomUUID` is missing in WebViews
 * older than Chrome 92 / Safari 15.4 and on plain-http pages (it needs a secure context), where
 * `getRandomValues` still works. Elements use it to keep one key per redemption or submission
 * attempt across retries.
 *
 * @example
 * const idempotencyKey = newIdempotencyKey();
 * await client.me.orders.create({ productId: 'prd_0001', quantity: 1 }, { idempotencyKey });
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => (byte + 0x100).toString(16).slice(1)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
