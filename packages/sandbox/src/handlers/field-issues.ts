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
