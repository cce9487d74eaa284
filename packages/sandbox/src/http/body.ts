import { MAX_BODY_BYTES } from '@jiagong/contract';
import type { Locale } from '@jiagong/contract';
import { ApiError } from './errors.js';

// Past the limit we keep reading (and discarding) for a while so the client finishes sending and
// can read our 413; a client that streams forever gets its connection cut instead.
const DRAIN_LIMIT = 16 * MAX_BODY_BYTES;

function tooLarge(closeConnection: boolean): ApiError {
  const error = new ApiError('payload_too_large');
  error.closeConnection = closeConnection;
  return error;
}

/**
 * Reads the request body's bytes, refusing anything over MAX_BODY_BYTES with 413, whether or not
 * the client declared a Content-Length.
 */
export async function readBody(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > DRAIN_LIMIT) throw tooLarge(true);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) over = true;
    if (over) {
      if (size > DRAIN_LIMIT) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(true);
      }
      continue;
    }
    chunks.push(value);
  }
  if (over) throw tooLarge(false);
  return Buffer.concat(chunks);
}

/**
 * The body as text. Bytes that are not UTF-8 (a Java back end on a Chinese-locale server sends
 * GBK unless told otherwise) are refused: decoded leniently, 浙江省 became "�㽭ʡ" in an order's
 * address, and the order went through. A leading byte order mark is dropped (RFC 8259 allows it).
 */
function decodeUtf8(bytes: Buffer, contentType: string | undefined, locale: Locale): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
    const other = charset && !/^utf-?8$/i.test(charset) ? charset : undefined;
    const zh = locale === 'zh-CN';
    throw new ApiError('invalid_request', {
      fields: [
        {
          path: '',
          code: 'invalid_encoding',
          message: zh
            ? `请求体须为 UTF-8 编码${other ? `，不接受 ${other}` : '（收到的不是 UTF-8，如 GBK）'}`
            : `Send the body encoded as UTF-8${other ? `, not ${other}` : ' (these bytes are not UTF-8: GBK, say)'}`,
        },
      ],
    });
  }
}

/**
 * The body's JSON, with malformed input as 400 invalid_request naming what to send instead (a
 * form post, say, is what a back end's HTTP library sends by default); an empty body counts as
 * `{}`.
 */
export function parseJson(bytes: Buffer, contentType: string | undefined, locale: Locale): unknown {
  const text = decodeUtf8(bytes, contentType, locale);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const zh = locale === 'zh-CN';
    const form = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(
      contentType ?? '',
    );
    const message = form
      ? zh
        ? '请求体须为 JSON（Content-Type: application/json），不接受表单'
        : 'Send the body as JSON (Content-Type: application/json), not as form fields'
      : zh
        ? '请求体不是有效的 JSON（UTF-8）'
        : 'The body is not valid JSON (UTF-8)';
    throw new ApiError('invalid_request', {
      fields: [{ path: '', code: form ? 'unsupported_content_type' : 'invalid_json', message }],
    });
  }
}
