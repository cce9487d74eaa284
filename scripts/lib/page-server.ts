// A page server for tests and benches that drive Chromium themselves (puppeteer-core): serves
// pages with the headers a test asks for (a strict CSP …), scripts bundled from our TypeScript
// source with esbuild, and the same partner back-end stand-in the browser tests get from
// web-test-runner.config.mjs, so code written for one runs on the other:
//   GET  /__jg/token?member=<id>   → { token, expiresAt } minted with the secret key
//   ANY  /__jg/sandbox/<path>      → the sandbox control, secret key added
//   GET  /__jg/globals.js          → sets JG_SANDBOX_URL, JG_PUBLISHABLE_KEY, JG_TOKEN_ENDPOINT
//                                    (an external script: a strict CSP allows no inline one)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const SECRET_KEY = 'sk_test_jiaxing';
const PUBLISHABLE_KEY = 'pk_test_jiaxing';

/**
 * One browser bundle (ESM, ES2020) of a TypeScript or JavaScript entry: workspace packages
 * through their `source` condition, Lit in production mode unless `development`.
 */
export async function bundleForBrowser(
  entry: string | { contents: string; resolveDir?: string },
  { development = false } = {},
): Promise<string> {
  const result = await esbuild.build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: entry.contents,
            resolveDir: entry.resolveDir ?? root,
            loader: 'ts',
            sourcefile: 'entry.ts',
          },
        }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    conditions: ['source', 'browser', ...(development ? ['development'] : [])],
    tsconfig: path.join(root, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': development ? '"development"' : '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface Route {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Adds or replaces a route. */
  route(pathname: string, route: Route): void;
  /** Every path the browser asked for, in order (query strings included). */
  requests: string[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Starts the server in front of a running sandbox (its base URL). */
export async function startPageServer(sandboxUrl: string): Promise<PageServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const secret = { authorization: `Bearer ${SECRET_KEY}` };

  async function token(url: URL, res: ServerResponse) {
    const memberId = url.searchParams.get('member');
    if (!memberId) return send(res, 400, 'application/json', '{"error":"pass ?member="}');
    const upstream = await fetch(`${sandboxUrl}/v1/sessions`, {
      method: 'POST',
      headers: { ...secret, 'content-type': 'application/json' },
      body: JSON.stringify({ memberId }),
    });
    const text = await upstream.text();
    if (!upstream.ok) return send(res, upstream.status, 'application/json', text);
    const { token: value, expiresAt } = JSON.parse(text) as { token: string; expiresAt: string };
    send(res, 200, 'application/json', JSON.stringify({ token: value, expiresAt }));
  }

  async function control(req: IncomingMessage, url: URL, res: ServerResponse) {
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const upstream = await fetch(
      `${sandboxUrl}/sandbox/${url.pathname.slice('/__jg/sandbox/'.length)}${url.search}`,
      {
        method: req.method,
        headers: { ...secret, 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: body?.length ? new Uint8Array(body) : undefined,
      },
    );
    send(
      res,
      upstream.status,
      upstream.headers.get('content-type') ?? 'application/json',
      new Uint8Array(await upstream.arrayBuffer()),
    );
  }

  const globals = `Object.assign(globalThis, ${JSON.stringify({
    JG_SANDBOX_URL: sandboxUrl,
    JG_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
    JG_TOKEN_ENDPOINT: '/__jg/token',
  })});`;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    void (async () => {
      if (url.pathname === '/__jg/token') return token(url, res);
      if (url.pathname.startsWith('/__jg/sandbox/')) return control(req, url, res);
      if (url.pathname === '/__jg/globals.js') return send(res, 200, 'text/javascript', globals);
      const route = routes.get(url.pathname);
      if (!route) return send(res, 404, 'text/plain', 'not found');
      res.writeHead(200, {
        'content-type': route.type,
        'cache-control': 'no-store',
        ...route.headers,
      });
      res.end(route.body);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 502, 'text/plain', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (pathname, route) => void routes.set(pathname, route),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
