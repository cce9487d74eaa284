// English texts of the form inputs, with the contract's English validation texts of their fields:
// `import '@jiagong/elements/inputs/en'`.
import {
  amountTextsEn,
  mobileTextsEn,
  nameTextsEn,
  residentIdTextsEn,
  usccTextsEn,
} from '@jiagong/contract';
import '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
// The inputs entry also defines <jg-union-picker>.
import '../union-picker/en.js';
import {
  amountTexts,
  inputMessages,
  mobileTexts,
  nameTexts,
  residentIdTexts,
  usccTexts,
} from './messages.js';

inputMessages.en = {
  required: 'required',
  rangeUnderflow: (min) => `The amount must be at least ${min}`,
  rangeOverflow: (max) => `The amount must be at most ${max}`,
  ageRange: (min, max) =>
    min !== undefined && max !== undefined
      ? `The applicant must be ${min} to ${max} years old`
      : min !== undefined
        ? `The applicant must be at least ${min} years old`
        : `The applicant must be at most ${max} years old`,
  idDerived: (birthDate, sex) => `Born ${birthDate} · ${sex === 'male' ? 'male' : 'female'}`,
  uppercase: (words) => `In words: ${words}`,
  currency: '¥',
  yuan: 'yuan',
  invalid: 'The format is not valid',
};

residentIdTexts.en = residentIdTextsEn;
mobileTexts.en = mobileTextsEn;
usccTexts.en = usccTextsEn;
nameTexts.en = nameTextsEn;
amountTexts.en = amountTextsEn;

localeLoaded();
