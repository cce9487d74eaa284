/**
 * A random UUID v4 for the `Idempotency-Key` header. Made from `crypto.getRandomValues`, which
 * every supported browser has, also where `crypto.randomUUID` is missing (WebViews older than
 * Chrome 92 / Safari 15.4, plain-http pages: it needs a secure context). Elements use it to keep
 * one key per redemption or submission attempt across retries.
 *
 * @example
 * const idempotencyKey = newIdempotencyKey();
 * await client.me.orders.create({ productId: 'prd_0001', quantity: 1 }, { idempotencyKey });
 */
export function newIdempotencyKey(): string {
  // Each x a random hex digit, y one of 8–b (the variant); the 4 is the version.
  const random = crypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    (c < 'y' ? random[i++]! & 15 : (random[i++]! & 3) | 8).toString(16),
  );
}
