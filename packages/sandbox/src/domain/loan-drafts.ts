/**
 * A draft's values without a resident ID number (sensitive PI, DOMAIN §8: kept only with the
 * application the member gave her separate consent for, and then masked): the value of any
 * `idNumber` key, at any depth, and any text that reads as an ID number (17 digits and a digit or
 * X once spaces (JavaScript's \s, U+3000 among them), dashes, brackets, colons and Chinese
 * characters such as 身份证号 are left out; no checksum asked: a mistyped one is still hers) become
 * ''. Everything else the member typed stays. `<jg-loan-application>` sends none since 8b3d044; an
 * older version still on a page sent what the member typed, and a partner's own form may name the
 * field otherwise.
 *
 * The one rule for every draft the sandbox holds: a save applies it (handlers/loans.ts), a read
 * applies it to a row an older sandbox sharing the database wrote, and migration 10 rewrites
 * through it the drafts a sandbox before it kept.
 */
export function withoutIdNumbers(value: unknown, key?: string): unknown {
  if (
    key == 'idNumber' ||
    (typeof value == 'string' &&
      /^\d{17}[\dX]$/.test(
        value.replace(/[\s()（）:：\u2010-\u2015-]|[\u4e00-\u9fff]/g, '').toUpperCase(),
      ))
  ) {
    return '';
  }
  if (Array.isArray(value)) return value.map((item) => withoutIdNumbers(item));
  return value && typeof value == 'object'
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutIdNumbers(v, k)]))
    : value;
}
