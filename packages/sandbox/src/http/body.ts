import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
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

type Decompress = (bytes: Buffer, options: { maxOutputLength: number }) => Buffer;

/** The content codings a body may come in (RFC 9110 §8.4.1), by their registered names. */
const decompressors: Record<string, Decompress> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  // HTTP's deflate is zlib-wrapped; some clients send raw deflate under the same name.
  deflate: (bytes, options) => {
    try {
      return inflateSync(bytes, options);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
      return inflateRawSync(bytes, options);
    }
  },
  br: brotliDecompressSync,
};

/**
 * The body as sent before its `Content-Encoding` (Spring Cloud OpenFeign's request compression
 * gzips any JSON body over 2 KB): read as it came, a gzipped body was refused as "not UTF-8
 * (GBK, say)", so a loan application failed while the small calls around it worked. A coding
 * we cannot undo, or bytes that are not in it, answer 400 saying so; MAX_BODY_BYTES holds for
 * the decompressed body too (a small gzip can inflate to gigabytes).
 */
export function decompressBody(
  bytes: Buffer,
  contentEncoding: string | undefined,
  locale: Locale,
): Buffer {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  const zh = locale === 'zh-CN';
  let body = bytes;
  // Codings are listed in the order they were applied: undo the last first.
  for (const coding of codings.reverse()) {
    if (body.byteLength === 0) break;
    const decompress = decompressors[coding];
    const named = coding.slice(0, 40);
    if (!decompress) {
      throw new ApiError('invalid_request', {
        fields: [
          {
            path: 'Content-Encoding',
            code: 'unsupported_encoding',
            message: zh
              ? `不支持 Content-Encoding: ${named}：请求体请不压缩，或用 gzip、deflate、br 压缩`
              : `Content-Encoding ${named} is not supported: send the body uncompressed, or as gzip, deflate or br`,
          },
        ],
      });
    }
    try {
      body = decompress(body, { maxOutputLength: MAX_BODY_BYTES });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(false);
      throw new ApiError('invalid_request', {
        fields: [
          {
            path: '',
            code: 'invalid_encoding',
            message: zh
              ? `请求体不是有效的 ${named} 压缩数据（见 Content-Encoding）`
              : `The body is not valid ${named} data (as its Content-Encoding says)`,
          },
        ],
      });
    }
  }
  return body;
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
