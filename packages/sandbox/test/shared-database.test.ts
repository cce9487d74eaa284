// Several developers' sandboxes on one PostgreSQL database (a team's shared server): on one
// schema they share one sandbox's data; on a schema each (search_path in DATABASE_URL) they are
// apart. Needs the PostgreSQL server binaries, as postgres.test.ts does: it fails without them.
import assert from 'node:assert/strict';
import pg from 'pg';
import { after, before, describe, it } from 'node:test';
import { startSandbox } from '../src/index.js';
import type { RunningSandbox } from '../src/index.js';
import { Api, redeemOne, SK } from './support/api.js';
import { startPostgres } from './support/postgres.js';
import type { PostgresServer } from './support/postgres.js';

describe('one PostgreSQL database shared by several sandboxes', () => {
  let server: PostgresServer | undefined;
  let databases = 0;
  const running: RunningSandbox[] = [];
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    for (const sandbox of running) await sandbox.close().catch(() => undefined);
    await server?.stop();
  });
  const newDatabase = () => server!.createDatabase(`jg_shared_${process.pid}_${++databases}`);
  const start = async (databaseUrl: string) => {
    const sandbox = await startSandbox({ databaseUrl, port: 0, quiet: true });
    running.push(sandbox);
    return sandbox;
  };
  const withSchema = (url: string, schema: string) =>
    `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const redeem = async (api: Api) => {
    const token = await api.session('m_1001');
    return { token, id: await redeemOne(api, token) };
  };

  it('two sandboxes started at once on one new database migrate and seed it once, and share it', async () => {
    const url = await newDatabase();
    const [a, b] = await Promise.all([start(url), start(url)]);
    const apiA = new Api(a!.url);
    const apiB = new Api(b!.url);
    const { id } = await redeem(apiA);
    const tokenB = await apiB.session('m_1001');
    assert.equal((await apiB.get(`/v1/me/orders/${id}`, tokenB)).status, 200);
    const members = await a!.db.query<{ n: number }>('SELECT count(*)::int AS n FROM members');
    assert.equal(members.rows[0]!.n, 5);
  });

  it('with a schema each (search_path in DATABASE_URL) they are apart, resets included', async () => {
    const url = await newDatabase();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('CREATE SCHEMA dev_a; CREATE SCHEMA dev_b');
    } finally {
      await admin.end();
    }
    const a = await start(withSchema(url, 'dev_a'));
    const b = await start(withSchema(url, 'dev_b'));
    const apiA = new Api(a.url);
    const apiB = new Api(b.url);
    const { token, id } = await redeem(apiA);
    const tokenB = await apiB.session('m_1001');
    assert.equal((await apiB.get(`/v1/me/orders/${id}`, tokenB)).status, 404);
    assert.equal(await apiB.balance(tokenB), 12_800);
    assert.equal((await apiB.post('/sandbox/reset', SK)).status, 200);
    assert.equal((await apiA.get(`/v1/me/orders/${id}`, token)).status, 200);
    assert.equal(await apiA.balance(token), 12_800 - 1_200);
  });

  it('a reset under way keeps the moved clock with the data until its transaction commits', async () => {
    // The reset took the clock back to real time before its transaction, so while it waited for
    // the writes under way (or if it failed) every request read real time over the data written on
    // the moved clock: orders dated a year ahead of now, the state the reset's one transaction is
    // there to hide.
    const url = await newDatabase();
    const api = new Api((await start(url)).url);
    const year = 365 * 86_400;
    const offset = async () =>
      (await api.get<{ offsetSeconds: number }>('/sandbox/clock', SK)).body.offsetSeconds;
    assert.equal((await api.post('/sandbox/clock', SK, { advanceSeconds: year })).status, 200);
    // A write under way holds off the reset (as holdOffReset's shared lock does).
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query('SELECT pg_advisory_xact_lock_shared(7410002)');
      const resetting = api.post('/sandbox/reset', SK);
      const waiting = async () =>
        (
          await writer.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
          )
        ).rows[0]!.n;
      while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(await offset(), year, 'the clock while the reset waits');
      await writer.query('COMMIT');
      assert.equal((await resetting).status, 200);
    } finally {
      await writer.end();
    }
    assert.equal(await offset(), 0, 'the clock after the reset');
  });

  it('two sandboxes moving the clock to the same instant at once take it there, not twice as far', async () => {
    const url = await newDatabase();
    const [a, b] = [new Api((await start(url)).url), new Api((await start(url)).url)];
    assert.equal((await a.post('/sandbox/clock', SK, { advanceSeconds: 1 })).status, 200);
    const target = new Date(Date.now() + 30 * 86_400_000).toISOString();
    // Both read the clock, then wait on its row: as two partners' tests at the same instant.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT * FROM sandbox_clock FOR UPDATE');
      const both = Promise.all([a, b].map((api) => api.post('/sandbox/clock', SK, { at: target })));
      const waiting = async () =>
        (
          await holder.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted',
          )
        ).rows[0]!.n;
      while ((await waiting()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      await holder.query('COMMIT');
      for (const res of await both) assert.equal(res.status, 200);
    } finally {
      await holder.end();
    }
    const now = (await a.get<{ now: string }>('/sandbox/clock', SK)).body.now;
    assert.ok(Math.abs(Date.parse(now) - Date.parse(target)) < 60_000, `${now}, asked ${target}`);
  });

  it('a search_path naming no schema that exists is refused in one line that says so', async () => {
    const url = withSchema(await newDatabase(), 'dev_missing');
    await assert.rejects(
      startSandbox({ databaseUrl: url, port: 0, quiet: true }),
      (error: Error) => {
        assert.equal(error.message.split('\n').length, 1, error.message);
        assert.match(error.message, /search_path of DATABASE_URL .* is "dev_missing"/);
        assert.match(error.message, /CREATE SCHEMA/);
        return true;
      },
    );
  });
});
