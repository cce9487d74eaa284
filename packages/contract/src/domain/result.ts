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
 * `normalise(s)`, or `''` when JavaScript passes a non-string: either way the field is `empty`, so
 * the validators never throw and the masks reveal nothing.
 */
export const normalised = (s: unknown, normalise: (s: string) => string): string =>
  typeof s === 'string' ? normalise(s) : '';
