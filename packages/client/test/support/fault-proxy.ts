// A small HTTP proxy in front of the sandbox that misbehaves on request: drops connections,
// answers errors, slows down, cuts bodies off or swaps them for wrong-shaped JSON. The client's
// tests use it to prove retries, timeouts and validation against the real server behind it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** Close the connection without forwarding or answering. */
  | { kind: 'drop' }
  /** Forward, let the server act, then close the connection instead of answering. */
  | { kind: 'drop-after-forward' }
  /** Answer this status without forwarding: a JSON body (a string is sent raw) and headers. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Wait before forwarding. */
  | { kind: 'delay'; ms: number }
  /** Forward, send the status and headers at once, wait, then send the body. */
  | { kind: 'stall-body'; ms: number }
  /** Forward, then send only half of the body (with the full Content-Length) and close. */
  | { kind: 'truncate' }
  /** Forward, then answer the server's status with this body instead (a string is sent raw). */
  | { kind: 'replace'; body: unknown };

export interface FaultRule {
  method?: string;
  /** Matched against the path without the query string. */
  path: string | RegExp;
  fault: Fault;
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The fault applied, if any. */
  fault: Fault['kind'] | undefined;
}

export interface FaultProxy {
  /** Base URL of the proxy (`http://127.0.0.1:<port>`). */
  url: string;
  /** Every request the proxy received, in order. */
  seen: SeenRequest[];
  /** Adds a rule; rules are tried in the order they were added. */
  inject(rule: FaultRule): void;
  /** Forgets the rules and the seen requests. */
  reset(): void;
  /**
   * Settles once every request the proxy took has reached the sandbox and been answered there (a
   * late, delayed attempt included), or was dropped: what a test waits for before it counts what
   * the server did.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'host',
]);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}

/** Starts the proxy on a free port in front of `upstream` (a base URL). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const base = upstream.replace(/\/+$/, '');
  let rules: { rule: FaultRule; left: number }[] = [];
  const seen: SeenRequest[] = [];
  let inFlight = 0;
  let whenIdle: (() => void)[] = [];

  async function forward(req: IncomingMessage, body: Buffer) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await fetch(base + req.url, {
      method: req.method,
      headers,
      body:
        body.length && req.method !== 'GET' && req.method !== 'HEAD'
          ? new Uint8Array(body)
          : undefined,
    });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) responseHeaders[name] = value;
    });
    return {
      status: response.status,
      headers: responseHeaders,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  function send(
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: Buffer,
  ) {
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(body);
  }

  const server = createServer((req, res) => {
    // In flight until the sandbox has answered it (or it was dropped without going there): a
    // stalled body still on its way to the client has landed already.
    inFlight++;
    let landed = false;
    const land = () => {
      if (landed) return;
      landed = true;
      if (--inFlight > 0) return;
      const waiting = whenIdle;
      whenIdle = [];
      for (const resolve of waiting) resolve();
    };
    void (async () => {
      const method = req.method ?? 'GET';
      const [path = '/', search = ''] = (req.url ?? '/').split('?');
      const body = await readBody(req);
      const entry = rules.find(({ rule, left }) => left > 0 && matches(rule, method, path));
      if (entry) entry.left--;
      const fault = entry?.rule.fault;
      seen.push({
        method,
        path,
        query: new URLSearchParams(search),
        headers: req.headers,
        body: body.toString(),
        fault: fault?.kind,
      });

      switch (fault?.kind) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'status': {
          const raw = typeof fault.body === 'string';
          const payload = Buffer.from(
            raw ? (fault.body as string) : JSON.stringify(fault.body ?? {}),
          );
          const type = raw ? 'text/plain' : 'application/json';
          send(res, fault.status, { 'content-type': type, ...fault.headers }, payload);
          return;
        }
        case 'delay':
          await sleep(fault.ms);
          break;
      }
      const upstreamResponse = await forward(req, body).finally(land);
      switch (fault?.kind) {
        case 'drop-after-forward':
          req.socket.destroy();
          return;
        case 'stall-body':
          res.writeHead(upstreamResponse.status, {
            ...upstreamResponse.headers,
            'content-length': String(upstreamResponse.body.length),
          });
          res.flushHeaders();
          await sleep(fault.ms);
          if (!res.destroyed) res.end(upstreamResponse.body);
          return;
        case 'truncate': {
          res.writeHead(upstreamResponse.status, {
            ...upstreamResponse.headers,
            'content-length': String(upstreamResponse.body.length),
          });
          res.write(upstreamResponse.body.subarray(0, upstreamResponse.body.length >> 1));
          // Let the half body leave before the connection goes.
          await sleep(20);
          req.socket.destroy();
          return;
        }
        case 'replace': {
          const replaced = Buffer.from(
            typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body),
          );
          send(res, upstreamResponse.status, upstreamResponse.headers, replaced);
          return;
        }
      }
      send(res, upstreamResponse.status, upstreamResponse.headers, upstreamResponse.body);
    })()
      .catch((error: unknown) => {
        if (!res.headersSent) {
          send(res, 502, { 'content-type': 'text/plain' }, Buffer.from(String(error)));
        } else res.destroy();
      })
      .finally(land);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    inject(rule) {
      rules.push({ rule, left: rule.times ?? 1 });
    },
    reset() {
      rules = [];
      seen.length = 0;
    },
    idle() {
      return inFlight
        ? new Promise<void>((resolve) => whenIdle.push(() => resolve()))
        : Promise.resolve();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
