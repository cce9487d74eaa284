const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in Asia/Shanghai as `YYYY-MM-DD`. China has had no DST since 1991, so a fixed
 * +08:00 offset is exact and avoids depending on the device's time zone or Intl tz data.
 */
export function shanghaiToday(nowMs: number = Date.now()): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Proleptic Gregorian check; used for birth dates, so years 0000–9999 are all accepted here. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // 31 days in the odd months up to July and the even ones from August: month >> 3 is 1 from
  // August on, flipping the month's parity.
  const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** `[year, month, day]` of a real `YYYY-MM-DD` date, else undefined. */
export function isoDateParts(s: string): number[] | undefined {
  const parts = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s)?.slice(1).map(Number);
  return parts && isCalendarDate(parts[0]!, parts[1]!, parts[2]!) ? parts : undefined;
}

function parseIsoDate(s: string, what: string): number[] {
  const parts = isoDateParts(s);
  if (!parts) throw new RangeError(`${what} must be a YYYY-MM-DD date`);
  return parts;
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
  const [by = 0] = parseIsoDate(birthDate, 'birthDate');
  const [ty = 0] = parseIsoDate(today, 'today');
  // Before the birthday: `MM-DD` of today sorts before that of the birth date.
  return ty - by - (today.slice(5) < birthDate.slice(5) ? 1 : 0);
}
