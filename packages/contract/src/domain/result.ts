/** Failed validation: a stable machine code; UIs turn it into text with `validationMessage`. */
export interface Invalid<C extends string> {
  readonly ok: false;
  readonly code: C;
}

/** Successful validation: always carries the normalised `value` the API expects, plus extras. */
export type Valid<T extends object> = { readonly ok: true; readonly value: string } & Readonly<T>;

/** What a domain validator returns: `{ ok: true, value, … }` or `{ ok: false, code }`. */
export type ValidationResult<T extends object, C extends string> = Valid<T> | Invalid<C>;

export const invalid = <C extends string>(code: C): Invalid<C> => ({ ok: false, code });

/**
 * NFKC (full-width `１２３Ｘ：` → `123X:`), without what a value pasted from a chat, an SMS, an
 * OCR'd photo or a spreadsheet carries besides itself: invisible format characters (zero-width
 * spaces and joiners, a BOM, the bidi marks iOS puts around a copied phone number) and a leading
 * label (`身份证号：`, `手机:`): the text before a colon, if it holds no digit, so a paste of two
 * numbers (`本人：330… 配偶：330…`, `手机：138… 备用：139…`) stays wrong instead of reading as the
 * second, and no `万`, so an amount whose label gives its unit (`借款金额（万元）：5`) stays wrong
 * instead of reading as ¥5.
 * `''` when JavaScript passes a non-string: the field is then `empty`, so the validators never
 * throw and the masks reveal nothing.
 */
export const pasted = (s: unknown): string =>
  typeof s == 'string' ? s.normalize('NFKC').replace(/^[^\d万]*:|\p{Cf}/gu, '') : '';
