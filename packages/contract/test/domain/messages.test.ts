import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  VALIDATION_ERROR_CODES_BY_FIELD,
  amountMessages,
  bankCardMessages,
  fieldMessage,
  mobileMessages,
  nameMessages,
  residentIdMessages,
  usccMessages,
  validationMessage,
} from '../../src/domain/index.js';
import * as domain from '../../src/domain/index.js';
import type { ValidationErrorCode, ValidationField } from '../../src/domain/index.js';

const fields = Object.keys(VALIDATION_ERROR_CODES_BY_FIELD) as ValidationField[];

describe('validationMessage', () => {
  it('has a zh-CN and an English message for every code of every field', () => {
    for (const field of fields) {
      for (const code of VALIDATION_ERROR_CODES_BY_FIELD[field] as readonly ValidationErrorCode[]) {
        const zh = validationMessage(code, 'zh-CN', field);
        const en = validationMessage(code, 'en', field);
        assert.match(zh, /\p{Script=Han}/u, `${field}.${code}`);
        assert.match(en, /^[\x20-\x7E’“”–·万]+$/, `${field}.${code}: ${en}`);
        assert.notEqual(zh, en);
        // And a generic message without a field.
        assert.ok(validationMessage(code, 'zh-CN').length > 0);
        assert.ok(validationMessage(code, 'en').length > 0);
      }
    }
  });

  it('is specific when the field is given, zh-CN by default', () => {
    assert.equal(
      validationMessage('checksum', undefined, 'residentId'),
      '身份证号码有误，请检查是否输错',
    );
    assert.equal(validationMessage('checksum'), '号码有误，请检查是否输错');
    assert.equal(validationMessage('length', 'en', 'mobile'), 'A mobile number has 11 digits');
  });

  it('falls back instead of returning undefined for unknown input from JavaScript', () => {
    const loose = validationMessage as (c: string, l?: string, f?: string) => string;
    assert.equal(loose('nope', 'fr'), '格式不正确');
    assert.equal(loose('empty', 'en', 'nope'), 'This field is required');
  });
});

describe('fieldMessage', () => {
  const tables = {
    residentId: residentIdMessages,
    mobile: mobileMessages,
    uscc: usccMessages,
    bankCard: bankCardMessages,
    name: nameMessages,
    amount: amountMessages,
  };

  it("says what validationMessage says for the table's field, in both languages", () => {
    for (const field of fields) {
      for (const code of VALIDATION_ERROR_CODES_BY_FIELD[field] as readonly ValidationErrorCode[]) {
        for (const locale of ['zh-CN', 'en'] as const) {
          assert.equal(
            fieldMessage(tables[field], code, locale),
            validationMessage(code, locale, field),
            `${field}.${code}.${locale}`,
          );
        }
      }
    }
  });

  it('falls back to the generic format text for a code the table lacks, zh-CN by default', () => {
    assert.equal(fieldMessage(mobileMessages, 'checksum'), '格式不正确');
    assert.equal(fieldMessage(usccMessages, 'too_long', 'en'), 'The format is not valid');
  });
});

describe('one-language field tables', () => {
  const texts = (field: ValidationField, locale: 'Zh' | 'En') =>
    (domain as unknown as Record<string, Partial<Record<ValidationErrorCode, string>>>)[
      `${field}Texts${locale}`
    ]!;

  it('has one table per field and language, the texts of validationMessage, the same codes', () => {
    for (const field of fields) {
      const codes = VALIDATION_ERROR_CODES_BY_FIELD[field] as readonly ValidationErrorCode[];
      assert.deepEqual(Object.keys(texts(field, 'Zh')).sort(), [...codes].sort(), field);
      assert.deepEqual(Object.keys(texts(field, 'En')).sort(), [...codes].sort(), field);
      for (const code of codes) {
        assert.equal(texts(field, 'Zh')[code], validationMessage(code, 'zh-CN', field));
        assert.equal(texts(field, 'En')[code], validationMessage(code, 'en', field));
      }
    }
  });
});
