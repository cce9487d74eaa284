import { validationMessage } from '@jiagong/contract';
import type { FieldIssue, Locale, ValidationErrorCode, ValidationField } from '@jiagong/contract';

/** A domain validator's failure as a field issue of a 422, in the request's language. */
export function domainIssue(
  path: string,
  field: ValidationField,
  code: ValidationErrorCode,
  locale: Locale,
): FieldIssue {
  return { path, code, message: validationMessage(code, locale, field) };
}

export function plainIssue(
  path: string,
  code: string,
  zh: string,
  en: string,
  locale: Locale,
): FieldIssue {
  return { path, code, message: locale === 'en' ? en : zh };
}

/**
 * A `too_small` issue for a typed text that is kept trimmed (a delivery address, a loan's purpose)
 * when what is kept would be shorter than `minimum` code points or show nothing at all (only
 * spaces and invisible characters such as U+200B): the schema counts the spaces a partner's back
 * end passes on unchanged, so an address of six spaces was taken and kept as an empty one.
 */
export function blankIssue(
  path: string,
  text: string,
  minimum: number,
  locale: Locale,
): FieldIssue | null {
  const kept = text.trim();
  const visible = /[^\s\p{Cf}]/u.test(kept);
  if (visible && [...kept].length >= minimum) return null;
  return minimum > 1 && visible
    ? plainIssue(
        path,
        'too_small',
        `长度不能少于 ${minimum} 个字符（不计前后空格）`,
        `Must be at least ${minimum} characters, not counting spaces around it`,
        locale,
      )
    : plainIssue(path, 'too_small', '不能为空', 'Must not be empty', locale);
}
