import { STATUS_CODES } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorCatalogue, REQUEST_ID_HEADER } from '@jiagong/contract';
import type { ErrorCode } from '@jiagong/contract';
import type { Logger } from './context.js';
import { errorBody } from './errors.js';
import { resolveLocale } from './locale.js';
import { newRequestId } from './request-id.js';

/** What Node's HTTP parser reports (`clientError`), by the API's code; anything else is a 400. */
const byParserCode: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'headers_too_large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'payload_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
};

interface ClientError extends Error {
  code?: string;
  /** The bytes the parser choked on, when it has them. */
  rawPacket?: Buffer;
}

/** The API's code for a request Node refused to parse. */
function codeFor(error: ClientError): ErrorCode {
  return Object.hasOwn(byParserCode, error.code ?? '')
    ? byParserCode[error.code!]!
    : 'invalid_request';
}

/** The headers every API answer carries (app.ts), for the answers made outside the app. */
function apiHeaders(requestId: string): [name: string, value: string][] {
  return [
    ['Cache-Control', 'no-store'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
    ['X-Frame-Options', 'DENY'],
    ['Access-Control-Allow-Origin', '*'],
    ['Access-Control-Expose-Headers', REQUEST_ID_HEADER],
    [REQUEST_ID_HEADER, requestId],
  ];
}

/** The raw HTTP answer to a request Node refused to parse, in the API's error envelope. */
export function clientErrorResponse(error: ClientError, requestId = newRequestId()): string {
  const code = codeFor(error);
  const status = errorCatalogue[code].status;
  // The request could not be parsed, but its Accept-Language line is often there to read.
  const language = /^accept-language:[ \t]*([^\r\n]*)/im.exec(
    error.rawPacket?.toString('latin1') ?? '',
  )?.[1];
  const body = JSON.stringify(errorBody(code, resolveLocale(language), requestId));
  // The headers every API answer carries, and no keep-alive: the stream is unusable.
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...apiHeaders(requestId).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * The `clientError` listener of the HTTP server: a request Node itself refuses (bad header
 * characters, headers over its limit, a broken request line, a request too slow to arrive) gets
 * the API's JSON error instead of Node's bare text, so a back end's error handling reads it like
 * any other. As Node does, nothing is written to a socket that is gone (ECONNRESET) or already
 * carries part of an answer. With `log`, it writes the request's log line, as the app does.
 */
export function answerClientError(error: ClientError, socket: Duplex, log?: Logger): void {
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const requestId = newRequestId();
  const code = codeFor(error);
  // A line like the app's, so the request id the caller got finds it; the request was not
  // parsed, so there is no method or path (its bytes may hold anything: none are written).
  log?.info(
    `(unparsed: ${error.code ?? 'invalid'}) ${errorCatalogue[code].status} ${code} ${requestId}`,
  );
  socket.end(clientErrorResponse(error, requestId), () => socket.destroy());
}

/** Every method the API takes at some path, for `OPTIONS *`. */
const SERVER_METHODS = 'GET, HEAD, POST, PUT, DELETE, OPTIONS';

/**
 * The answer to a request Node parsed but @hono/node-server could make no URL of (`request`;
 * `unroutable` false: the app's fetch failed, which it never should), answered by it with an
 * empty 400 (no JSON, no request id, no log line). `OPTIONS *` asks about the server as a whole
 * (RFC 9110 §9.3.7, a monitor's ping): 204 with the methods the API takes. Any other (`GET *`, a
 * backslash in the path, a Host no URL can hold) is a 400 invalid_request in the API's envelope,
 * with its log line (none of the request's bytes: they may hold anything).
 */
export function unroutableResponse(
  request: IncomingMessage | undefined,
  unroutable: boolean,
  log?: Logger,
): Response {
  const requestId = newRequestId();
  const headers = new Headers(apiHeaders(requestId));
  if (unroutable && request?.method === 'OPTIONS' && request.url === '*') {
    headers.set('Allow', SERVER_METHODS);
    log?.info(`OPTIONS * 204 ${requestId}`);
    return new Response(null, { status: 204, headers });
  }
  const code: ErrorCode = unroutable ? 'invalid_request' : 'internal_error';
  const status = errorCatalogue[code].status;
  log?.info(`(${unroutable ? 'unroutable' : 'failed'}) ${status} ${code} ${requestId}`);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  const locale = resolveLocale(request?.headers['accept-language']);
  return new Response(JSON.stringify(errorBody(code, locale, requestId)), { status, headers });
}
