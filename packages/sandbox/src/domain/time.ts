const OFFSET_MS = 8 * 60 * 60 * 1000;

/** The API answers every time in Asia/Shanghai (+08:00), whatever the server's zone. */
export function isoShanghai(value: Date | string | number): string {
  const ms = new Date(value).getTime();
  const shifted = new Date(ms + OFFSET_MS).toISOString(); // 2025-01-02T03:04:05.678Z
  return `${shifted.slice(0, 19)}+08:00`;
}

export function nullableIso(value: Date | string | null | undefined): string | null {
  return value === null || value === undefined ? null : isoShanghai(value);
}

/** `YYYY-MM-DD` of an instant in Asia/Shanghai. */
export function shanghaiDate(value: Date): string {
  return new Date(value.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function shanghaiYear(value: Date): number {
  return Number(shanghaiDate(value).slice(0, 4));
}

/** An instant given as Shanghai wall-clock time. */
export function shanghaiInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

/**
 * DOMAIN §10: points earned in year Y expire at Y+1-12-31T23:59:59+08:00. Used for new lots and
 * for refunds whose original lot has expired in the meantime.
 */
export function defaultPointsExpiry(earnedAt: Date): Date {
  return shanghaiInstant(shanghaiYear(earnedAt) + 1, 12, 31, 23, 59, 59);
}

export function addSeconds(value: Date, seconds: number): Date {
  return new Date(value.getTime() + seconds * 1000);
}

export function addDays(value: Date, days: number): Date {
  return addSeconds(value, days * 86_400);
}
