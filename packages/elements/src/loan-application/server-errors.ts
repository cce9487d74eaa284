import {
  fieldMessage,
  mobileMessages,
  nameMessages,
  residentIdMessages,
  usccMessages,
  type FieldIssue,
  type LoanProduct,
  type LocalizedText,
  type ValidationErrorCode,
} from '@jiagong/contract';
import type { Locale } from '../internal/localize.js';
import { inputMessages } from '../inputs/messages.js';
import { messages } from './messages.js';

/** The contract's messages of the domain validator behind each `jg-*` input of the form. */
const DOMAIN_FIELDS: Record<string, Partial<Record<ValidationErrorCode, LocalizedText>>> = {
  name: nameMessages,
  idNumber: residentIdMessages,
  mobile: mobileMessages,
  uscc: usccMessages,
};

/**
 * The text for a server-side field error, in the element's language: known codes get our own
 * words (the server answers in the client's `Accept-Language`, which may differ); anything else
 * shows the server's message, as text.
 */
export function serverFieldMessage(
  { code, message }: FieldIssue,
  field: string,
  product: LoanProduct,
  locale: Locale,
): string {
  const domain = DOMAIN_FIELDS[field];
  const consent = product.consents.find((text) => `consent:${text.id}` == field);
  return domain && Object.keys(domain).includes(code)
    ? fieldMessage(domain, code as ValidationErrorCode, locale)
    : // The server's age rule wins over the product data the page loaded (the bank may have
      // changed it); its text is in the client's language, Chinese unless configured otherwise.
      code == 'age_out_of_range' && locale != 'zh-CN'
      ? inputMessages[locale].ageRange(product.minAge, product.maxAge)
      : code == 'consent_required' && consent
        ? messages[locale].consentRequired(consent.title)
        : message;
}
