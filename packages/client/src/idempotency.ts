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
  // Each x a random hex digit, y one of 8–b (the variant); the 4 is the version.
  const random = crypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    (c === 'x' ? random[i++]! & 15 : (random[i++]! & 3) | 8).toString(16),
  );
}
