// Every text a union member reads, in words an older, non-technical member understands (国务院
// 适老化 guidance: plain, direct, one clear next step). Loads every family's zh-CN and English
// catalogue, fills each message function with sample values, and checks the words and the
// punctuation of every text, so a new message is checked without a list to update.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCatalogue } from '@jiagong/contract';
import { apiErrorMessage, baseMessages } from '../src/internal/localize.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

type Texts = { where: string; text: string }[];

/** Every string a message object holds, functions called with sample values. */
function collect(value: unknown, where: string, out: Texts): void {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') {
    // Both branches of messages that depend on a count or on an optional bound (`undefined` only
    // where the message takes it).
    const fn = value as (...args: unknown[]) => unknown;
    for (const arg of ['1', '8', undefined]) {
      let text: unknown;
      try {
        text = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => arg));
      } catch {
        continue;
      }
      collect(text, where, out);
    }
  } else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) collect(inner, `${where}.${key}`, out);
}

async function catalogues(): Promise<{ zh: Texts; en: Texts }> {
  const zh: Texts = [];
  const en: Texts = [];
  const found: Record<string, unknown>[] = [{ baseMessages }];
  await import('../src/internal/en.js');
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const files = readdirSync(path.join(src, dir.name)).filter((f) => /messages\.ts$/.test(f));
    if (!files.length) continue;
    for (const file of files) found.push(await import(path.join(src, dir.name, file)));
    await import(path.join(src, dir.name, 'en.ts'));
  }
  // The API's messages an element shows as they are (apiErrorMessage): all but the ones that only
  // a page's developer can meet (a missing key, a wrong method, an idempotency key used twice),
  // those the elements replace with their own words, and those for 429 and 5xx (their own too).
  const replaced = new Set([
    'invalid_request',
    'unauthorized',
    'publishable_key_required',
    'secret_key_required',
    'session_required',
    'session_expired',
    'secret_key_in_browser',
    'method_not_allowed',
    'idempotency_key_reused',
    'verification_code_invalid',
    'payload_too_large',
    'headers_too_large',
  ]);
  for (const [code, { status, zh: zhText, en: enText }] of Object.entries(errorCatalogue)) {
    if (replaced.has(code) || status === 429 || status >= 500) continue;
    zh.push({ where: `errorCatalogue.${code}`, text: zhText });
    en.push({ where: `errorCatalogue.${code}`, text: enText });
  }
  for (const module of found)
    for (const [name, catalogue] of Object.entries(module)) {
      if (!catalogue || typeof catalogue !== 'object' || !('zh-CN' in catalogue)) continue;
      const { 'zh-CN': zhTexts, en: enTexts } = catalogue as { 'zh-CN': unknown; en?: unknown };
      collect(zhTexts, name, zh);
      collect(enTexts, name, en);
    }
  return { zh, en };
}

// Words a member should never have to read. The element names no developer concept: the member
// signs in (登录), is online (网络), and is told what to do next.
const zhJargon = [
  '会话',
  '令牌',
  'token',
  '接口',
  'API',
  '请求',
  '服务器',
  '服务端',
  '参数',
  'HTTP',
  'JSON',
  '数据',
  '超时',
  '异常',
  '组件',
  '脱敏',
  '凭证',
  '核销',
  '校验',
  '地区代码',
  // Read as the mouse's right button: the arrow keys are 方向键.
  '右键',
  '左键',
];
const enJargon = [
  /\bsession\b/i,
  /\btoken\b/i,
  /\bAPI\b/,
  /\brequests?\b/i,
  /\bserver\b/i,
  /\bservice\b.*\bdata\b/i,
  /\bdata\b/i,
  /\bHTTP\b/,
  /\bJSON\b/,
  /\btimed out\b/i,
  /\bendpoint\b/i,
  /\belement\b/i,
  /\bretry later\b/i,
  /\bfulfil(?:l?ment)?\b/i,
  /\bdisburse/i,
  /\bretention\b/i,
  /\bcheck (?:digit|character)\b/i,
  /\bregion code\b/i,
  /\btry again later\b/i,
];
// The one text only a page's developer can meet (a page without `api-base` never reaches a
// member in production): it names the attribute to set.
const developerOnly = new Set(['baseMessages.notConfigured']);

const ids = (list: Texts) => list.map(({ where, text }) => `${where}: ${text}`).join('\n');

describe('plain language in every catalogue', async () => {
  const { zh, en } = await catalogues();

  it('reads every family’s texts', () => {
    assert.ok(zh.length > 400, `${zh.length} zh texts`);
    assert.ok(en.length > 400, `${en.length} en texts`);
  });

  it('uses no technical words in Chinese', () => {
    const bad = zh.filter(
      ({ where, text }) => !developerOnly.has(where) && zhJargon.some((w) => text.includes(w)),
    );
    assert.equal(ids(bad), '');
  });

  it('uses no technical words in English', () => {
    const bad = en.filter(
      ({ where, text }) => !developerOnly.has(where) && enJargon.some((w) => w.test(text)),
    );
    assert.equal(ids(bad), '');
  });

  it('addresses the member as 您, never 你', () => {
    assert.equal(ids(zh.filter(({ text }) => text.includes('你'))), '');
  });

  it('uses full-width punctuation in Chinese sentences', () => {
    // A half-width mark next to a Chinese character (`请稍后,再试`, `(可选)`); figures keep theirs.
    const halfWidth = /[\p{Script=Han}][,.;:?!()]|[,;:?!()][\p{Script=Han}]/u;
    assert.equal(ids(zh.filter(({ text }) => halfWidth.test(text))), '');
  });

  it('puts a count of one with a singular noun in English (“1 point”, never “1 points”)', () => {
    // Every message function is called with '1' above: a noun after it must be singular. An age
    // range is never one year wide (members are 16 and over).
    const plural = /(?<![\d.,])1 (?:model )?[a-z]{2,}s\b/;
    const wrong = en.filter(({ where, text }) => plural.test(text) && !/ageRange/.test(where));
    assert.equal(ids(wrong), '');
  });

  it('uses no full-width punctuation in English', () => {
    assert.equal(ids(en.filter(({ text }) => /[，。；：？！（）、「」【】]/.test(text))), '');
  });

  it('writes no Chinese in English, but for the names a member types or looks for', () => {
    // 我在嘉兴挺好的 is the programme's name; 万 is how a member may type an amount (12.5万); the
    // bank's papers say 年化利率.
    const allowed = /我在嘉兴挺好的|万|年化利率/g;
    const bad = en.filter(({ text }) => /\p{Script=Han}/u.test(text.replace(allowed, '')));
    assert.equal(ids(bad), '');
  });

  it('gives every error a next step', () => {
    const errors = [
      'networkError',
      'timeoutError',
      'invalidResponse',
      'sessionError',
      'unknownError',
      'serverError',
      'rateLimited',
    ] as const;
    for (const key of errors) {
      const zhText = baseMessages['zh-CN'][key];
      const enText = baseMessages.en![key];
      assert.match(zhText, /再试|重试|重新|检查|联系/, `zh ${key}: ${zhText}`);
      assert.match(enText, /again|check|contact/i, `en ${key}: ${enText}`);
    }
  });

  it('says “session ended” in the same words in every element', () => {
    // The API's session_expired text names the session; every way of losing it reads the same.
    for (const locale of ['zh-CN', 'en'] as const) {
      const expected = baseMessages[locale]!.sessionError;
      for (const code of ['session_expired', 'session_required', 'unauthorized'])
        assert.equal(
          apiErrorMessage({ code, status: 401, message: `API text for ${code}` }, locale),
          expected,
        );
      assert.equal(apiErrorMessage({ name: 'SessionTokenError' }, locale), expected);
    }
  });
});
