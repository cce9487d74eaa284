import type * as z from 'zod/mini';
import * as s from './build.js';
import { int, maxLength, maximum, minimum } from './checks.js';
import {
  Count,
  DateTime,
  Fen,
  Id,
  List,
  LongText,
  Page,
  PageQuery,
  Points,
  Text,
  Url,
} from './common.js';

// Object types are interfaces extending their schema's inferred type: an editor's hover and
// the API docs then show their name (`Promise<MemberCard>`), not the expanded structure.
/* eslint-disable @typescript-eslint/no-empty-object-type */

/** Ids of the platform's service modules; an API may add more, so clients accept any string. */
export const knownServiceIds = [
  'ebook',
  'classroom',
  'medical',
  'lawyer',
  'jobs',
  'skills',
  'alliance',
  'mall',
  'loan',
  'quiz',
  'models',
] as const;

export const Service = s.object({
  id: s.string(),
  name: Text,
  description: Text,
  /** An icon key from the elements' icon set (book, school, heart …). */
  icon: s.string(),
  url: Url,
  badge: s.nullable(s.open<'new' | 'unavailable'>()),
  available: s.boolean(),
});
/** A service module of the platform (`client.services.list()`). */
export interface Service extends z.infer<typeof Service> {}
/** `{ data: Service[] }`: what `client.services.list()` answers. */
export const ServiceList = List(Service);

/** Union levels: 1 市总工会, 2 县(市、区)总工会, 3 镇(街道)总工会, 4 基层工会. */
export const UnionLevel = s.number(int, minimum(1), maximum(4));
export const Union = s.object({
  id: Id,
  name: Text,
  level: UnionLevel,
  parentId: s.nullable(Id),
  /** GB/T 2260 code where the body has one; functional zones may not. */
  regionCode: s.nullable(s.string()),
  kind: s.open<'city' | 'county' | 'town' | 'enterprise' | 'community' | 'village' | 'joint'>(),
});
/** A trade union of the Jiaxing union tree (`client.unions.tree()`). */
export interface Union extends z.infer<typeof Union> {}
export const UnionQuery = s.object({
  parentId: s.optional(Id),
  q: s.optional(s.string(maxLength(50))),
});
/** What `client.unions.tree()` takes: the children of `parentId`, or a search. */
export interface UnionQuery extends z.input<typeof UnionQuery> {}
/** `{ data: Union[] }`: what `client.unions.tree()` answers. */
export const UnionList = List(Union);

export const MerchantCategory = s.enum([
  'dining',
  'retail',
  'health',
  'education',
  'travel',
  'services',
]);
/** A 惠工联盟 merchant category. */
export type MerchantCategory = z.infer<typeof MerchantCategory>;
export const Merchant = s.object({
  id: Id,
  name: Text,
  category: s.open<MerchantCategory>(),
  categoryName: Text,
  countyCode: s.string(),
  countyName: Text,
  address: Text,
  /** Human text of the member discount; computed by the server, never on the client. */
  discount: Text,
  phone: s.nullable(s.string()),
  logoUrl: s.nullable(Url),
});
/** A 惠工联盟 merchant (`client.merchants.list()`). */
export interface Merchant extends z.infer<typeof Merchant> {}
export const MerchantQuery = s.object({
  county: s.optional(s.string(maxLength(12))),
  category: s.optional(MerchantCategory),
  q: s.optional(s.string(maxLength(50))),
  ...PageQuery,
});
/** What `client.merchants.list()` takes: filters and the page. */
export interface MerchantQuery extends z.input<typeof MerchantQuery> {}
/** A page of merchants, `{ data, nextCursor }` (`client.merchants.list()`). */
export const MerchantPage = Page(Merchant);

export const MallCategory = s.object({ id: Id, name: Text, productCount: s.Int });
/** A points-mall category (`client.mall.categories.list()`). */
export interface MallCategory extends z.infer<typeof MallCategory> {}
/** `{ data: MallCategory[] }`: what `client.mall.categories.list()` answers. */
export const MallCategoryList = List(MallCategory);

export const Fulfilment = s.enum(['delivery', 'pickup', 'virtual']);
/** How a points-mall product reaches the member. */
export type Fulfilment = z.infer<typeof Fulfilment>;
export const Product = s.object({
  id: Id,
  categoryId: Id,
  name: Text,
  summary: Text,
  description: LongText,
  imageUrl: Url,
  images: s.array(Url),
  pointsPrice: Points,
  cashPriceFen: Fen,
  stock: Count,
  perMemberLimit: s.nullable(s.number(int, minimum(1))),
  fulfilment: s.open<Fulfilment>(),
  createdAt: DateTime,
});
/** A points-mall product (`client.mall.products.list()`, `.get(id)`). */
export interface Product extends z.infer<typeof Product> {}
export const ProductSort = s.enum(['points_asc', 'points_desc', 'newest']);
/** An order of `client.mall.products.list()`. */
export type ProductSort = z.infer<typeof ProductSort>;
export const ProductQuery = s.object({
  category: s.optional(Id),
  q: s.optional(s.string(maxLength(50))),
  sort: s.optional(ProductSort),
  /** Only products whose points price is at most this ("I can afford"). */
  maxPoints: s.optional(s.coercedNumber(int, minimum(0))),
  ...PageQuery,
});
/** What `client.mall.products.list()` takes: filters, sort and the page. */
export interface ProductQuery extends z.input<typeof ProductQuery> {}
/** A page of products, `{ data, nextCursor }` (`client.mall.products.list()`). */
export const ProductPage = Page(Product);

/** A repayment method: 等额本息 (`equal-instalment`) or 等额本金 (`equal-principal`). */
export const RepaymentMethod = s.enum(['equal-instalment', 'equal-principal']);
/** A repayment method: 等额本息 (`equal-instalment`) or 等额本金 (`equal-principal`). */
export type RepaymentMethod = z.infer<typeof RepaymentMethod>;

export const ConsentPurpose = s.enum(['sensitive_pi', 'share_with_bank', 'credit_check']);
/** What a consent text is for. */
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;
export const ConsentText = s.object({
  id: Id,
  purpose: s.open<ConsentPurpose>(),
  title: Text,
  body: LongText,
  version: s.string(),
  sha256: s.string(),
  required: s.boolean(),
  recipient: s.nullable(Text),
  dataCategories: s.array(s.string()),
  retention: Text,
});
/** A consent text the applicant reads before applying, versioned and hashed. */
export interface ConsentText extends z.infer<typeof ConsentText> {}

export const LoanProduct = s.object({
  id: Id,
  kind: s.open<'startup' | 'consumer'>(),
  name: Text,
  description: LongText,
  lender: s.object({ name: Text, contact: Text }),
  minAmountFen: s.number(int, minimum(0)),
  maxAmountFen: s.number(int, minimum(0)),
  termsMonths: s.array(s.number(int, minimum(1))),
  /** 年化利率 range, decimal percent (4.35 means 4.35 %). */
  aprMinPercent: s.number(minimum(0)),
  aprMaxPercent: s.number(minimum(0)),
  repaymentMethods: s.array(s.open<RepaymentMethod>()),
  minAge: s.Int,
  maxAge: s.Int,
  consents: s.array(ConsentText),
});
/** A 惠工贷 loan product (`client.loans.products()`). */
export interface LoanProduct extends z.infer<typeof LoanProduct> {}
/** `{ data: LoanProduct[] }`: what `client.loans.products()` answers. */
export const LoanProductList = List(LoanProduct);
