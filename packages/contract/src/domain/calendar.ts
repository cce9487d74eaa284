const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Today's date in Asia/Shanghai as `YYYY-MM-DD`. China has had no DST since 1991, so a fixed
 * +08:00 offset is exact and avoids depending on the device's time zone or Intl tz data.
 */
export function shanghaiToday(nowMs: number = Date.now()): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Proleptic Gregorian check; used for birth dates, so years 0000–9999 are all accepted here. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function parseIsoDate(s: string, what: string): [number, number, number] {
  const m = ISO_DATE.exec(s);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || !isCalendarDate(y, mo, d)) throw new RangeError(`${what} must be a YYYY-MM-DD date`);
  return [y, mo, d];
}

/** Throws RangeError unless `s` is a real `YYYY-MM-DD` date. */
export function assertIsoDate(s: string, what = 'date'): void {
  parseIsoDate(s, what);
}

/**
 * Completed years between two `YYYY-MM-DD` dates (both already in Shanghai time). Someone born on
 * 29 February gains a year on 1 March in common years. Negative when `today` is before the birth
 * date. Throws RangeError for strings that are not real dates.
 */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = parseIsoDate(birthDate, 'birthDate');
  const [ty, tm, td] = parseIsoDate(today, 'today');
  const beforeBirthday = tm < bm || (tm === bm && td < bd);
  return ty - by - (beforeBirthday ? 1 : 0);
}
