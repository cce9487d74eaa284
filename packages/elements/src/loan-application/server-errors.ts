import type { FieldIssue, LoanProduct, ValidationErrorCode } from '@jiagong/contract';
import { isolate, type Catalogue, type Localizer } from '../internal/localize.js';
import {
  inputMessages,
  mobileTexts,
  nameTexts,
  residentIdTexts,
  usccTexts,
} from '../inputs/messages.js';
import { messages } from './messages.js';

/** The contract's texts of the domain validator behind each `jg-*` input of the form. */
const DOMAIN_FIELDS: Record<string, Catalogue<Partial<Record<ValidationErrorCode, string>>>> = {
  name: nameTexts,
  idNumber: residentIdTexts,
  mobile: mobileTexts,
  uscc: usccTexts,
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
  t: Localizer,
): string {
  const table = DOMAIN_FIELDS[field];
  // A string only: a code named like an Object member (`constructor`) is not one of the texts.
  const domain = table && t.pick(table)[code as ValidationErrorCode];
  const consent = product.consents.find((text) => `consent:${text.id}` == field);
  return typeof domain == 'string'
    ? domain
    : // The server's age rule wins over the product data the page loaded (the bank may have
      // changed it); its text is in the client's language, Chinese unless configured otherwise.
      code == 'age_out_of_range' && t.locale != 'zh-CN'
      ? t.pick(inputMessages).ageRange(product.minAge, product.maxAge)
      : code == 'consent_required' && consent
        ? t.pick(messages).mustAgree(isolate(consent.title))
        : message;
}
