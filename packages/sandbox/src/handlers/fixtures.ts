import type { Db } from '../db/db.js';
import type { HandlerGroup } from './types.js';

/**
 * One table's user-facing texts. Each `set` receives a SQL expression for "the text of this row"
 * and returns the SET clause; columns of one row get consecutive texts of the list so that, over
 * the rows of a table, every column sees every text.
 */
interface TextTable {
  table: string;
  /** Orders the rows (stable, byte order) so the cycle is deterministic. */
  orderBy: string;
  key: string;
  columns: ((text: string) => string)[];
}

const both = (column: string) => (t: string) => `${column}_zh = ${t}, ${column}_en = ${t}`;
const plain = (column: string) => (t: string) => `${column} = ${t}`;
/** Each item of a JSON array of strings becomes the text; the array keeps its length. */
const replaceItems = (column: string, t: string) =>
  // The item is referenced so the aggregate belongs to the subquery, not to the UPDATE.
  `${column} = (SELECT COALESCE(jsonb_agg(CASE WHEN e IS NULL THEN NULL ELSE to_jsonb(${t}) END), '[]'::jsonb) FROM jsonb_array_elements(${column}) AS x(e))`;
const inJson = (column: string, field: string) => (t: string) =>
  `${column} = jsonb_set(${column}, '{${field}}', to_jsonb(${t}))`;

// Every text a member can see that the partner's users cannot type themselves. What members type
// (delivery addresses, loan purposes, employer names) goes through the public API in the tests.
const tables: TextTable[] = [
  {
    table: 'services',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [both('name'), both('description')],
  },
  { table: 'unions', orderBy: 'id COLLATE "C"', key: 'id', columns: [plain('name')] },
  {
    table: 'merchants',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [plain('name'), plain('address'), plain('discount')],
  },
  { table: 'mall_categories', orderBy: 'id COLLATE "C"', key: 'id', columns: [both('name')] },
  {
    table: 'products',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [plain('name'), plain('summary'), plain('description')],
  },
  {
    table: 'consent_texts',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [
      plain('title'),
      // The published digest follows the text, as it would for a real new version.
      (t) => `body = ${t}, sha256 = encode(sha256(convert_to(${t}, 'UTF8')), 'hex')`,
      plain('recipient'),
      plain('retention'),
    ],
  },
  {
    table: 'loan_products',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [plain('name'), plain('description'), plain('lender_name'), plain('lender_contact')],
  },
  {
    table: 'benefits',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [both('title'), both('description'), both('action')],
  },
  { table: 'members', orderBy: 'id COLLATE "C"', key: 'id', columns: [plain('name')] },
  { table: 'points_ledger', orderBy: 'id COLLATE "C"', key: 'id', columns: [plain('description')] },
  {
    table: 'orders',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [
      plain('product_name'),
      (t) =>
        `delivery = CASE WHEN delivery IS NULL THEN NULL ELSE jsonb_set(delivery, '{address}', to_jsonb(${t})) END`,
    ],
  },
  {
    table: 'loan_applications',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [
      plain('product_name'),
      plain('purpose'),
      inJson('employer', 'name'),
      inJson('applicant', 'unionName'),
      (t) => `rejection_reason = CASE WHEN rejection_reason IS NULL THEN NULL ELSE ${t} END`,
    ],
  },
  {
    table: 'model_workers',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [
      plain('name'),
      plain('title'),
      plain('employer'),
      plain('occupation'),
      plain('summary'),
      (t) => `quote = CASE WHEN quote IS NULL THEN NULL ELSE ${t} END`,
      // Every honour and paragraph becomes the text (the arrays keep their length).
      (t) => replaceItems('honours', t),
      (t) => replaceItems('story', t),
    ],
  },
  { table: 'course_providers', orderBy: 'id COLLATE "C"', key: 'id', columns: [plain('name')] },
  {
    table: 'courses',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [
      plain('title'),
      plain('summary'),
      plain('category'),
      (t) => replaceItems('description', t),
      (t) => `series = CASE WHEN series IS NULL THEN NULL ELSE ${t} END`,
      (t) => `venue = CASE WHEN venue IS NULL THEN NULL ELSE ${t} END`,
    ],
  },
  {
    table: 'quiz_rallies',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [plain('title'), plain('theme'), plain('description')],
  },
  {
    table: 'quiz_questions',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [
      plain('text'),
      plain('explanation'),
      (t) =>
        `options = (SELECT COALESCE(jsonb_agg(jsonb_set(o, '{text}', to_jsonb(${t})) ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(options) WITH ORDINALITY AS x(o, n))`,
    ],
  },
  {
    table: 'consent_records',
    orderBy: 'id COLLATE "C"',
    key: 'id',
    columns: [(t) => `recipient = CASE WHEN recipient IS NULL THEN NULL ELSE ${t} END`],
  },
  {
    table: 'loan_timeline',
    orderBy: 'seq',
    key: 'seq',
    columns: [(t) => `note = CASE WHEN note IS NULL THEN NULL ELSE ${t} END`],
  },
];

async function writeTexts(db: Db, texts: string[]): Promise<Record<string, number>> {
  const updated: Record<string, number> = {};
  const list = JSON.stringify(texts);
  for (const [offset, spec] of tables.entries()) {
    // Text number (row index + column index + table offset) mod the list length.
    const text = (column: number) => `($1::jsonb ->> ((r.k + ${column + offset}) % $2))`;
    const sets = spec.columns.map((set, column) => set(text(column))).join(', ');
    const { rowCount } = await db.query(
      `WITH r AS (
         SELECT ${spec.key} AS key, (row_number() OVER (ORDER BY ${spec.orderBy}))::int - 1 AS k
           FROM ${spec.table})
       UPDATE ${spec.table} SET ${sets} FROM r WHERE ${spec.table}.${spec.key} = r.key`,
      [list, texts.length],
    );
    updated[spec.table] = rowCount;
  }
  return updated;
}

export const fixtureHandlers: HandlerGroup<'sandbox.setTexts'> = {
  async 'sandbox.setTexts'({ db, body }) {
    return { updated: await db.transaction((tx) => writeTexts(tx, body.texts)) };
  },
};
