// Plain SQL that runs unchanged on PGlite and PostgreSQL ≥ 13. Types avoid int8 and numeric
// on purpose: node-postgres returns those as strings, PGlite as numbers. Money is fen in int4
// (the largest loan, ¥500,000, is 50,000,000 fen) and APR is basis points.
export const sql = /* sql */ `
CREATE TABLE partners (
  id text PRIMARY KEY,
  name text NOT NULL,
  publishable_key text NOT NULL UNIQUE,
  secret_key text NOT NULL UNIQUE,
  modules jsonb NOT NULL
);

CREATE TABLE services (
  id text PRIMARY KEY,
  position int NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  description_zh text NOT NULL,
  description_en text NOT NULL,
  icon text NOT NULL,
  url text NOT NULL,
  badge text,
  available boolean NOT NULL
);

CREATE TABLE unions (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL,
  level int NOT NULL,
  parent_id text REFERENCES unions(id),
  region_code text,
  kind text NOT NULL
);
CREATE INDEX unions_parent ON unions(parent_id);

CREATE TABLE merchants (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL,
  category text NOT NULL,
  county_code text NOT NULL,
  address text NOT NULL,
  discount text NOT NULL,
  phone text,
  hue int NOT NULL
);

CREATE TABLE mall_categories (
  id text PRIMARY KEY,
  position int NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE products (
  id text PRIMARY KEY,
  category_id text NOT NULL REFERENCES mall_categories(id),
  name text NOT NULL,
  summary text NOT NULL,
  description text NOT NULL,
  points_price int NOT NULL CHECK (points_price >= 0),
  cash_price_fen int NOT NULL CHECK (cash_price_fen >= 0),
  stock int NOT NULL CHECK (stock >= 0),
  per_member_limit int CHECK (per_member_limit >= 1),
  fulfilment text NOT NULL,
  created_at timestamptz NOT NULL,
  hue int NOT NULL,
  image_count int NOT NULL
);
CREATE INDEX products_category ON products(category_id, id);
CREATE INDEX products_points ON products(points_price, id);
CREATE INDEX products_created ON products(created_at, id);

CREATE TABLE consent_texts (
  id text PRIMARY KEY,
  purpose text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  version text NOT NULL,
  sha256 text NOT NULL,
  required boolean NOT NULL,
  recipient text,
  data_categories jsonb NOT NULL,
  retention text NOT NULL
);

CREATE TABLE loan_products (
  id text PRIMARY KEY,
  position int NOT NULL,
  kind text NOT NULL,
  name text NOT NULL,
  description text NOT NULL,
  lender_name text NOT NULL,
  lender_contact text NOT NULL,
  min_amount_fen int NOT NULL,
  max_amount_fen int NOT NULL,
  terms_months jsonb NOT NULL,
  apr_min_bp int NOT NULL,
  apr_max_bp int NOT NULL,
  repayment_methods jsonb NOT NULL,
  min_age int NOT NULL,
  max_age int NOT NULL,
  consent_ids jsonb NOT NULL
);

CREATE TABLE benefits (
  id text PRIMARY KEY,
  position int NOT NULL,
  grp text NOT NULL,
  title_zh text NOT NULL,
  title_en text NOT NULL,
  description_zh text NOT NULL,
  description_en text NOT NULL,
  action_zh text NOT NULL,
  action_en text NOT NULL,
  url text NOT NULL
);

-- Synthetic people only. id_number is kept for the sandbox's own checks and never leaves it.
CREATE TABLE members (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL,
  mobile text NOT NULL,
  id_number text NOT NULL,
  union_id text NOT NULL REFERENCES unions(id),
  status text NOT NULL,
  joined_at text NOT NULL,
  card_number text NOT NULL,
  card_issued_at text NOT NULL,
  card_valid_through text NOT NULL,
  description_zh text NOT NULL,
  description_en text NOT NULL
);

-- Only a SHA-256 of the token is stored: a leaked table cannot be replayed as sessions.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  member_id text NOT NULL REFERENCES members(id),
  partner_id text NOT NULL REFERENCES partners(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE idempotency_keys (
  member_id text NOT NULL,
  endpoint text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL,
  status_code int,
  response jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (member_id, endpoint, key)
);

CREATE TABLE verification_codes (
  code text PRIMARY KEY,
  member_id text NOT NULL REFERENCES members(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE loan_drafts (
  member_id text PRIMARY KEY REFERENCES members(id),
  step text NOT NULL,
  "values" jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE points_lots (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  member_id text NOT NULL REFERENCES members(id),
  points int NOT NULL CHECK (points > 0),
  remaining int NOT NULL CHECK (remaining >= 0),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX points_lots_member ON points_lots(member_id, expires_at, seq);

CREATE TABLE points_ledger (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  member_id text NOT NULL REFERENCES members(id),
  type text NOT NULL,
  points int NOT NULL,
  balance_after int NOT NULL CHECK (balance_after >= 0),
  description text NOT NULL,
  order_id text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  -- DOMAIN §10: every ledger entry has an idempotency key, so a retried redeem/refund/expire
  -- cannot be booked twice.
  idempotency_key text NOT NULL,
  UNIQUE (member_id, idempotency_key)
);
CREATE INDEX points_ledger_member ON points_ledger(member_id, created_at, seq);

CREATE TABLE orders (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  member_id text NOT NULL REFERENCES members(id),
  product_id text NOT NULL REFERENCES products(id),
  product_name text NOT NULL,
  quantity int NOT NULL,
  points_total int NOT NULL,
  cash_total_fen int NOT NULL,
  status text NOT NULL,
  fulfilment text NOT NULL,
  delivery jsonb,
  redemption_code text,
  created_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  balance_after int NOT NULL
);
CREATE INDEX orders_member ON orders(member_id, seq);

CREATE TABLE order_lot_allocations (
  order_id text NOT NULL REFERENCES orders(id),
  lot_id text NOT NULL REFERENCES points_lots(id),
  points int NOT NULL,
  PRIMARY KEY (order_id, lot_id)
);

CREATE TABLE loan_applications (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  member_id text NOT NULL REFERENCES members(id),
  product_id text NOT NULL REFERENCES loan_products(id),
  product_name text NOT NULL,
  amount_fen int NOT NULL,
  term_months int NOT NULL,
  repayment_method text NOT NULL,
  apr_bp int NOT NULL,
  status text NOT NULL,
  applicant jsonb NOT NULL,
  employer jsonb NOT NULL,
  purpose text NOT NULL,
  rejection_reason text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX loan_applications_member ON loan_applications(member_id, seq);

CREATE TABLE loan_timeline (
  seq int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id text NOT NULL REFERENCES loan_applications(id),
  status text NOT NULL,
  at timestamptz NOT NULL,
  note text
);
CREATE INDEX loan_timeline_application ON loan_timeline(application_id, seq);

-- Append-only (DOMAIN §8). Never holds the raw ID number or any other applicant data.
CREATE TABLE consent_records (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  member_id text NOT NULL REFERENCES members(id),
  purpose text NOT NULL,
  text_id text NOT NULL,
  text_version text NOT NULL,
  text_sha256 text NOT NULL,
  recipient text,
  data_categories jsonb NOT NULL,
  action text NOT NULL,
  server_time timestamptz NOT NULL,
  channel text NOT NULL,
  locale text NOT NULL,
  application_id text
);
CREATE INDEX consent_records_member ON consent_records(member_id, seq);
`;
