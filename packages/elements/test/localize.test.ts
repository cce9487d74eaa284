// Node runs each test file in its own process, so the module state below (English loaded or not,
// the one warning given or not) starts fresh here. The suites run in order: the first one before
// any English module is imported, the others after.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatFen } from '@jiagong/contract';
import {
  apiErrorMessage,
  baseMessages,
  documentLocale,
  formatDate,
  formatNumber,
  loadedLocale,
  Localizer,
  type Locale,
} from '../src/internal/localize.js';

// What a Localizer reads: an element's effective locale.
const host = (effectiveLocale: Locale) => ({ effectiveLocale, requestUpdate() {} });
// The element asking for a locale (it renders again once the texts arrive).
const element = host('zh-CN');

describe('without the English module', () => {
  it('shows zh-CN for locale "en", with exactly one warning naming the import', async (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    assert.equal(baseMessages.en, undefined);
    assert.equal(loadedLocale('zh-CN', element), 'zh-CN');
    assert.equal(warn.mock.callCount(), 0, 'zh-CN needs no English');
    for (let i = 0; i < 3; i++) assert.equal(loadedLocale('en', element), 'zh-CN');
    // The warning waits a microtask, for an `en` module imported right after its entry.
    await Promise.resolve();
    assert.equal(warn.mock.callCount(), 1, 'one warning per page, not per element or render');
    assert.match(String(warn.mock.calls[0]!.arguments[0]), /@jiagong\/elements\/locales\/en/);
  });

  it('picks the zh-CN texts of a catalogue that has no English', () => {
    const t = new Localizer(host('en'));
    assert.equal(t.pick({ 'zh-CN': { hi: '你好' } }).hi, '你好');
    assert.equal(t.base.retry, '重试');
    assert.equal(apiErrorMessage({ name: 'NetworkError' }, 'en'), '网络连接失败，请检查网络后再试');
  });

  it('shows English once internal/en is imported, without another warning', async (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    await import('../src/internal/en.js');
    assert.equal(loadedLocale('en', element), 'en');
    assert.equal(new Localizer(host(loadedLocale('en', element))).base.retry, 'Retry');
    assert.equal(warn.mock.callCount(), 0);
  });
});

describe('Localizer', () => {
  before(() => import('../src/internal/en.js'));

  it("formats integer fen as yuan (the contract's formatFen, which every element uses)", () => {
    assert.equal(formatFen(123456, 'zh-CN'), '¥1,234.56');
    assert.equal(formatFen(123456, 'en'), '¥1,234.56');
    assert.equal(formatFen(5, 'zh-CN'), '¥0.05');
  });

  it('formats numbers per locale', () => {
    assert.equal(formatNumber('zh-CN', 12800), '12,800');
    assert.equal(formatNumber('en', 12800), '12,800');
  });

  it('shows calendar dates as the same day in any device time zone', () => {
    assert.equal(formatDate('zh-CN', '2031-05-31'), '2031/05/31');
    assert.equal(formatDate('en', '2031-05-31'), '05/31/2031');
    // 23:30 on the 1st in Shanghai is the 1st there, whatever the machine's zone says.
    assert.equal(formatDate('zh-CN', '2026-03-01T23:30:00+08:00'), '2026/03/01');
    assert.match(formatDate('en', '2026-03-01T23:30:00+08:00', 'datetime'), /23:30/);
    assert.equal(formatDate('zh-CN', new Date('2031-05-31T01:00:00+08:00')), '2031/05/31');
  });

  it('writes the half hour after midnight as 00:30, never 24:30, in both locales', () => {
    // `hour12: false` meant the locale's 24-hour cycle, which for English was h24 (1–24) until
    // ECMA-402 2023: Node 20 (server rendering) and the Chromium of older WebViews and WeChat
    // wrote an order placed at 00:30 in Shanghai as "03/01/2026, 24:30".
    const justAfterMidnight = '2026-03-01T00:30:00+08:00';
    assert.equal(formatDate('en', justAfterMidnight, 'datetime'), '03/01/2026, 00:30');
    assert.equal(formatDate('en', justAfterMidnight, 'time'), '00:30');
    assert.equal(formatDate('zh-CN', justAfterMidnight, 'datetime'), '2026/03/01 00:30');
    // The same instant written in UTC is still the 1st, 00:30 in Shanghai.
    assert.equal(formatDate('en', '2026-02-28T16:30:00Z', 'datetime'), '03/01/2026, 00:30');
  });

  it('picks a family catalogue for the current locale and follows changes', () => {
    const element = host('zh-CN');
    const t = new Localizer(element);
    const catalogue = { 'zh-CN': { hi: '你好' }, en: { hi: 'Hello' } };
    assert.equal(t.pick(catalogue).hi, '你好');
    element.effectiveLocale = 'en';
    assert.equal(t.pick(catalogue).hi, 'Hello');
    assert.equal(t.base.retry, 'Retry');
  });
});

describe('apiErrorMessage', () => {
  before(() => import('../src/internal/en.js'));
  it("shows an API error's own message: the client asked for it in the element's language", () => {
    const error = {
      name: 'ApiError',
      code: 'card_inactive',
      status: 422,
      message: '会员卡当前不可用',
    };
    assert.equal(apiErrorMessage(error, 'zh-CN'), '会员卡当前不可用');
  });

  it('has own words for server failures and rate limits, whatever the server said', () => {
    const failure = { name: 'ApiError', code: 'internal_error', status: 502, message: 'HTTP 502' };
    assert.equal(apiErrorMessage(failure, 'zh-CN'), '系统繁忙，请稍后再试');
    const limited = { name: 'ApiError', code: 'rate_limited', status: 429, message: 'slow down' };
    assert.match(
      apiErrorMessage(limited, 'en'),
      /^Too many tries\. Wait a moment, then try again$/,
    );
  });

  it('speaks to members, not developers, about missing sessions', () => {
    const error = { name: 'AuthError', code: 'session_required' };
    assert.equal(apiErrorMessage(error, 'zh-CN'), '登录已失效，请重新打开本页面');
  });

  it('has own texts for transport errors and unknown errors', () => {
    assert.match(apiErrorMessage({ name: 'NetworkError' }, 'zh-CN'), /网络/);
    assert.match(
      apiErrorMessage({ name: 'TimeoutError' }, 'en'),
      /^The connection is too slow\. Try again in a moment$/,
    );
    assert.match(apiErrorMessage(new Error('boom'), 'en'), /Something went wrong/);
    assert.match(apiErrorMessage('weird', 'zh-CN'), /^出了点问题，请稍后再试$/);
    for (const odd of [null, undefined, 42, { name: 'constructor' }, { name: '__proto__' }]) {
      assert.equal(apiErrorMessage(odd, 'en'), 'Something went wrong. Try again in a moment');
    }
    assert.match(
      apiErrorMessage({ name: 'ResponseValidationError' }, 'en'),
      /^This cannot be shown right now\. Try again in a moment$/,
    );
    assert.match(
      apiErrorMessage({ name: 'SessionTokenError' }, 'en'),
      /^You are no longer signed in\. Open this page again$/,
    );
    assert.match(apiErrorMessage({ name: 'NotConfiguredError' }, 'zh-CN'), /api-base/);
  });
});

describe('documentLocale', () => {
  it('reads <html lang>: en… in any case is en, anything else (or no document) zh-CN', (t) => {
    assert.equal(documentLocale(), 'zh-CN', 'no document (server rendering)');
    const html = { lang: '' };
    t.after(() => delete (globalThis as { document?: unknown }).document);
    (globalThis as { document?: unknown }).document = { documentElement: html };
    for (const [lang, locale] of [
      ['EN-gb', 'en'],
      ['en', 'en'],
      ['zh-CN', 'zh-CN'],
      ['', 'zh-CN'],
      ['fr', 'zh-CN'],
    ]) {
      html.lang = lang!;
      assert.equal(documentLocale(), locale, lang);
    }
  });
});
