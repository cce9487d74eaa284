import * as z from 'zod/mini';

/** An opaque resource id such as `prd_0001` or `ord_…`. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64));

/** ISO 8601 date-time with an offset (the API always answers in +08:00). */
export const DateTime = z.iso.datetime({ offset: true });

/** Calendar date `YYYY-MM-DD` (Asia/Shanghai). */
export const DateOnly = z.iso.date();

/** Money is always an integer number of fen (分); never a float. */
export const Fen = z.int().check(z.minimum(0));

/** Points are non-negative integers. */
export const Points = z.int().check(z.minimum(0));

/** A point delta on the ledger: positive earns, negative spends. */
export const PointsDelta = z.int();

/** A short, user-facing string (names, titles). Never rendered as HTML. */
export const Text = z.string().check(z.maxLength(500));

/** Longer user-facing text (descriptions, consent texts). Never rendered as HTML. */
export const LongText = z.string().check(z.maxLength(20000));

/** An absolute http(s) URL or a root-relative path served by the API. */
export const Url = z.string().check(
  z.maxLength(2048),
  z.refine((s) => /^(https?:\/\/|\/)/.test(s), { message: 'must be an http(s) URL or a path' }),
);

/** Query parameters shared by every cursor-paginated list. */
export const PageQuery = {
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
};

/** `{ data, nextCursor }`: every list endpoint answers this shape. */
export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** A non-paginated list. */
export function List<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item) });
}

export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;
