import { validateMobile, type CreateOrderInput, type Product } from '@jiagong/contract';
import { newIdempotencyKey } from '@jiagong/client';
import { errorCode } from '../internal/localize.js';
import type { MallMessages } from './messages.js';

/**
 * The delivery form. The address comes in the parts a Chinese address is written in — 省, 市,
 * 区/县 (optional: some cities have none), then 详细地址 — because a browser's address autofill
 * fills a lone street-address box with the street alone, dropping 省/市/区.
 */
export interface DeliveryDraft {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  address: string;
}
export type DeliveryField = keyof DeliveryDraft;

/**
 * Autocomplete and length of each delivery field (the API's limits; 20 for a region name). The
 * API's 20 for the mobile number holds for the 11 digits the form sends: the box takes a number
 * pasted with its label and a note (`手机号码：+86 138 0013 8000（微信同号）`), which a
 * maxlength of 20 cut off.
 */
export const FIELD_ATTRS = {
  recipient: ['name', 40],
  mobile: ['tel-national', 40],
  province: ['address-level1', 20],
  city: ['address-level2', 20],
  district: ['address-level3', 20],
  address: ['street-address', 200],
} as const;

/** The fields in the form's order (their attributes', a few bytes shorter than a list). */
export const DELIVERY_FIELDS = Object.keys(FIELD_ATTRS) as readonly DeliveryField[];

/** The API's one address string, in the order it is written: 浙江省嘉兴市南湖区中山路 1 号. */
export const fullAddress = (draft: DeliveryDraft): string =>
  DELIVERY_FIELDS.slice(2)
    .map((field) => draft[field].trim())
    .join('');

/** The most a member may take in one order: stock, the per-member limit and the API's 99. */
export function maxQuantity(product: Product): number {
  return Math.min(99, product.stock, product.perMemberLimit ?? 99);
}

/** The inline message for a delivery field, or '' when it is valid (same rules as the API). */
export function deliveryFieldError(
  field: DeliveryField,
  draft: DeliveryDraft,
  m: MallMessages,
): string {
  let text = draft[field].trim();
  if (field === 'mobile') {
    const result = validateMobile(text);
    return result.ok ? '' : m.mobileBad[result.code];
  }
  const address = field === 'address';
  // The length rules are the API's, on the whole address.
  return field === 'district'
    ? ''
    : !text
      ? m.required
      : address && (text = fullAddress(draft)).length < 5
        ? m.addrShort
        : text.length > (address ? 200 : 40)
          ? m[address ? 'addrLong' : 'nameLong']
          : '';
}

/** The order body the API takes, with the mobile number normalised as the API stores it. */
export function orderInput(
  { id: productId, fulfilment }: Product,
  quantity: number,
  draft: DeliveryDraft,
): CreateOrderInput {
  const { recipient, mobile } = draft;
  if (fulfilment !== 'delivery') return { productId, quantity };
  const valid = validateMobile(mobile);
  return {
    productId,
    quantity,
    delivery: {
      recipient: recipient.trim(),
      mobile: valid.ok ? valid.value : mobile.trim(),
      address: fullAddress(draft),
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
