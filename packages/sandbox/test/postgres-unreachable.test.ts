// DATABASE_URL naming a server that never answers (a firewall dropping packets, a VPN down, the
// port of something else): the sandbox must say so, not hang without a word, Ctrl-C included.
import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { startSandbox } from '../src/index.js';

let silent: net.Server;
const sockets = new Set<net.Socket>();
before(async () => {
  // Accepts connections and never says a word.
  silent = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
after(() => {
  for (const socket of sockets) socket.destroy();
  silent.close();
});

it(
  'fails to start, saying which server, when PostgreSQL never answers',
  { timeout: 45_000 },
  async () => {
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    const failure = await startSandbox({
      databaseUrl: `postgres://dev:secret@127.0.0.1:${port}/jiagong`,
      port: 0,
      quiet: true,
    }).then(
      async (sandbox) => {
        await sandbox.close();
        return undefined;
      },
      (error: unknown) => error as Error,
    );
    assert.ok(failure, 'it does not start');
    assert.match(failure.message, /cannot use the PostgreSQL server in DATABASE_URL/);
    assert.match(failure.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
    assert.doesNotMatch(failure.message, /secret/);
    // Within the connection time (10 s), with a wide margin for a busy machine.
    assert.ok(Date.now() - started < 40_000, `took ${Date.now() - started} ms`);
  },
);

it('says at once that a DATABASE_URL set for another program is not a PostgreSQL server', async () => {
  // DATABASE_URL is many programs' variable: one a partner exported for their own app reached
  // the sandbox, which tried it as a PostgreSQL server (this one never answers: 10 s, then a
  // failure naming the server, not the variable).
  const { port } = silent.address() as AddressInfo;
  for (const [url, shown] of [
    [`mysql://app:secret@127.0.0.1:${port}/shop`, `mysql://app:***@127.0.0.1:${port}/shop`],
    ['file:./dev.db', 'file:///dev.db'],
    ['host=127.0.0.1 password=secret', 'not a URL'],
  ] as const) {
    const started = Date.now();
    await assert.rejects(
      startSandbox({ databaseUrl: url, port: 0, quiet: true }),
      (error: Error) => {
        assert.match(error.message, /^DATABASE_URL is set, but not to a PostgreSQL server/);
        assert.ok(error.message.includes(`(${shown})`), error.message);
        assert.match(error.message, /unset it/);
        assert.doesNotMatch(error.message, /secret/);
        return true;
      },
    );
    assert.ok(Date.now() - started < 5_000, `${url}: took ${Date.now() - started} ms`);
  }
});

it('shows no password given in the query of DATABASE_URL (?password=, sslpassword=)', async () => {
  // pg takes the password from the query too (a socket: URL has no other place for it), and the
  // failure named the server with it, into the terminal and a CI log.
  for (const [url, shown] of [
    [
      'postgres://dev@127.0.0.1:1/jiagong?password=secret&options=-c%20search_path%3Djiagong',
      'postgres://dev@127.0.0.1:1/jiagong?password=***&options=-c%20search_path%3Djiagong',
    ],
    [
      'socket:/nonexistent-jiagong-socket?db=jiagong&password=secret',
      'socket:/nonexistent-jiagong-socket?db=jiagong&password=***',
    ],
    [
      'postgres://dev:secret@127.0.0.1:1/jiagong?sslpassword=secret',
      'postgres://dev:***@127.0.0.1:1/jiagong?sslpassword=***',
    ],
    ['mysql://app@127.0.0.1:1/shop?Password=secret', 'mysql://app@127.0.0.1:1/shop?Password=***'],
  ] as const) {
    await assert.rejects(
      startSandbox({ databaseUrl: url, port: 0, quiet: true }),
      (error: Error) => {
        assert.ok(error.message.includes(`(${shown})`), error.message);
        assert.doesNotMatch(error.message, /secret/);
        return true;
      },
    );
  }
});
