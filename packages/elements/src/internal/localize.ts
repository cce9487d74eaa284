export type Locale = 'zh-CN' | 'en';

/**
 * One message object per locale. zh-CN is the source, shipped with the element; English is added
 * by the family's `en` module (`@jiagong/elements/<entry>/en`, or all of it with
 * `@jiagong/elements/locales/en`), so a page in Chinese never downloads the English texts.
 */
export type Catalogue<M> = { 'zh-CN': M; en?: M };

/** Messages every element shares (states, common buttons, error texts). */
export interface BaseMessages {
  retry: string;
  loading: string;
  requestId: (id: string) => string;
  networkError: string;
  timeoutError: string;
  invalidResponse: string;
  sessionError: string;
  notConfigured: string;
  unknownError: string;
  serverError: string;
  rateLimited: string;
}

/** Filled in for English by `internal/en.ts`. */
export const baseMessages: Catalogue<BaseMessages> = {
  'zh-CN': {
    retry: '重试',
    loading: '加载中…',
    requestId: (id) => `问题编号：${id}`,
    networkError: '网络连接失败，请检查网络后再试',
    timeoutError: '网络太慢，请稍后再试',
    invalidResponse: '内容暂时无法显示，请稍后再试',
    sessionError: '登录已失效，请重新打开本页面',
    notConfigured: '组件尚未配置服务地址（api-base）',
    unknownError: '出了点问题，请稍后再试',
    serverError: '系统繁忙，请稍后再试',
    rateLimited: '操作太频繁，请稍等一会儿再试',
  },
};

export type DateStyle = 'date' | 'datetime' | 'time';

const TIME_ZONE = 'Asia/Shanghai';
const date: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
// h23, not `hour12: false`: before ECMA-402 2023 that meant English's h24, so Node 20 (server
// rendering) and older WebViews wrote half past midnight as 24:30.
const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date,
  time,
  datetime: { ...date, ...time },
};

// Intl constructors are slow; one formatter per locale and style is reused by every element.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/**
 * A number in the locale's style (`12,800`). A function rather than a Localizer method so elements
 * that show no figures need not carry it.
 */
export function formatNumber(
  locale: Locale,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  const key = `num:${locale}:${options ? JSON.stringify(options) : ''}`;
  return (cached(key, () => new Intl.NumberFormat(locale, options)) as Intl.NumberFormat).format(
    value,
  );
}

/**
 * An ISO date or date-time, shown in Shanghai time whatever the device's zone. `YYYY-MM-DD` is a
 * calendar day in Shanghai: it is read as noon there so no zone shifts the day.
 */
export function formatDate(
  locale: Locale,
  value: string | Date,
  style: DateStyle = 'date',
): string {
  const format = cached(
    `date:${locale}:${style}`,
    () => new Intl.DateTimeFormat(locale, { ...dateOptions[style], timeZone: TIME_ZONE }),
  ) as Intl.DateTimeFormat;
  // Only a calendar day is 10 characters long (a Date has no length).
  return format.format(new Date((value as string).length == 10 ? `${value}T12:00+08:00` : value));
}

/** The weekday of a time in Shanghai, short (周三, Wed): only the elements that show it carry it. */
export function formatWeekday(locale: Locale, value: string): string {
  return cached(
    `weekday:${locale}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: TIME_ZONE }),
  ).format(new Date(value));
}

/**
 * A calendar day (`YYYY-MM-DD`) as `formatDate(locale, day)` writes it (2027/12/31, 12/31/2027),
 * without Intl: the first DateTimeFormat a page builds loads the time zone data (65 ms at 4×,
 * 100–200 ms at 6× CPU throttling), a long task in the first render of a member card that shows
 * no other date, on the phones least able to spare it.
 */
export function formatDay(locale: Locale, day: string): string {
  return day.replace(/(\d+)-(\d+)-(\d+)/, locale == 'en' ? '$2/$3/$1' : '$1/$2/$3');
}

/**
 * A message table's entry for a value from the API (an open string): undefined for a value it
 * lacks, including the names every object inherits (`constructor`, `toString`, `__proto__` …),
 * which read as a key would show Object's function text or `[object Object]`. `{}[key]` is set
 * for exactly those names (our tables have none of their own), and costs fewer bytes than
 * `Object.hasOwn`; loan-status's `known()` and the loan model's `knownMethods()` apply the same
 * rule inline, in an entry that has no byte left for a shared call.
 */
export const own = <T>(table: Partial<Record<string, T>>, key: string | undefined): T | undefined =>
  (({}) as Record<string, unknown>)[key!] ? undefined : table[key!];

/**
 * An API string (a name, a title) isolated with FSI … PDI, for a sentence, a line or a label of
 * ours around it: a right-to-left override it opens and never closes (U+202E), or its
 * right-to-left letters, would otherwise reorder our text after it (a figure or a date read
 * backwards, numbers swapped with the name).
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The element a Localizer speaks for. */
export interface LocalizedHost {
  readonly effectiveLocale: Locale;
  requestUpdate(): void;
}

/**
 * Reads its element's current locale on every call, so whatever it formats follows a runtime
 * `locale` change on the next render.
 */
export class Localizer {
  // Public for `internal/en.ts`, which renders the host again once missing texts load.
  constructor(readonly host: LocalizedHost) {}

  get locale(): Locale {
    return this.host.effectiveLocale;
  }

  /** The current locale's messages from a family's catalogue (zh-CN until its `en` is loaded). */
  pick<M>(catalogue: Catalogue<M>): M {
    const messages = catalogue[this.locale];
    if (!messages) textsMissing.report?.(this, catalogue);
    return messages ?? catalogue['zh-CN'];
  }

  /** The shared messages (retry, loading, …). */
  get base(): BaseMessages {
    return this.pick(baseMessages);
  }
}

/**
 * Told of a catalogue that lacks the element's locale. Only a page that loaded a locale can meet
 * one (its elements ask for it), so the locale's base module sets it (`internal/en.ts`) and a
 * page in Chinese carries none of that code.
 */
export const textsMissing: {
  report?: (localizer: Localizer, catalogue: Catalogue<unknown>) => void;
} = {};

let warned = false;
/**
 * Elements showing zh-CN texts in place of a locale's not loaded yet (all of them here, or a
 * family's: `internal/en.ts`): they render again once a module of that locale has run.
 */
export const waiting = new Set<{ requestUpdate(): void }>();

/**
 * The locale an element can show: `en` only once the English texts are loaded. Otherwise zh-CN,
 * with one console warning naming the import, so dates, figures, the API's messages and the
 * element's own texts never mix two languages. `host` re-renders when the texts arrive (a page
 * may import them after setting `locale`).
 */
export function loadedLocale(wanted: Locale, host: { requestUpdate(): void }): Locale {
  if (wanted === 'zh-CN' || baseMessages[wanted]) return wanted;
  waiting.add(host);
  if (!warned) {
    warned = true;
    // Defining an entry's elements upgrades those already on the page at once, before the entry's
    // `en` imported next has run (in the same module graph, so before the next microtask): warn
    // only if English is still missing then.
    queueMicrotask(() => {
      if (!baseMessages[wanted]) {
        console.warn(
          `[jiagong] locale "${wanted}": import '@jiagong/elements/locales/${wanted}' to load its texts; showing zh-CN`,
        );
      }
    });
  }
  return 'zh-CN';
}

/**
 * Called by each module of a locale once its texts are set (the shared ones, then each family's):
 * the elements waiting for them render again. Those still lacking some wait again.
 */
export function localeLoaded(): void {
  for (const host of waiting) host.requestUpdate();
  waiting.clear();
}

/** The locale the page asks for when nothing else says: `<html lang="en…">` → en, else zh-CN. */
export function documentLocale(): Locale {
  // No document (server rendering): zh-CN.
  return globalThis.document?.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  message?: unknown;
  requestId?: unknown;
}

// Reads a field of anything thrown: a primitive or nullish value has none.
const field = (error: unknown, key: keyof ErrorLike): unknown =>
  (error as ErrorLike | null | undefined)?.[key];

/** The request id an API error carries, for support; undefined for local errors. */
export function errorRequestId(error: unknown): string | undefined {
  const id = field(error, 'requestId');
  return typeof id === 'string' && id ? id : undefined;
}

/** The error's API code (`session_expired`, `card_inactive` …) when it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = field(error, 'code');
  return typeof code === 'string' ? code : undefined;
}

// The client's error classes are matched by name, not instanceof: a page may load two copies of
// the client (e.g. the CDN bundle next to an npm build) and instanceof fails across bundles.
const messageForName: Record<string, keyof BaseMessages> = {
  NetworkError: 'networkError',
  TimeoutError: 'timeoutError',
  ResponseValidationError: 'invalidResponse',
  SessionTokenError: 'sessionError',
  NotConfiguredError: 'notConfigured',
};

/**
 * A localized, user-facing message for any error an element may meet. An API error's message is
 * the server's, already in the element's language: the client asks in it (Accept-Language
 * follows the element's locale, and a locale change builds a new client), so no copy of the
 * error catalogue needs to ship to the browser. Server failures, rate limits and transport
 * errors get our own words.
 */
export function apiErrorMessage(error: unknown, locale: Locale): string {
  const messages = baseMessages[locale] ?? baseMessages['zh-CN'];
  const code = errorCode(error);
  const status = field(error, 'status') as number;
  const message = field(error, 'message');
  // The API's texts for these speak to developers (which credential is missing) or name the
  // session; the member only needs to know to open the page again, in the same words whichever
  // element says it.
  if (code === 'session_required' || code === 'unauthorized' || code === 'session_expired')
    return messages.sessionError;
  if (status === 429) return messages.rateLimited;
  if (status >= 500) return messages.serverError;
  if (code && typeof message === 'string' && message) return message;
  const own = messages[messageForName[field(error, 'name') as string]!] as string | undefined;
  return own || messages.unknownError;
}
