import type { Locale } from '@jiagong/contract';
import type { Db } from '../db/db.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../domain/cursor.js';
import type { CursorPart } from '../domain/cursor.js';
import { isoShanghai } from '../domain/time.js';
import { ApiError } from '../http/errors.js';
import { merchantCategoryNames } from '../seed/merchants.js';
import { addSearch, Where } from './sql.js';
import type { HandlerGroup } from './types.js';
import { merchantLogoUrl, productImageUrls } from './urls.js';

const pick = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

interface ProductRow {
  id: string;
  category_id: string;
  name: string;
  summary: string;
  description: string;
  points_price: number;
  cash_price_fen: number;
  stock: number;
  per_member_limit: number | null;
  fulfilment: 'delivery' | 'pickup' | 'virtual';
  created_at: Date;
  image_count: number;
}

const PRODUCT_COLUMNS =
  'id, category_id, name, summary, description, points_price, cash_price_fen, stock, per_member_limit, fulfilment, created_at, image_count';

function toProduct(row: ProductRow, origin: string) {
  const images = productImageUrls(origin, row.id, row.image_count);
  return {
    id: row.id,
    categoryId: row.category_id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    imageUrl: images[0] ?? '',
    images,
    pointsPrice: row.points_price,
    cashPriceFen: row.cash_price_fen,
    stock: row.stock,
    perMemberLimit: row.per_member_limit,
    fulfilment: row.fulfilment,
    createdAt: isoShanghai(row.created_at),
  };
}

// Keyset orderings per sort: [ORDER BY, comparison for "after the cursor", cursor key of a row].
const productSorts = {
  default: {
    order: 'id ASC',
    after: (w: Where, k: (string | number)[]) => `id > ${w.param(k[0])}`,
    parts: ['text'] as CursorPart[],
    key: (r: ProductRow) => [r.id],
  },
  points_asc: {
    order: 'points_price ASC, id ASC',
    after: (w: Where, k: (string | number)[]) =>
      `(points_price, id) > (${w.param(k[0])}::int, ${w.param(k[1])})`,
    parts: ['int', 'text'] as CursorPart[],
    key: (r: ProductRow) => [r.points_price, r.id],
  },
  points_desc: {
    order: 'points_price DESC, id DESC',
    after: (w: Where, k: (string | number)[]) =>
      `(points_price, id) < (${w.param(k[0])}::int, ${w.param(k[1])})`,
    parts: ['int', 'text'] as CursorPart[],
    key: (r: ProductRow) => [r.points_price, r.id],
  },
  newest: {
    order: 'created_at DESC, id DESC',
    after: (w: Where, k: (string | number)[]) =>
      `(created_at, id) < (${w.param(k[0])}::timestamptz, ${w.param(k[1])})`,
    parts: ['timestamp', 'text'] as CursorPart[],
    key: (r: ProductRow) => [r.created_at.toISOString(), r.id],
  },
} as const;

export const catalogueHandlers: HandlerGroup<
  | 'services.list'
  | 'unions.tree'
  | 'merchants.list'
  | 'mall.categories.list'
  | 'mall.products.list'
  | 'mall.products.get'
  | 'loans.products'
> = {
  async 'services.list'({ db, partner, locale }) {
    const { rows } = await db.query<{
      id: string;
      name_zh: string;
      name_en: string;
      description_zh: string;
      description_en: string;
      icon: string;
      url: string;
      badge: 'new' | 'unavailable' | null;
      available: boolean;
    }>(
      `SELECT id, name_zh, name_en, description_zh, description_en, icon, url, badge, available
         FROM services WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY position`,
      [JSON.stringify(partner.modules)],
    );
    return {
      data: rows.map((row) => ({
        id: row.id,
        name: pick(locale, row.name_zh, row.name_en),
        description: pick(locale, row.description_zh, row.description_en),
        icon: row.icon,
        url: row.url,
        badge: row.badge,
        available: row.available,
      })),
    };
  },

  async 'unions.tree'({ db, query }) {
    const where = new Where();
    if (query.parentId !== undefined) where.add(`parent_id = ${where.param(query.parentId)}`);
    addSearch(where, query.q, ['name']);
    const { rows } = await db.query<{
      id: string;
      name: string;
      level: number;
      parent_id: string | null;
      region_code: string | null;
      kind: 'city' | 'county' | 'town' | 'enterprise' | 'community' | 'village' | 'joint';
    }>(
      `SELECT id, name, level, parent_id, region_code, kind FROM unions ${where} ORDER BY position`,
      where.params,
    );
    return {
      data: rows.map((row) => ({
        id: row.id,
        name: row.name,
        level: row.level,
        parentId: row.parent_id,
        regionCode: row.region_code,
        kind: row.kind,
      })),
    };
  },

  async 'merchants.list'({ db, query, locale, origin }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where = new Where();
    if (query.county) where.add(`m.county_code = ${where.param(query.county.replace(/^u_/, ''))}`);
    if (query.category) where.add(`m.category = ${where.param(query.category)}`);
    addSearch(where, query.q, ['m.name', 'm.address', 'm.discount']);
    const cursor = decodeCursor(query.cursor, 1, locale, 'merchants');
    if (cursor) where.add(`m.position > ${where.param(cursor[0])}::int`);
    const { rows } = await db.query<{
      id: string;
      position: number;
      name: string;
      category: keyof typeof merchantCategoryNames;
      county_code: string;
      county_name: string | null;
      address: string;
      discount: string;
      phone: string | null;
    }>(
      `SELECT m.id, m.position, m.name, m.category, m.county_code, u.name AS county_name,
              m.address, m.discount, m.phone
         FROM merchants m LEFT JOIN unions u ON u.id = 'u_' || m.county_code
         ${where} ORDER BY m.position LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    return toPage(
      rows,
      limit,
      (row) => [row.position],
      (row) => ({
        id: row.id,
        name: row.name,
        category: row.category,
        categoryName: pick(
          locale,
          merchantCategoryNames[row.category].zh,
          merchantCategoryNames[row.category].en,
        ),
        countyCode: row.county_code,
        countyName: (row.county_name ?? '').replace(/总工会$/, ''),
        address: row.address,
        discount: row.discount,
        phone: row.phone,
        logoUrl: merchantLogoUrl(origin, row.id),
      }),
      'merchants',
    );
  },

  async 'mall.categories.list'({ db, locale }) {
    const { rows } = await db.query<{
      id: string;
      name_zh: string;
      name_en: string;
      product_count: number;
    }>(
      `SELECT c.id, c.name_zh, c.name_en, COUNT(p.id)::int AS product_count
         FROM mall_categories c LEFT JOIN products p ON p.category_id = c.id
        GROUP BY c.id, c.name_zh, c.name_en, c.position ORDER BY c.position`,
    );
    return {
      data: rows.map((row) => ({
        id: row.id,
        name: pick(locale, row.name_zh, row.name_en),
        productCount: row.product_count,
      })),
    };
  },

  async 'mall.products.list'({ db, query, origin, locale }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const sort = productSorts[query.sort ?? 'default'];
    const list = `products.${query.sort ?? 'default'}`;
    const where = new Where();
    if (query.category) where.add(`category_id = ${where.param(query.category)}`);
    addSearch(where, query.q, ['name', 'summary']);
    if (query.maxPoints !== undefined) {
      // bigint: a huge (but valid) maxPoints must not overflow the int column's type.
      where.add(`points_price <= ${where.param(query.maxPoints)}::bigint`);
    }
    const cursor = decodeCursor(query.cursor, sort.parts, locale, list);
    if (cursor) where.add(sort.after(where, cursor));
    const { rows } = await db.query<ProductRow>(
      `SELECT ${PRODUCT_COLUMNS} FROM products ${where} ORDER BY ${sort.order} LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    return toPage(rows, limit, sort.key, (row) => toProduct(row, origin), list);
  },

  async 'mall.products.get'({ db, params, origin }) {
    const { rows } = await db.query<ProductRow>(
      `SELECT ${PRODUCT_COLUMNS} FROM products WHERE id = $1`,
      [params.id],
    );
    const row = rows[0];
    if (!row) throw new ApiError('not_found');
    return toProduct(row, origin);
  },

  async 'loans.products'({ db }) {
    const products = await loadLoanProducts(db);
    return { data: products };
  },
};

export interface ConsentTextRow {
  id: string;
  purpose: 'sensitive_pi' | 'share_with_bank' | 'credit_check';
  title: string;
  body: string;
  version: string;
  sha256: string;
  required: boolean;
  recipient: string | null;
  data_categories: string[];
  retention: string;
}

export function toConsentText(row: ConsentTextRow) {
  return {
    id: row.id,
    purpose: row.purpose,
    title: row.title,
    body: row.body,
    version: row.version,
    sha256: row.sha256,
    required: row.required,
    recipient: row.recipient,
    dataCategories: row.data_categories,
    retention: row.retention,
  };
}

export interface LoanProductRow {
  id: string;
  kind: 'startup' | 'consumer';
  name: string;
  description: string;
  lender_name: string;
  lender_contact: string;
  min_amount_fen: number;
  max_amount_fen: number;
  terms_months: number[];
  apr_min_bp: number;
  apr_max_bp: number;
  repayment_methods: ('equal-instalment' | 'equal-principal')[];
  min_age: number;
  max_age: number;
  consent_ids: string[];
}

/** Loan products with their consent texts, optionally one product only. */
export async function loadLoanProducts(db: Db, id?: string) {
  const where = id === undefined ? '' : 'WHERE id = $1';
  const { rows } = await db.query<LoanProductRow>(
    `SELECT * FROM loan_products ${where} ORDER BY position`,
    id === undefined ? [] : [id],
  );
  const texts = await db.query<ConsentTextRow>('SELECT * FROM consent_texts');
  const byId = new Map(texts.rows.map((row) => [row.id, row]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    lender: { name: row.lender_name, contact: row.lender_contact },
    minAmountFen: row.min_amount_fen,
    maxAmountFen: row.max_amount_fen,
    termsMonths: row.terms_months,
    aprMinPercent: row.apr_min_bp / 100,
    aprMaxPercent: row.apr_max_bp / 100,
    repaymentMethods: row.repayment_methods,
    minAge: row.min_age,
    maxAge: row.max_age,
    consents: row.consent_ids.flatMap((textId) => {
      const text = byId.get(textId);
      return text ? [toConsentText(text)] : [];
    }),
  }));
}
