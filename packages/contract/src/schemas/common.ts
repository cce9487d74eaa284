import type * as z from 'zod/mini';
import * as s from './build.js';
import { int, maxLength, maximum, minLength, minimum, pattern } from './checks.js';

// Dates are checked with the exact patterns and formats of zod's `z.iso.date()` and
// `z.iso.datetime({ offset: true })` (leap years included) on a plain string: the iso builders
// cost every browser bundle about 0.5 KB gzip more.
const date = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const hhmm = String.raw`(?:[01]\d|2[0-3]):[0-5]\d`;

/** An opaque resource id such as `prd_0001` or `ord_…`. */
export const Id = s.string(minLength(1), maxLength(64));

/** ISO 8601 date-time with seconds and an offset or `Z` (the API always answers in +08:00). */
export const DateTime = s.string(
  pattern(
    /* @__PURE__ */ new RegExp(`^${date}T(?:${hhmm}:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-]${hhmm})))$`),
    'expected date-time',
    'datetime',
  ),
);

/** Calendar date `YYYY-MM-DD` (Asia/Shanghai). */
export const DateOnly = s.string(
  pattern(/* @__PURE__ */ new RegExp(`^${date}$`), 'expected date', 'date'),
);

/** A non-negative integer: a count, a stock, an amount. */
export const Count = s.number(int, minimum(0));

/** Money is always an integer number of fen (分); never a float. */
export const Fen = Count;

/** Points are non-negative integers. */
export const Points = Count;

/** A point delta on the ledger: positive earns, negative spends. */
export const PointsDelta = s.Int;

/** A short, user-facing string (names, titles). Never rendered as HTML. */
export const Text = s.string(maxLength(500));

/** Longer user-facing text (descriptions, consent texts). Never rendered as HTML. */
export const LongText = s.string(maxLength(20000));

/** An absolute http(s) URL or a root-relative path served by the API. */
export const Url = s.string(
  maxLength(2048),
  pattern(/^(https?:\/\/|\/)/, 'expected an http(s) URL or a path'),
);

/** Query parameters shared by every cursor-paginated list. */
export const PageQuery = {
  cursor: s.optional(s.string(maxLength(200))),
  limit: s.optional(s.coercedNumber(int, minimum(1), maximum(100))),
};

/** `{ data, nextCursor }`: every list endpoint answers this shape. */
/* @__NO_SIDE_EFFECTS__ */
export function Page<T extends z.ZodMiniType>(item: T) {
  return s.object({ data: s.array(item), nextCursor: s.nullable(s.string()) });
}

/** A non-paginated list. */
/* @__NO_SIDE_EFFECTS__ */
export function List<T extends z.ZodMiniType>(item: T) {
  return s.object({ data: s.array(item) });
}

/** A language of the API's messages and texts: `zh-CN` (the default) or `en`. */
export const Locale = s.enum(['zh-CN', 'en']);
/** A language of the API's messages and texts: `zh-CN` (the default) or `en`. */
export type Locale = z.infer<typeof Locale>;
