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
 * Reads the request body as UTF-8 text, refusing anything over MAX_BODY_BYTES with 413, whether
 * or not the client declared a Content-Length.
 */
export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > DRAIN_LIMIT) throw tooLarge(true);
  if (!request.body) return '';
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
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * JSON.parse, with malformed input as 400 invalid_request naming what to send instead (a form
 * post, say, is what a back end's HTTP library sends by default); an empty body counts as `{}`.
 */
export function parseJson(text: string, contentType: string | undefined, locale: Locale): unknown {
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
