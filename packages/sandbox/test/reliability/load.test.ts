// Load: 200 member sessions at once, each redeeming a scarce product (fewer in stock than
// members) and applying for a loan; every fourth also double-submits a redemption and the
// application with one idempotency key and cancels that redemption twice at once — on the
// embedded default (PGlite) and on a real PostgreSQL served by two sandbox instances sharing the
// database (the twin requests of a double submit go to different instances). Afterwards the books balance exactly: per member, the ledger sums to the
// balance, the lots hold the balance, the balance is the grant minus what live orders cost;
// per product, stock + ordered = initial; one record per idempotency key; no 5xx anywhere.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { Api, type ApiResponse } from '../support/api.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { loanInput } from '../suite/loans.js';

const MEMBERS = 200;
const GRANT = 1_000;
const PRICE = 100;
const SCARCE_STOCK = 60;
const PLENTY_STOCK = 10_000;

interface Setup {
  sandboxes: RunningSandbox[];
  products: { scarce: string; plenty: string };
  members: string[];
}

async function prepare(sandbox: RunningSandbox): Promise<Setup> {
  const db = sandbox.db;
  // Synthetic members cloned from m_1002 (active card), ids m_l000 … m_l199.
  await db.query(
    `INSERT INTO members (id, position, name, mobile, id_number, union_id, status, joined_at, card_number,
                          card_issued_at, card_valid_through, description_zh, description_en)
     SELECT 'm_l' || lpad(n::text, 3, '0'), 1000 + n, name, mobile, id_number, union_id, 'active', joined_at,
            card_number, card_issued_at, card_valid_through, description_zh, description_en
       FROM members, generate_series(0, $1::int - 1) AS n WHERE id = 'm_1002'`,
    [MEMBERS],
  );
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM products WHERE fulfilment <> 'delivery' ORDER BY id LIMIT 2`,
  );
  const [scarce, plenty] = rows.map((r) => r.id);
  assert.ok(scarce && plenty);
  await db.query(
    `UPDATE products SET stock = CASE WHEN id = $1 THEN $3::int ELSE $4::int END,
            points_price = $5, cash_price_fen = 0, per_member_limit = NULL WHERE id IN ($1, $2)`,
    [scarce, plenty, SCARCE_STOCK, PLENTY_STOCK, PRICE],
  );
  const members = Array.from({ length: MEMBERS }, (_, n) => `m_l${String(n).padStart(3, '0')}`);
  const api = new Api(sandbox.url);
  for (let i = 0; i < members.length; i += 50) {
    await Promise.all(members.slice(i, i + 50).map((m) => api.setPoints(m, GRANT)));
  }
  return { sandboxes: [sandbox], products: { scarce, plenty }, members };
}

const loanBody = loanInput({ amountFen: 5_000_000, channel: 'load-test/1.0' });

/**
 * One member's session, all at once: redeem the scarce product and apply for a loan; every
 * fourth member also double-submits a second redemption and the application (one key each, the
 * twin sent to the other instance) and then cancels that redemption twice at once.
 */
async function memberJourney(
  apis: Api[],
  index: number,
  memberId: string,
  products: Setup['products'],
): Promise<ApiResponse[]> {
  const a = apis[index % apis.length]!;
  const b = apis[(index + 1) % apis.length]!;
  const token = await a.session(memberId);
  const key = (k: string) => ({ 'Idempotency-Key': k });
  const loanKey = randomUUID();
  const scarce = a.post(
    '/v1/me/orders',
    token,
    { productId: products.scarce, quantity: 1 },
    key(randomUUID()),
  );
  const loan = a.post('/v1/me/loan-applications', token, loanBody, key(loanKey));
  if (index % 4 !== 0) return Promise.all([scarce, loan]);

  const orderKey = randomUUID();
  const plenty = { productId: products.plenty, quantity: 2 };
  const responses = await Promise.all([
    scarce,
    loan,
    b.post('/v1/me/loan-applications', token, loanBody, key(loanKey)),
    a.post('/v1/me/orders', token, plenty, key(orderKey)),
    b.post('/v1/me/orders', token, plenty, key(orderKey)),
  ]);
  const placed = responses.slice(3).find((r) => r.status === 201);
  assert.ok(placed, `${memberId}: the double-submitted order was placed`);
  responses.push(
    ...(await Promise.all([
      a.post(`/v1/me/orders/${placed.body.id}/cancel`, token),
      b.post(`/v1/me/orders/${placed.body.id}/cancel`, token),
    ])),
  );
  return responses;
}

const allowed: Record<number, string[]> = {
  422: ['out_of_stock', 'insufficient_points'],
  409: ['idempotency_key_in_use', 'order_not_cancellable'],
};

async function runLoad(setup: Setup): Promise<void> {
  const apis = setup.sandboxes.map((s) => new Api(s.url));
  const started = performance.now();
  const all = await Promise.all(
    setup.members.map((m, i) => memberJourney(apis, i, m, setup.products)),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const responses = all.flat();
  console.log(
    `# ${responses.length} requests from ${setup.members.length} sessions in ${seconds} s`,
  );

  const unexpected = responses.filter(
    (r) => r.status >= 300 && !(allowed[r.status] ?? []).includes(r.body?.error?.code),
  );
  assert.deepEqual(
    unexpected.map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 160)}`),
    [],
    'only expected refusals',
  );

  const db = setup.sandboxes[0]!.db;
  const api = apis[0]!;
  const { scarce, plenty } = setup.products;

  // Per product: stock + ordered (live orders) = initial; the scarce one sold out exactly.
  const { rows: stock } = await db.query<{ id: string; stock: number; ordered: number }>(
    `SELECT p.id, p.stock,
            COALESCE((SELECT sum(o.quantity) FROM orders o WHERE o.product_id = p.id AND o.status <> 'cancelled'), 0)::int AS ordered
       FROM products p WHERE p.id IN ($1, $2)`,
    [scarce, plenty],
  );
  const byId = Object.fromEntries(stock.map((r) => [r.id, r]));
  assert.equal(byId[scarce]!.stock + byId[scarce]!.ordered, SCARCE_STOCK);
  assert.equal(byId[scarce]!.stock, 0, 'more members than stock: it sells out');
  assert.equal(byId[plenty]!.stock + byId[plenty]!.ordered, PLENTY_STOCK);

  // Per member: one record per idempotency key, and the books balance.
  const { rows: books } = await db.query<{
    member_id: string;
    ledger: number;
    lots: number;
    last_after: number;
    live_cost: number;
    plenty_orders: number;
    applications: number;
    index: number;
  }>(
    `SELECT m.id AS member_id,
            (SELECT COALESCE(sum(points), 0) FROM points_ledger WHERE member_id = m.id)::int AS ledger,
            (SELECT COALESCE(sum(remaining), 0) FROM points_lots WHERE member_id = m.id)::int AS lots,
            (SELECT balance_after FROM points_ledger WHERE member_id = m.id ORDER BY seq DESC LIMIT 1) AS last_after,
            (SELECT COALESCE(sum(points_total), 0) FROM orders WHERE member_id = m.id AND status <> 'cancelled')::int AS live_cost,
            (SELECT count(*) FROM orders WHERE member_id = m.id AND product_id = $1)::int AS plenty_orders,
            (SELECT count(*) FROM loan_applications WHERE member_id = m.id)::int AS applications,
            substr(m.id, 4)::int AS index
       FROM members m WHERE m.id LIKE 'm_l%' ORDER BY m.id`,
    [plenty],
  );
  assert.equal(books.length, setup.members.length);
  const token = await api.session(setup.members[0]!);
  assert.equal((await api.get('/v1/me/points', token)).body.balance, books[0]!.ledger);
  for (const row of books) {
    const where = row.member_id;
    assert.equal(row.lots, row.ledger, `${where}: lots hold the ledger balance`);
    assert.equal(row.last_after, row.ledger, `${where}: the last balanceAfter is the balance`);
    assert.equal(row.ledger, GRANT - row.live_cost, `${where}: grant − live orders = balance`);
    const doubled = row.index % 4 === 0;
    assert.equal(row.plenty_orders, doubled ? 1 : 0, `${where}: one order per idempotency key`);
    assert.equal(row.applications, 1, `${where}: one application per idempotency key`);
  }
  const cancelled = await db.query(
    `SELECT count(*)::int AS n FROM orders WHERE member_id LIKE 'm_l%' AND status = 'cancelled'`,
  );
  assert.equal((cancelled.rows[0] as { n: number }).n, Math.ceil(setup.members.length / 4));
}

describe(`load: ${MEMBERS} concurrent member sessions redeeming and applying`, () => {
  const open: RunningSandbox[] = [];
  let server: PostgresServer | undefined;
  after(async () => {
    for (const s of open) await s.close().catch(() => undefined);
    await server?.stop();
  });

  it(
    'on the embedded default (PGlite): the books balance exactly',
    { timeout: 180_000 },
    async () => {
      const sandbox = await startSandbox({ port: 0, memory: true, quiet: true });
      open.push(sandbox);
      await runLoad(await prepare(sandbox));
    },
  );

  it(
    'on PostgreSQL, two instances sharing it: the books balance exactly',
    { timeout: 180_000 },
    async () => {
      server = await startPostgres();
      const url = await server.createDatabase(`jiagong_load_${process.pid}`);
      const first = await startSandbox({ port: 0, databaseUrl: url, quiet: true });
      open.push(first);
      const second = await startSandbox({ port: 0, databaseUrl: url, quiet: true });
      open.push(second);
      const setup = await prepare(first);
      setup.sandboxes.push(second);
      // The second instance reads the members the first one just created.
      const token = await new Api(second.url).session(setup.members[0]!);
      assert.equal((await new Api(second.url).get('/v1/me/points', token)).body.balance, GRANT);
      await runLoad(setup);
    },
  );
});
