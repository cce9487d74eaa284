import { validateMobile, type CreateOrderInput, type Product } from '@jiagong/contract';
import { errorCode } from '../internal/localize.js';
import type { MallMessages } from './messages.js';
import { newIdempotencyKey } from '@jiagong/client';

export interface DeliveryDraft {
  recipient: string;
  mobile: string;
  address: string;
}
export type DeliveryField = keyof DeliveryDraft;
export const DELIVERY_FIELDS: readonly DeliveryField[] = ['recipient', 'mobile', 'address'];

/** The most a member may take in one order: stock, the per-member limit and the API's 99. */
export function maxQuantity(product: Product): number {
  return Math.max(0, Math.min(99, product.stock, product.perMemberLimit ?? 99));
}

/** The inline message for a delivery field, or '' when it is valid (same rules as the API). */
export function deliveryFieldError(field: DeliveryField, value: string, m: MallMessages): string {
  const text = value.trim();
  switch (field) {
    case 'recipient':
      if (!text) return m.fieldRequired;
      return text.length > 40 ? m.recipientTooLong : '';
    case 'mobile': {
      const result = validateMobile(text);
      return result.ok ? '' : m.mobileInvalid[result.code];
    }
    case 'address':
      if (!text) return m.fieldRequired;
      if (text.length < 5) return m.addressTooShort;
      return text.length > 200 ? m.addressTooLong : '';
  }
}

/** The order body the API takes, with the mobile number normalised as the API stores it. */
export function orderInput(
  product: Product,
  quantity: number,
  delivery: DeliveryDraft,
): CreateOrderInput {
  if (product.fulfilment !== 'delivery') return { productId: product.id, quantity };
  const mobile = validateMobile(delivery.mobile.trim());
  return {
    productId: product.id,
    quantity,
    delivery: {
      recipient: delivery.recipient.trim(),
      mobile: mobile.ok ? mobile.value : delivery.mobile.trim(),
      address: delivery.address.trim(),
    },
  };
}

/** Codes after which the server did not and will not create the order: the attempt is over. */
const FINAL_CODES = new Set([
  'insufficient_points',
  'out_of_stock',
  'limit_exceeded',
  'card_inactive',
  'validation_failed',
  'invalid_request',
  'not_found',
  'forbidden',
  'idempotency_key_reused',
]);

/**
 * Whether a failed submit is final. Anything else (network loss, timeout, 5xx, a request still
 * in progress) leaves the outcome unknown: the attempt keeps its key so a retry can never
 * charge twice — the server answers a replay with the first result.
 */
export function isFinalFailure(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && FINAL_CODES.has(code);
}

/**
 * One redemption attempt: the body shown in the confirmation and the `Idempotency-Key` it is
 * sent with. The key is made when the confirmation opens and reused for every send of the same
 * body until the attempt ends (success or a final failure); only then does a new attempt start.
 */
export class RedemptionAttempt {
  readonly key: string;
  readonly fingerprint: string;

  constructor(readonly input: CreateOrderInput) {
    this.key = newIdempotencyKey();
    this.fingerprint = fingerprintOf(input);
  }

  /** The attempt to use for `input`: this one while its outcome is unknown and the body is the same. */
  static resume(
    previous: RedemptionAttempt | undefined,
    input: CreateOrderInput,
  ): RedemptionAttempt {
    return previous && previous.fingerprint === fingerprintOf(input)
      ? previous
      : new RedemptionAttempt(input);
  }
}

function fingerprintOf(input: CreateOrderInput): string {
  const d = input.delivery;
  return JSON.stringify([input.productId, input.quantity, d?.recipient, d?.mobile, d?.address]);
}
