import { maskMobile, maskName, maskResidentId } from '@jiagong/contract';
import { addDays, defaultPointsExpiry, shanghaiInstant, shanghaiYear } from '../domain/time.js';
import { consentTexts, loanProducts } from './loans.js';
import type { MemberSeed } from './members.js';
import type { ProductRow } from './products.js';

/**
 * Member activity relative to the reset time, so "expiring soon" and "recent orders" stay true
 * whenever the sandbox is reset. Rows are written straight to the tables (faster than replaying
 * the handlers); `test/seed.test.ts` checks the ledger adds up.
 */
export function buildHistory(
  now: Date,
  members: MemberSeed[],
  products: ProductRow[],
  unionNames: Map<string, string>,
) {
  const year = shanghaiYear(now);
  const startOfYear = shanghaiInstant(year, 1, 1);
  // A point in the current year before now: monotonic in `fraction`.
  const during = (fraction: number) =>
    new Date(startOfYear.getTime() + fraction * (now.getTime() - startOfYear.getTime()));

  const lots: Record<string, unknown>[] = [];
  const ledger: Record<string, unknown>[] = [];
  const orders: Record<string, unknown>[] = [];
  const allocations: Record<string, unknown>[] = [];
  const balances = new Map<string, number>();
  const remaining = new Map<string, number>();
  let n = 0;

  const entry = (
    memberId: string,
    type: string,
    points: number,
    at: Date,
    description: string,
    extra: { orderId?: string; expiresAt?: Date; key?: string } = {},
  ) => {
    const balance = (balances.get(memberId) ?? 0) + points;
    balances.set(memberId, balance);
    n += 1;
    const id = `pt_seed_${String(n).padStart(4, '0')}`;
    ledger.push({
      id,
      member_id: memberId,
      type,
      points,
      balance_after: balance,
      description,
      order_id: extra.orderId ?? null,
      created_at: at.toISOString(),
      expires_at: extra.expiresAt?.toISOString() ?? null,
      idempotency_key: extra.key ?? `seed:${id}`,
    });
  };

  const earn = (
    memberId: string,
    lotId: string,
    points: number,
    at: Date,
    description: string,
    expiresAt = defaultPointsExpiry(at),
  ) => {
    lots.push({
      id: lotId,
      member_id: memberId,
      points,
      remaining: points,
      created_at: at.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
    remaining.set(lotId, points);
    entry(memberId, 'earn', points, at, description, { expiresAt });
  };

  const member = (id: string) => {
    const found = members.find((m) => m.id === id);
    if (!found) throw new Error(`unknown seed member ${id}`);
    return found;
  };
  const product = (id: string) => {
    const found = products.find((p) => p.id === id);
    if (!found) throw new Error(`unknown seed product ${id}`);
    return found;
  };

  const order = (
    memberId: string,
    orderId: string,
    productId: string,
    quantity: number,
    at: Date,
    status: 'confirmed' | 'shipped' | 'completed',
    lotId: string,
  ) => {
    const p = product(productId);
    const points = p.points_price * quantity;
    remaining.set(lotId, (remaining.get(lotId) ?? 0) - points);
    entry(memberId, 'redeem', -points, at, `兑换：${p.name}`, {
      orderId,
      key: `order:${orderId}:redeem`,
    });
    const m = member(memberId);
    orders.push({
      id: orderId,
      member_id: memberId,
      product_id: p.id,
      product_name: p.name,
      quantity,
      points_total: points,
      cash_total_fen: p.cash_price_fen * quantity,
      status,
      fulfilment: p.fulfilment,
      delivery:
        p.fulfilment === 'delivery'
          ? {
              recipientMasked: maskName(m.name),
              mobileMasked: maskMobile(m.mobile),
              address: '浙江省嘉兴市南湖区禾丰路 88 号 嘉禾花园 3 幢 201 室',
            }
          : null,
      redemption_code:
        p.fulfilment === 'delivery'
          ? null
          : `${orderId.slice(-2)}${String(p.points_price).padStart(8, '0')}`,
      created_at: at.toISOString(),
      cancelled_at: null,
      balance_after: balances.get(memberId),
    });
    allocations.push({ order_id: orderId, lot_id: lotId, points });
  };

  const cancel = (memberId: string, orderId: string, at: Date) => {
    const row = orders.find((o) => o.id === orderId)!;
    const allocation = allocations.find((a) => a.order_id === orderId)!;
    const points = row.points_total as number;
    remaining.set(
      allocation.lot_id as string,
      (remaining.get(allocation.lot_id as string) ?? 0) + points,
    );
    entry(memberId, 'refund', points, at, `取消订单退回：${String(row.product_name)}`, {
      orderId,
      key: `order:${orderId}:refund`,
    });
    row.status = 'cancelled';
    row.cancelled_at = at.toISOString();
    row.balance_after = balances.get(memberId);
  };

  // m_1001: a lot that was partly spent and then expired two years back, this year's lots,
  // orders in every state, a cancelled one with its refund, and a promotional lot that expires
  // within 30 days so `expiringSoon` shows. Final balance 12,800.
  const oldEarn = shanghaiInstant(year - 2, 6, 15, 10);
  earn('m_1001', 'lot_1001_1', 1500, oldEarn, '职工技能竞赛奖励');
  order(
    'm_1001',
    'ord_1001_01',
    'prd_0006',
    1,
    shanghaiInstant(year - 1, 8, 10, 14, 20),
    'completed',
    'lot_1001_1',
  );
  const oldExpiry = shanghaiInstant(year - 1, 12, 31, 23, 59, 59);
  entry('m_1001', 'expire', -1000, oldExpiry, '积分到期', { key: 'expire:lot_1001_1' });
  remaining.set('lot_1001_1', 0);
  earn('m_1001', 'lot_1001_2', 10_000, during(0.02), '年度会员积分发放');
  order('m_1001', 'ord_1001_02', 'prd_0007', 1, during(0.2), 'completed', 'lot_1001_2');
  earn('m_1001', 'lot_1001_3', 3000, during(0.35), '劳动竞赛奖励');
  order('m_1001', 'ord_1001_03', 'prd_0008', 2, during(0.5), 'shipped', 'lot_1001_2');
  order('m_1001', 'ord_1001_04', 'prd_0009', 1, during(0.6), 'confirmed', 'lot_1001_2');
  cancel('m_1001', 'ord_1001_04', during(0.62));
  earn('m_1001', 'lot_1001_4', 1000, during(0.7), '工会活动签到奖励');
  order('m_1001', 'ord_1001_05', 'prd_0010', 1, during(0.85), 'confirmed', 'lot_1001_2');
  const promoAt = new Date(Math.max(addDays(now, -10).getTime(), during(0.9).getTime()));
  earn('m_1001', 'lot_1001_5', 800, promoAt, '答题拉力赛奖励（限时积分）', addDays(now, 20));

  earn('m_1002', 'lot_1002_1', 200, addDays(now, -3), '新会员入会礼');
  earn('m_1003', 'lot_1003_1', 3500, during(0.1), '年度会员积分发放');
  earn('m_1004', 'lot_1004_1', 1200, during(0.05), '年度会员积分发放');

  for (const lot of lots) lot.remaining = remaining.get(lot.id as string) ?? 0;

  // m_1001's one loan application, already through the bank's whole review.
  const m1001 = member('m_1001');
  const consumer = loanProducts[1]!;
  const submitted = addDays(now, -120);
  const applicationId = 'la_1001_01';
  const applications = [
    {
      id: applicationId,
      member_id: 'm_1001',
      product_id: consumer.id,
      product_name: consumer.name,
      amount_fen: 8_000_000,
      term_months: 12,
      repayment_method: 'equal-instalment',
      apr_bp: consumer.apr_max_bp,
      status: 'disbursed',
      applicant: {
        nameMasked: maskName(m1001.name),
        idNumberMasked: maskResidentId(m1001.id_number),
        mobileMasked: maskMobile(m1001.mobile),
        unionId: m1001.union_id,
        unionName: unionNames.get(m1001.union_id) ?? '',
      },
      employer: { name: '嘉兴禾信电子有限公司', uscc: '91330402MA2B0C1D2H' },
      purpose: '家庭装修',
      rejection_reason: null,
      created_at: submitted.toISOString(),
      updated_at: addDays(submitted, 5).toISOString(),
    },
  ];
  const timeline = [
    { application_id: applicationId, status: 'submitted', at: submitted.toISOString(), note: null },
    {
      application_id: applicationId,
      status: 'under_review',
      at: addDays(submitted, 1).toISOString(),
      note: null,
    },
    {
      application_id: applicationId,
      status: 'approved',
      at: addDays(submitted, 3).toISOString(),
      note: '审批通过，额度 8 万元',
    },
    {
      application_id: applicationId,
      status: 'disbursed',
      at: addDays(submitted, 5).toISOString(),
      note: '已放款至尾号 0012 的嘉工卡',
    },
  ];
  const consents = consentTexts.map((text, i) => ({
    id: `cr_1001_${String(i + 1).padStart(2, '0')}`,
    member_id: 'm_1001',
    purpose: text.purpose,
    text_id: text.id,
    text_version: text.version,
    text_sha256: text.sha256,
    recipient: text.recipient,
    data_categories: text.data_categories,
    action: 'grant',
    server_time: submitted.toISOString(),
    channel: 'bank-app/3.2.0 @jiagong/elements/0.1.0',
    locale: 'zh-CN',
    application_id: applicationId,
  }));

  return { lots, ledger, orders, allocations, applications, timeline, consents, balances };
}
