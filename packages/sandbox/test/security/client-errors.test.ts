// Requests Node's HTTP parser refuses before the app sees them (bad header characters, a broken
// request line, headers over Node's 16 KB limit, a request too slow to arrive) answer the API's
// JSON error envelope like every other error, on a raw socket as a hand-written client sends them.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { errorCatalogue, errorMessage } from '@jiagong/contract';
import { answerClientError } from '../../src/http/client-error.js';
import { PK } from '../support/api.js';
import { startWorld, type SecurityWorld } from './support.js';

let world: SecurityWorld;
before(async () => {
  world = await startWorld();
});
after(() => world?.sandbox.close());

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  /** Empty for an answer without a body (a 204). */
  body: { error: { code: string; message: string; requestId: string } };
  /** The raw body, to check Content-Length against. */
  bodyBytes: number;
}

/** Writes `request` on a fresh connection and reads until the server closes it. */
function raw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(5_000, () => socket.destroy(new Error('the server kept the socket open')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
        }),
      );
      const bodyText = text.slice(split + 4);
      try {
        resolve({
          status: Number(statusLine.split(' ')[1]),
          headers,
          body: (bodyText === '' ? {} : JSON.parse(bodyText)) as RawAnswer['body'],
          bodyBytes: Buffer.byteLength(bodyText),
        });
      } catch {
        reject(new Error(`not a JSON answer: ${text.slice(0, 300)}`));
      }
    });
  });
}

const sandboxPort = () => Number(new URL(world.sandbox.url).port);

function assertEnvelope(answer: RawAnswer, code: keyof typeof errorCatalogue, locale = 'zh-CN') {
  assert.equal(answer.status, errorCatalogue[code].status);
  assert.equal(answer.body.error.code, code);
  assert.equal(answer.body.error.message, errorMessage(code, locale as 'zh-CN' | 'en'));
  assert.match(answer.body.error.requestId, /^req_[0-9a-f]{20}$/);
  assert.equal(answer.headers.get('x-request-id'), answer.body.error.requestId);
  assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(answer.headers.get('content-length'), String(answer.bodyBytes));
  assert.equal(answer.headers.get('connection'), 'close');
  assert.equal(answer.headers.get('cache-control'), 'no-store');
}

describe('requests Node refuses to parse answer the JSON error envelope', () => {
  it('a header name with a space: 400 invalid_request, in the Accept-Language sent', async () => {
    const answer = await raw(
      sandboxPort(),
      `GET /v1/services HTTP/1.1\r\nHost: sandbox\r\nAccept-Language: en\r\nBad Header: 1\r\n\r\n`,
    );
    assertEnvelope(answer, 'invalid_request', 'en');
  });

  it('a control character in a header value: 400 invalid_request', async () => {
    const answer = await raw(
      sandboxPort(),
      `GET /v1/services HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer pk\x01\r\n\r\n`,
    );
    assertEnvelope(answer, 'invalid_request');
  });

  it('a malformed request line: 400 invalid_request', async () => {
    assertEnvelope(await raw(sandboxPort(), 'NOT AN HTTP REQUEST\r\n\r\n'), 'invalid_request');
  });

  it('a header block over 16 KB: 431 headers_too_large', async () => {
    const answer = await raw(
      sandboxPort(),
      `GET /v1/services HTTP/1.1\r\nHost: sandbox\r\nX-Padding: ${'x'.repeat(20_000)}\r\n\r\n`,
    );
    assertEnvelope(answer, 'headers_too_large');
  });

  it('a request whose headers arrive too slowly: 408 request_timeout', async () => {
    const server = createServer(
      { headersTimeout: 200, requestTimeout: 300, connectionsCheckingInterval: 50 },
      (_req, res) => res.end(),
    );
    server.on('clientError', answerClientError);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      assertEnvelope(
        await raw(port, 'GET /v1/services HTTP/1.1\r\nHost: x\r\n'),
        'request_timeout',
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('writes nothing to a connection reset by the client (as Node does)', () => {
    const socket = new PassThrough();
    let written = '';
    socket.on('data', (chunk: Buffer) => (written += chunk.toString()));
    answerClientError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), socket);
    assert.equal(written, '');
    assert.equal(socket.destroyed, true);
  });

  it('still serves well-formed requests afterwards', async () => {
    assert.equal((await world.api.get('/v1/services', PK)).status, 200);
  });
});

describe('request targets that are not a path answer the API, not a bare 400', () => {
  // @hono/node-server makes a URL of each request and answered those it cannot (the asterisk form
  // of RFC 9110, a backslash in the path, a Host no URL can hold) with an empty 400: no JSON, no
  // request id, no log line.
  it('OPTIONS * (the server as a whole): 204 with the methods the API takes', async () => {
    const answer = await raw(
      sandboxPort(),
      'OPTIONS * HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n',
    );
    assert.equal(answer.status, 204);
    assert.deepEqual(answer.headers.get('allow')?.split(/, */).sort(), [
      'DELETE',
      'GET',
      'HEAD',
      'OPTIONS',
      'POST',
      'PUT',
    ]);
    assert.match(answer.headers.get('x-request-id') ?? '', /^req_[0-9a-f]{20}$/);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });

  for (const [what, line, headers, locale] of [
    ['GET *', 'GET * HTTP/1.1', 'Host: sandbox', 'zh-CN'],
    [
      'a backslash in the path',
      'GET /v1\\services HTTP/1.1',
      'Host: sandbox\r\nAccept-Language: en',
      'en',
    ],
    ['a Host no URL can hold', 'GET /v1/services HTTP/1.1', 'Host: sand_box:99999', 'zh-CN'],
  ] as const) {
    it(`${what}: 400 invalid_request in the JSON envelope`, async () => {
      const answer = await raw(sandboxPort(), `${line}\r\n${headers}\r\nConnection: close\r\n\r\n`);
      assertEnvelope(answer, 'invalid_request', locale);
    });
  }

  it('still serves well-formed requests afterwards', async () => {
    assert.equal((await world.api.get('/v1/services', PK)).status, 200);
  });
});
