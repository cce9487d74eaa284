import { validateMobile, type CreateOrderInput, type Product } from '@jiagong/contract';
import { newIdempotencyKey } from '@jiagong/client';
import { errorCode } from '../internal/localize.js';
import type { MallMessages } from './messages.js';

export interface DeliveryDraft {
  recipient: string;
  mobile: string;
  address: string;
}
export type DeliveryField = keyof DeliveryDraft;
export const DELIVERY_FIELDS: readonly DeliveryField[] = ['recipient', 'mobile', 'address'];

/** The most a member may take in one order: stock, the per-member limit and the API's 99. */
export function maxQuantity(product: Product): number {
  return Math.min(99, product.stock, product.perMemberLimit ?? 99);
}

/** The inline message for a delivery field, or '' when it is valid (same rules as the API). */
export function deliveryFieldError(field: DeliveryField, value: string, m: MallMessages): string {
  const text = value.trim();
  if (field === 'mobile') {
    const result = validateMobile(text);
    return result.ok ? '' : m.mobileBad[result.code];
  }
  const address = field === 'address';
  return !text
    ? m.required
    : address && text.length < 5
      ? m.addrShort
      : text.length > (address ? 200 : 40)
        ? m[address ? 'addrLong' : 'nameLong']
        : '';
}

/** The order body the API takes, with the mobile number normalised as the API stores it. */
export function orderInput(
  { id: productId, fulfilment }: Product,
  quantity: number,
  { recipient, mobile, address }: DeliveryDraft,
): CreateOrderInput {
  if (fulfilment !== 'delivery') return { productId, quantity };
  const valid = validateMobile(mobile.trim());
  return {
    productId,
    quantity,
    delivery: {
      recipient: recipient.trim(),
      mobile: valid.ok ? valid.value : mobile.trim(),
      address: address.trim(),
    },
  };
}

/** Codes after which the server did not and will not create the order: the attempt is over. */
const FINAL_CODES = [
  'insufficient_points',
  'out_of_stock',
  'limit_exceeded',
  'card_inactive',
  'validation_failed',
  'invalid_request',
  'not_found',
  'forbidden',
  'idempotency_key_reused',
];

/**
 * Whether a failed submit is final. Anything else (network loss, timeout, 5xx, a request still
 * in progress) leaves the outcome unknown: the attempt keeps its key so a retry can never
 * charge twice — the server answers a replay with the first result.
 */
export const isFinalFailure = (error: unknown): boolean => FINAL_CODES.includes(errorCode(error)!);

/**
 * One redemption attempt: the body shown in the confirmation and the `Idempotency-Key` it is
 * sent with. The key is made when the confirmation opens and reused for every send of the same
 * body until the attempt ends (success or a final failure); only then does a new attempt start.
 */
export interface RedemptionAttempt {
  readonly input: CreateOrderInput;
  readonly key: string;
  /** The body as sent (orderInput always builds it in the same order). */
  readonly body: string;
}

/** The attempt to use for `input`: `previous` while its outcome is unknown and the body is the same. */
export function attemptFor(
  previous: RedemptionAttempt | undefined,
  input: CreateOrderInput,
): RedemptionAttempt {
  const body = JSON.stringify(input);
  return previous?.body === body ? previous : { input, key: newIdempotencyKey(), body };
}
