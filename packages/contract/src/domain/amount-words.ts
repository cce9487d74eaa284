import { assertSafeFen, divRoundHalfUp } from './bigint-math.js';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
// 4-digit groups; Number.MAX_SAFE_INTEGER fen is ~90 万亿元, so 万亿 is the largest group needed.
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

const digit = (d: bigint | number): string => DIGITS.charAt(Number(d));

/** 1–9999 without leading 零; inner runs of zeros become one 零 (1001 → 壹仟零壹). */
function groupWords(group: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(group / 10 ** pos) % 10;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digit(d) + SMALL_UNITS[pos];
  }
  return out;
}

function yuanWords(yuan: bigint): string {
  const groups: number[] = [];
  for (let y = yuan; y > 0n; y /= 10000n) groups.push(Number(y % 10000n));
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      pendingZero = out !== '';
      continue;
    }
    // A gap before this group (a zero group, or leading zeros inside it) is read as one 零:
    // 100100 → 壹拾万零壹佰, 100010000 → 壹亿零壹万.
    if (out !== '' && (pendingZero || g < 1000)) out += '零';
    pendingZero = false;
    out += groupWords(g) + GROUP_UNITS[i];
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
  assertSafeFen(fen);
  if (fen === 0) return '零元整';
  const abs = BigInt(Math.abs(fen));
  const yuan = abs / 100n;
  const jiao = (abs / 10n) % 10n;
  const fenDigit = abs % 10n;
  let out = fen < 0 ? '负' : '';
  if (yuan > 0n) out += yuanWords(yuan) + '元';
  if (jiao === 0n && fenDigit === 0n) return out + '整';
  if (jiao > 0n) out += digit(jiao) + '角';
  else if (yuan > 0n) out += '零';
  if (fenDigit > 0n) out += digit(fenDigit) + '分';
  return out;
}

/**
 * Amount in 万元 as a reading aid beside an input: up to 4 decimals (i.e. to the yuan), rounded
 * half-up, trailing zeros trimmed: 125 000 000 fen → `125万元`, 12 500 000 → `12.5万元`,
 * 5 000 → `0.005万元`. Throws RangeError if `fen` is not a safe integer.
 */
export function fenToWanHint(fen: number): string {
  assertSafeFen(fen);
  const tenThousandths = divRoundHalfUp(BigInt(Math.abs(fen)), 100n); // = whole yuan
  const whole = (tenThousandths / 10000n).toString();
  const fraction = (tenThousandths % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  const sign = fen < 0 && tenThousandths > 0n ? '-' : '';
  return `${sign}${whole}${fraction ? '.' + fraction : ''}万元`;
}
