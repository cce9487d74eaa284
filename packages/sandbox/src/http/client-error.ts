import { STATUS_CODES } from 'node:http';
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

/** The raw HTTP answer to a request Node refused to parse, in the API's error envelope. */
export function clientErrorResponse(error: ClientError, requestId = newRequestId()): string {
  const code = codeFor(error);
  const status = errorCatalogue[code].status;
  // The request could not be parsed, but its Accept-Language line is often there to read.
  const language = /^accept-language:[ \t]*([^\r\n]*)/im.exec(
    error.rawPacket?.toString('latin1') ?? '',
  )?.[1];
  const body = JSON.stringify(errorBody(code, resolveLocale(language), requestId));
  // The headers every API answer carries (app.ts), and no keep-alive: the stream is unusable.
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    'X-Frame-Options: DENY',
    'Access-Control-Allow-Origin: *',
    `Access-Control-Expose-Headers: ${REQUEST_ID_HEADER}`,
    `${REQUEST_ID_HEADER}: ${requestId}`,
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
