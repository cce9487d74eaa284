// kill -9 while partners' back ends are ordering, saving drafts and applying for loans, on the
// embedded PGlite folder and on a real PostgreSQL server: after the restart nothing answered is
// lost, and every keyed request sent again with its Idempotency-Key is answered as the first was
// (or placed once, when the first never got its answer), each charged once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Api, type Json } from './support/api.js';
import { runSandboxCli, tempDirs } from './support/cli.js';
import { startPostgres, type PostgresServer } from './support/postgres.js';
import { loanInput } from './suite/loans.js';

interface Answer {
  status: number | 'no answer';
  body?: Json;
}

async function send(request: () => Promise<{ status: number; body: Json }>): Promise<Answer> {
  try {
    const { status, body } = await request();
    return { status, body };
  } catch {
    return { status: 'no answer' };
  }
}

async function allPages(api: Api, path: string, token: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: Json } = await api.get(
      `${path}?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      token,
    );
    assert.equal(page.status, 200, JSON.stringify(page.body));
    items.push(...page.body.data);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

/** Runs the storm on a sandbox started with `args`/`env`, kills it -9, restarts and checks. */
async function killMidRequest(args: string[], env: Record<string, string>): Promise<void> {
  const first = runSandboxCli(args, 120_000, env);
  let api = new Api(await first.ready);
  const shopper = await api.session('m_1001');
  const applicant = await api.session('m_1002');
  // Another member's draft: an application takes its member's draft away.
  const drafting = await api.session('m_1005');
  const balanceBefore = await api.balance(shopper);
  const order = { productId: 'prd_0002', quantity: 1 };
  const orders = new Map<string, Answer>();
  const drafts: Answer[] = [];
  let stopped = false;
  let answered = 0;
  let enough!: () => void;
  const enoughAnswered = new Promise<void>((resolve) => (enough = resolve));

  // Three back ends ordering, each order with its own key, and another member's app saving a draft.
  const orderer = async (worker: number) => {
    for (let i = 0; !stopped && i < 400; i++) {
      const key = `kill-9-${worker}-${i}`;
      orders.set(key, { status: 'no answer' });
      const answer = await send(() =>
        api.post('/v1/me/orders', shopper, order, { 'Idempotency-Key': key }),
      );
      orders.set(key, answer);
      if (answer.status !== 'no answer' && ++answered >= 12) enough();
      if (answer.status === 'no answer') return;
    }
  };
  const drafter = async () => {
    for (let n = 1; !stopped && n < 400; n++) {
      const values = { amountFen: 1_000_000 + n };
      const answer = await send(() =>
        api.call('PUT', '/v1/me/loan-draft', {
          auth: drafting,
          json: { step: 'amount', values },
        }),
      );
      drafts.push({ ...answer, body: { n } });
      if (answer.status === 'no answer') return;
    }
  };
  const running = [orderer(1), orderer(2), orderer(3), drafter()];
  await enoughAnswered;
  // One loan application answered before the kill, one sent as the process is killed.
  const applied = await api.post('/v1/me/loan-applications', applicant, loanInput(), {
    'Idempotency-Key': 'kill-9-loan-answered',
  });
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  const startupLoan = loanInput({ productId: 'lp_startup', termMonths: 24 });
  const inFlight = send(() =>
    api.post('/v1/me/loan-applications', applicant, startupLoan, {
      'Idempotency-Key': 'kill-9-loan-in-flight',
    }),
  );
  first.child.kill('SIGKILL');
  assert.equal(await first.exit, 'SIGKILL');
  stopped = true;
  await Promise.all(running);
  const inFlightAnswer = await inFlight;
  const cut = [...orders.values()].filter((answer) => answer.status === 'no answer').length;
  assert.ok(answered >= 12 && cut >= 1, `answered ${answered}, cut ${cut}`);

  const second = runSandboxCli(args, 120_000, env);
  try {
    api = new Api(await second.ready);
    // Every order's retry: the first answer again where there was one, else placed (once).
    for (const [key, answer] of orders) {
      const retry = await api.post('/v1/me/orders', shopper, order, { 'Idempotency-Key': key });
      assert.equal(retry.status, 201, `${key}: ${JSON.stringify(retry.body)}`);
      if (answer.status !== 'no answer') {
        assert.equal(answer.status, 201, `${key}: ${JSON.stringify(answer.body)}`);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true', key);
        assert.deepEqual(retry.body, answer.body, key);
      }
    }
    const again = await api.post('/v1/me/loan-applications', applicant, loanInput(), {
      'Idempotency-Key': 'kill-9-loan-answered',
    });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, applied.body);
    const retried = await api.post('/v1/me/loan-applications', applicant, startupLoan, {
      'Idempotency-Key': 'kill-9-loan-in-flight',
    });
    assert.equal(retried.status, 201, JSON.stringify(retried.body));
    if (inFlightAnswer.status !== 'no answer') assert.deepEqual(retried.body, inFlightAnswer.body);

    // One order, one redeem entry and one charge per key; the ledger adds up to the balance.
    const placed = (await allPages(api, '/v1/me/orders', shopper)).filter(
      (o) => o.productId === 'prd_0002',
    );
    assert.equal(placed.length, orders.size);
    const balance = await api.balance(shopper);
    assert.equal(balance, balanceBefore - 100 * orders.size);
    const ledger = await allPages(api, '/v1/me/points/transactions', shopper);
    const placedIds = new Set(placed.map((o) => o.id));
    assert.equal(ledger.filter((e) => placedIds.has(e.orderId)).length, orders.size);
    assert.equal(
      ledger.reduce((sum, e) => sum + e.points, 0),
      balance,
    );
    const applications = await allPages(api, '/v1/me/loan-applications', applicant);
    assert.deepEqual(applications.map((a) => a.productId).sort(), ['lp_consumer', 'lp_startup']);
    // The draft is the last one answered, or one saved after it.
    const lastSaved = Math.max(
      ...drafts.filter((d) => d.status === 200).map((d) => (d.body as { n: number }).n),
    );
    const draft = await api.get('/v1/me/loan-draft', drafting);
    assert.ok(
      draft.body.draft.values.amountFen - 1_000_000 >= lastSaved,
      JSON.stringify(draft.body),
    );
  } finally {
    second.child.kill('SIGTERM');
    await second.exit;
  }
}

describe('kill -9 mid-request', () => {
  const tempDir = tempDirs('jiagong-kill-');
  let server: PostgresServer | undefined;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());

  it('loses nothing on a PGlite data folder, and every retry is answered once', async () => {
    await killMidRequest(['--port', '0', '--data-dir', join(tempDir(), 'pglite'), '--quiet'], {});
  });

  it('loses nothing on PostgreSQL, and every retry is answered once', async () => {
    const url = await server!.createDatabase(`jiagong_kill_${process.pid}`);
    await killMidRequest(['--port', '0', '--quiet'], { DATABASE_URL: url });
  });
});
