// Members, older ones above all, rarely type their details: they paste them from a WeChat chat,
// an SMS, a photo's OCR or a spreadsheet a union officer sent. What such a paste carries besides
// the value (invisible characters, grouping, a label) must not make a right value wrong, and what
// the validators accept is what the inputs submit and the sandbox accepts: the same functions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  maskMobile,
  maskName,
  maskResidentId,
  parseYuanToFen,
  validateBankCard,
  validateMobile,
  validateName,
  validateResidentId,
  validateUscc,
} from '../../src/domain/index.js';
import { TODAY, bankCardArb, mobileArb, residentIdArb, usccArb } from './arbitraries.js';

const today = TODAY;
// DOMAIN.md §1's vectors (GB 11643-1999's own example here, Jiaxing ones below): real region
// codes with valid check digits, kept as published only because these tests check the
// validator against them. Other tests, docs and examples use numbers in 330499, a region code
// allocated to no one (packages/sandbox/README.md).
const ID = '11010519491231002X';

/** Invisible characters real pastes carry: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e'];
const invisible = fc.constantFrom(...INVISIBLE, '\u202a', '\u202c', '\u2066', '\u2069');
/** What groups a copied number: spaces of every width, dashes of every kind, tab, newline. */
const grouping = fc.constantFrom(
  ' ',
  '\u00a0',
  '\u3000',
  '\t',
  '\n',
  '-',
  '‐',
  '‑',
  '–',
  '—',
  '－',
);

/** `value` with `chars` put at random places (never inside a surrogate pair). */
const sprinkled = (value: string, chars: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(fc.nat(), chars), { maxLength: 6 }).map((junk) => {
    const out = [...value];
    for (const [at, c] of junk) out.splice(at % (out.length + 1), 0, c);
    return out.join('');
  });

const label = fc.constantFrom(
  ...['', '身份证号：', '手机:', '号码： ', '\u200b证件号码：', 'Tel: '],
  // No colon: a label, or the name the number was sent with.
  ...['身份证号 ', '手机', '沈嘉禾 '],
);
/** Chinese words around the value: a note such as （微信同号）, 本人, 电话. */
const words = fc.constantFrom('', '（微信同号）', ' 本人', '(手机)', '号');

describe('pasted codes: invisible characters, grouping and a label are dropped', () => {
  it('resident ID', () => {
    fc.assert(
      fc.property(
        residentIdArb.chain(({ id }) =>
          fc.tuple(fc.constant(id), label, sprinkled(id, fc.oneof(invisible, grouping)), words),
        ),
        ([id, prefix, pasted, note]) => {
          const text = prefix + pasted + note;
          const result = validateResidentId(text, { today });
          assert.equal(result.ok && result.value, id, JSON.stringify(text));
          assert.equal(maskResidentId(text), maskResidentId(id));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('mobile, also after +86 / 0086 / (+86)', () => {
    fc.assert(
      fc.property(
        mobileArb.chain((mobile) =>
          fc.tuple(
            fc.constant(mobile),
            label,
            fc.constantFrom('', '+86 ', '+86-', '0086 ', '(+86) ', '86'),
            sprinkled(mobile, fc.oneof(invisible, grouping)),
            words,
          ),
        ),
        ([mobile, prefix, country, pasted, note]) => {
          const text = prefix + country + pasted + note;
          const result = validateMobile(text);
          assert.equal(result.ok && result.value, mobile, JSON.stringify(text));
          assert.equal(maskMobile(text), maskMobile(mobile));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('USCC and bank card', () => {
    fc.assert(
      fc.property(
        usccArb.chain((code) =>
          fc.tuple(fc.constant(code), label, sprinkled(code, fc.oneof(invisible, grouping))),
        ),
        ([code, prefix, pasted]) => {
          const result = validateUscc(prefix + pasted.toLowerCase());
          assert.equal(result.ok && result.value, code, JSON.stringify(prefix + pasted));
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        bankCardArb.chain((card) =>
          fc.tuple(fc.constant(card), sprinkled(card, fc.oneof(invisible, grouping))),
        ),
        ([card, pasted]) => {
          const result = validateBankCard(pasted);
          assert.equal(result.ok && result.value, card, JSON.stringify(pasted));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('real pastes: iOS contacts, WeChat, a word processor', () => {
    const mobiles = [
      '\u202a+86 138 0013 8000\u202c', // iOS Contacts → copy
      '\u2068138 0013 8000\u2069', // Android dialer
      '138–0013–8000', // a word processor's en dash
      '138\u20110013\u20118000', // non-breaking hyphen
      '手机：138 0013 8000',
      '电话:13800138000\n',
      '\ufeff13800138000',
      '手机13800138000（微信同号）', // WeChat: a label without a colon, a note
      '沈嘉禾 138 0013 8000',
      '138.0013.8000',
      '138/0013/8000',
    ];
    for (const text of mobiles) {
      assert.deepEqual(validateMobile(text), { ok: true, value: '13800138000' }, text);
      assert.equal(maskMobile(text), '138****8000', text);
    }
    for (const text of [
      '身份证号：110105 19491231 002x',
      '身份证号码:\n11010519491231002X',
      '110105-19491231-002X',
      '\u200b11010519491231002X\u200b',
      '１１０１０５　１９４９１２３１　００２ｘ',
      '身份证 11010519491231002X（本人）',
    ]) {
      const result = validateResidentId(text, { today });
      assert.equal(result.ok && result.value, ID, text);
      assert.equal(maskResidentId(text), '110***********002X', text);
    }
    const uscc = validateUscc('统一社会信用代码：9135 0100 M000 100Y 43');
    assert.equal(uscc.ok && uscc.value, '91350100M000100Y43');
  });

  it('still refuses what is not a value: the meaning must be certain', () => {
    // An extra digit or a letter anywhere still makes the number wrong.
    assert.deepEqual(validateMobile('138 0013 8000 转 123'), { ok: false, code: 'length' });
    assert.deepEqual(validateMobile('138****8000'), { ok: false, code: 'length' });
    assert.deepEqual(validateMobile('138OO138000'), { ok: false, code: 'format' });
    assert.deepEqual(validateMobile('86138001380'), { ok: false, code: 'format' });
    assert.deepEqual(validateResidentId('身份证号330402199001010027x', { today }), {
      ok: false,
      code: 'format',
    });
    // Chinese numerals are not digits: nothing is read from them.
    assert.deepEqual(validateMobile('一三八00138000'), { ok: false, code: 'length' });
    assert.deepEqual(validateMobile('13800138000，0573-82345678'), { ok: false, code: 'length' });
  });

  it('two labelled numbers in one paste are refused, never read as the second one', () => {
    // Only a label (no digit before its colon) is dropped: the member's own number must not turn
    // into the spouse's or the spare one that happens to be valid too.
    for (const text of [
      '手机：13800138000，备用：13900139000',
      '本人:13800138000 紧急联系人:13900139000',
    ]) {
      assert.equal(validateMobile(text).ok, false, text);
      assert.notEqual(maskMobile(text), '139****9000', text);
    }
    assert.equal(
      validateResidentId('本人：330402199003071237 配偶：330483198806300340', { today }).ok,
      false,
    );
    assert.equal(
      validateBankCard('卡号：6222021000000000009 备用卡：6217000000000000004').ok,
      false,
    );
    assert.equal(validateUscc('本公司：91350100M000100Y43 母公司：91330402MA20000280').ok, false);
    // A colon in a note after the number is not a label.
    assert.deepEqual(validateMobile('13800138000（备注：本人）'), {
      ok: true,
      value: '13800138000',
    });
  });
});

describe('pasted names', () => {
  const han = (name: string) => ({ ok: true, value: name, script: 'han' });

  it('spaces a spreadsheet aligns names with, between Han characters, are not part of the name', () => {
    assert.deepEqual(validateName('王  芳'), han('王芳'));
    assert.deepEqual(validateName('张　三'), han('张三'));
    assert.deepEqual(validateName(' 欧 阳 娜 娜\t'), han('欧阳娜娜'));
    // Only a name spaced out character by character: a label is not part of the name, and
    // 欧阳 娜娜 may be two names.
    assert.deepEqual(validateName('姓名 张三'), { ok: false, code: 'format' });
    assert.deepEqual(validateName('欧阳 娜娜'), { ok: false, code: 'format' });
    assert.deepEqual(validateName('买买提 · 艾力'), han('买买提·艾力'));
    // Latin names keep their one space.
    assert.deepEqual(validateName('John  Smith'), {
      ok: true,
      value: 'John Smith',
      script: 'latin',
    });
  });

  it('any dash between Han characters is the 间隔号', () => {
    for (const sep of ['-', '－', '—', '–', '‐', '‧', '･', '．']) {
      assert.deepEqual(validateName(`买买提${sep}艾力`), han('买买提·艾力'), sep);
    }
    assert.deepEqual(validateName('张--三'), { ok: false, code: 'format' });
  });

  it('invisible characters and a label go; Kangxi radicals from a PDF become the usual characters', () => {
    assert.deepEqual(validateName('张\u200b三'), han('张三'));
    assert.deepEqual(validateName('\ufeff\u200d沈嘉禾\u200b'), han('沈嘉禾'));
    assert.deepEqual(validateName('姓名：沈嘉禾'), han('沈嘉禾'));
    // U+2F08 ⼈ and U+2F64 ⽤ (Kangxi radicals) look like 人 and 用 but are other code points.
    assert.deepEqual(validateName('\u2f08\u2f64'), han('人用'));
    assert.deepEqual(validateName('ＺＨＡＮＧ　ＳＡＮ'), {
      ok: true,
      value: 'ZHANG SAN',
      script: 'latin',
    });
    assert.equal(maskName('\u200b张三'), '张*');
  });

  it('rare characters outside the BMP count once and are never split when masked', () => {
    assert.deepEqual(validateName('𠮷'), { ok: false, code: 'too_short' });
    assert.deepEqual(validateName('𠮷野'), han('𠮷野'));
    assert.deepEqual(validateName('刘䶮'), han('刘䶮'));
    assert.deepEqual(validateName('𠮷'.repeat(20)), han('𠮷'.repeat(20)));
    assert.deepEqual(validateName('𠮷'.repeat(21)), { ok: false, code: 'too_long' });
    assert.equal(maskName('𠮷野'), '𠮷*');
    assert.equal(maskName('王𠮷𠮷'), '王**');
  });

  it('a Han name with invisible characters anywhere, or spaced out, reads as the name itself', () => {
    const hanChar = fc.constantFrom(...'张王李欧阳娜沈嘉禾买提艾力𠮷䶮𠈌'.split(/(?:)/u));
    const name = fc
      .array(fc.array(hanChar, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.map((p) => p.join('')).join('·'))
      .filter((n) => [...n].length >= 2 && [...n].length <= 20);
    fc.assert(
      fc.property(
        name.chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc
              .tuple(fc.boolean(), fc.constantFrom(' ', '  ', '\u3000', '\u00a0'))
              .chain(([spaced, space]) =>
                sprinkled(spaced && !n.includes('·') ? [...n].join(space) : n, invisible),
              ),
          ),
        ),
        ([n, pasted]) => {
          assert.deepEqual(validateName(pasted), han(n), JSON.stringify(pasted));
          assert.deepEqual(maskName(pasted), maskName(n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('pasted and IME-typed amounts', () => {
  it('元整 as amounts are written out, 。 for the point, invisible characters and a label', () => {
    assert.deepEqual(parseYuanToFen('50000元整'), { ok: true, value: 5_000_000 });
    assert.deepEqual(parseYuanToFen('5万元整'), { ok: true, value: 5_000_000 });
    assert.deepEqual(parseYuanToFen('金额：¥1,234.56\u200b'), { ok: true, value: 123_456 });
    // A Chinese IME in its Chinese punctuation mode types 。 for the decimal point.
    assert.deepEqual(parseYuanToFen('1234。56'), { ok: true, value: 123_456 });
    // A label that gives the unit must not be dropped with it: 5 万元 is not ¥5.
    assert.deepEqual(parseYuanToFen('借款金额（万元）：5'), { ok: false, code: 'format' });
    assert.deepEqual(parseYuanToFen('金额(万):12.5'), { ok: false, code: 'format' });
    assert.deepEqual(parseYuanToFen('借款金额（元）：5'), { ok: true, value: 500 });
    assert.deepEqual(parseYuanToFen('12。5万'), { ok: true, value: 12_500_000 });
    assert.deepEqual(parseYuanToFen('1。2。3'), { ok: false, code: 'format' });
    assert.deepEqual(parseYuanToFen('整'), { ok: false, code: 'format' });
    assert.deepEqual(parseYuanToFen('5整'), { ok: false, code: 'format' });
  });
});
