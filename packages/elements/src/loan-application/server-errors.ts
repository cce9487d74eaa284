import {
  VALIDATION_ERROR_CODES_BY_FIELD,
  validationMessage,
  type FieldIssue,
  type LoanProduct,
  type ValidationErrorCode,
  type ValidationField,
} from '@jiagong/contract';
import type { Locale } from '../internal/localize.js';
import { inputMessages } from '../inputs/messages.js';
import { loanMessages } from './messages.js';

const DOMAIN_FIELDS: Record<string, ValidationField> = {
  name: 'name',
  idNumber: 'residentId',
  mobile: 'mobile',
  uscc: 'uscc',
};

/**
 * The text for a server-side field error, in the element's language: known codes get our own
 * words (the server answers in the client's `Accept-Language`, which may differ); anything else
 * shows the server's message, as text.
 */
export function serverFieldMessage(
  issue: FieldIssue,
  field: string,
  product: LoanProduct,
  locale: Locale,
): string {
  const domain = DOMAIN_FIELDS[field];
  if (
    domain &&
    (VALIDATION_ERROR_CODES_BY_FIELD[domain] as readonly string[]).includes(issue.code)
  ) {
    return validationMessage(issue.code as ValidationErrorCode, locale, domain);
  }
  // The server's rule wins over the product data the page loaded (the bank may have changed
  // it). Its text is in the client's language, Chinese unless configured otherwise.
  if (issue.code === 'age_out_of_range' && locale !== 'zh-CN') {
    return inputMessages[locale].ageRange(product.minAge, product.maxAge);
  }
  if (issue.code === 'consent_required' && field.startsWith('consent:')) {
    const text = product.consents.find((c) => `consent:${c.id}` === field);
    if (text) return loanMessages[locale].consentRequiredError(text.title);
  }
  return issue.message;
}
