import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { getRequestListener, RequestError } from '@hono/node-server';
import { createApp } from './app.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { describeStorage, DEFAULT_DATA_DIR, openDb, redactUrl } from './db/open.js';
import type { StorageOptions } from './db/open.js';
import { answerClientError, unroutableResponse } from './http/client-error.js';
import { consoleLogger, quietLogger } from './http/context.js';
import { seedIfEmpty } from './seed/index.js';

export interface SandboxOptions extends StorageOptions {
  /** 0 picks a free port (default 4010). */
  port?: number;
  /** Default 127.0.0.1: the sandbox has fixed, public keys and must not face a network. */
  host?: string;
  /** No per-request log lines. */
  quiet?: boolean;
  /** The server's clock; tests move it to expire sessions and verification codes. */
  clock?: () => Date;
}

export interface RunningSandbox {
  /** `http://HOST:PORT`, no trailing slash. */
  url: string;
  /** Which storage it runs on, for the start-up banner. */
  storage: string;
  db: Db;
  close(): Promise<void>;
}

/** How long close() waits for the requests under way (a write waits up to 10 s for its key). */
const DRAIN_MS = 3_000;
/**
 * How long an idle keep-alive connection stays open. Node's 5 s is shorter than what sits in front
 * of a team's sandbox or calls it: an AWS load balancer (60 s idle), nginx's upstream keepalive
 * (60 s), Go's and Java's connection pools. They send the next request on a connection the
 * sandbox is closing, and get a 502 or a reset (a POST is not resent). Longer than theirs, the
 * sandbox is never the side that closes first. (close() still ends idle connections at once.)
 */
const KEEP_ALIVE_MS = 65_000;

/** The storage as a refusal names it. */
function whereIs(options: StorageOptions): string {
  if (options.databaseUrl) return `the database ${redactUrl(options.databaseUrl)}`;
  if (options.memory) return 'the database';
  return `the data folder ${resolve(options.dataDir ?? DEFAULT_DATA_DIR)}`;
}

/**
 * Fails as listening on `port` would (EADDRINUSE, EACCES), before the storage is opened: found
 * only once listening, a port in use was told after PGlite had started on its folder (seconds on
 * a disk) and, on a first run, after a data folder had been made for nothing.
 */
async function checkPort(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Opens the storage, migrates, seeds an empty database and starts listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? (() => new Date());
  await checkPort(options.port ?? 4010, host);
  const db = await openDb(options);
  try {
    await migrate(db, whereIs(options));
    await seedIfEmpty(db, clock());
    // A PGlite folder has one process (db/lock.ts): a key still in flight is one the stopped
    // process was running when it died, and a member's retry may take it at once instead of
    // waiting out its stale time as "still being processed". (Instances may share a PostgreSQL
    // database, where another may be running it still: there a key names the instance running
    // it, and a retry frees it once that instance no longer holds its lock; see db/pg.ts.)
    if (db.kind === 'pglite') {
      await db.query(`DELETE FROM idempotency_keys WHERE state = 'in_flight'`);
    }
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const log = options.quiet ? quietLogger : consoleLogger;
  const app = createApp({ db, clock, log, logRequests: !options.quiet });
  // Requests under way, until their answer is written: close() lets them finish and be answered
  // before it closes the connections and the database. (Counted until the app had answered, the
  // last one's connection was closed before its answer was written: a session made or an order
  // placed, and the caller saw a reset.)
  let underway = 0;
  let drained: (() => void) | undefined;
  const answering = new Set<ServerResponse>();
  let stopping = false;

  // @hono/node-server's listener, as its serve() makes it, with an answer of the API's (not an
  // empty 400) for a request it makes no URL of: OPTIONS *, a backslash in the path, a bad Host.
  // It calls errorHandler for those synchronously, while `parsing` is the request.
  let parsing: IncomingMessage | undefined;
  const listener = getRequestListener(app.fetch, {
    hostname: host,
    errorHandler: (error) =>
      unroutableResponse(parsing, error instanceof RequestError, options.quiet ? undefined : log),
  });
  const server = await new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const s = createServer((incoming, outgoing) => {
      underway++;
      answering.add(outgoing);
      outgoing.once('close', () => {
        answering.delete(outgoing);
        if (--underway === 0) drained?.();
      });
      // Stopping: the connection's last answer, so that a back end's pool sends its next request
      // on a new connection rather than on this one, about to close.
      if (stopping) outgoing.setHeader('Connection', 'close');
      parsing = incoming;
      const done = listener(incoming, outgoing);
      parsing = undefined;
      return done;
    });
    s.once('error', reject);
    s.listen(options.port ?? 4010, host, () => resolve(s));
  }).catch(async (error: unknown) => {
    // A port in use must not leave the data folder open (and locked) behind a process that exits.
    await db.close().catch(() => undefined);
    throw error;
  });
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    // Above the keep-alive time, so that an idle connection is not taken for slow headers.
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  }
  // Without it, a request Node cannot parse gets Node's plain-text 400, not the API's JSON.
  server.on('clientError', (error: Error, socket: Duplex) =>
    answerClientError(error, socket, options.quiet ? undefined : log),
  );
  const { port } = server.address() as AddressInfo;
  // Every address (a container's --host 0.0.0.0) is no address to open: Chrome refuses
  // http://0.0.0.0, and so do curl and browsers on Windows. Its loopback is among them.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const shownHost = reachable.includes(':') ? `[${reachable}]` : reachable;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    storage: describeStorage(options),
    db,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // The requests under way finish first (a few seconds at most): cut off half-way, a
        // write's Idempotency-Key stayed in flight in a PostgreSQL database, and the member's
        // retry after a restart (Ctrl-C, npm start again) waited 10 s to be told 409
        // idempotency_key_in_use, for a minute. Idle keep-alive connections go at once.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        stopping = true;
        for (const outgoing of answering) {
          if (!outgoing.headersSent) outgoing.setHeader('Connection', 'close');
        }
        if (underway > 0) {
          await new Promise<void>((resolve) => {
            drained = resolve;
            setTimeout(resolve, DRAIN_MS).unref();
          });
        }
        // Keep-alive connections would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
        await closed;
        await db.close();
      })();
      return closing;
    },
  };
}
