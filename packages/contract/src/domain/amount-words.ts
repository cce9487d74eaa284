import { fenDigits } from './bigint-math.js';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
// 4-digit groups; Number.MAX_SAFE_INTEGER fen is ~90 万亿元, so 万亿 is the largest group needed.
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

/**
 * Whole yuan (decimal digits, no leading 0) in words. A run of zeros is read as one 零 before the
 * next digit, except where a group unit ends it (壹拾万壹仟): 1001 → 壹仟零壹,
 * 100100 → 壹拾万零壹佰, 100010000 → 壹亿零壹万.
 */
function yuanWords(yuan: string): string {
  let out = '';
  let zero = false; // zeros since the last digit read
  let group = false; // a digit read since the last group unit
  for (let i = 0; i < yuan.length; i++) {
    const pos = yuan.length - 1 - i;
    const d = Number(yuan[i]);
    if (d) out += (zero ? '零' : '') + DIGITS[d] + SMALL_UNITS[pos % 4];
    zero = !d;
    group ||= !!d;
    // An all-zero group gets no unit, and its zeros stay pending.
    if (pos % 4 === 0 && group) {
      out += GROUP_UNITS[pos / 4];
      zero = group = false;
    }
  }
  return out;
}

/**
 * Chinese financial uppercase 大写金额, following the PBOC rules for filling in bills
 * (正确填写票据和结算凭证的基本规定): 壹拾 not 拾; one 零 per run of zeros; `整` after 元 only
 * (none after 角 or 分); when 角 is 0 and 分 is not, 元 is followed by 零 (叁佰贰拾伍元零肆分);
 * where the rules make 零 optional (元 digit 0, 角 not 0) it is omitted (壹仟陆佰捌拾元叁角贰分).
 * Below one yuan the 元 part is dropped (伍角, 伍分); zero is 零元整; negatives get 负.
 * Throws RangeError if `fen` is not a safe integer.
 */
export function fenToChineseUppercase(fen: number): string {
  const digits = fenDigits(fen);
  if (fen === 0) return '零元整';
  const yuan = digits.slice(0, -2).replace(/^0+/, '');
  const jiao = Number(digits[digits.length - 2]);
  const fenDigit = Number(digits[digits.length - 1]);
  let out = fen < 0 ? '负' : '';
  if (yuan) out += yuanWords(yuan) + '元';
  if (!jiao && !fenDigit) return out + '整';
  if (jiao) out += DIGITS[jiao] + '角';
  else if (yuan) out += '零';
  if (fenDigit) out += DIGITS[fenDigit] + '分';
  return out;
}

/**
 * Amount in 万元 as a reading aid beside an input: up to 4 decimals (i.e. to the yuan), rounded
 * half-up, trailing zeros trimmed: 125 000 000 fen → `125万元`, 12 500 000 → `12.5万元`,
 * 5 000 → `0.005万元`. Throws RangeError if `fen` is not a safe integer.
 */
export function fenToWanHint(fen: number): string {
  const digits = fenDigits(fen);
  // Whole yuan rounded half-up by the 角 digit: an exact integer (below 10^14), then split as
  // text into 万 and ten-thousandths of 万.
  const yuan = Number(digits.slice(0, -2)) + (Number(digits[digits.length - 2]) >= 5 ? 1 : 0);
  const tenThousandths = String(yuan).padStart(5, '0');
  const fraction = tenThousandths.slice(-4).replace(/0+$/, '');
  const sign = fen < 0 && yuan > 0 ? '-' : '';
  return `${sign}${tenThousandths.slice(0, -4)}${fraction ? '.' + fraction : ''}万元`;
}
