import * as z from 'zod/mini';
import { checked, Int } from './build.js';
import { int, maxLength, maximum, minimum } from './checks.js';
import { Id, List, Page, PageQuery, Text, LongText, Url, DateTime } from './common.js';

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

export const Service = z.object({
  id: z.string(),
  name: Text,
  description: Text,
  /** An icon key from the elements' icon set (book, school, heart …). */
  icon: z.string(),
  url: Url,
  badge: z.nullable(z.enum(['new', 'unavailable'])),
  available: z.boolean(),
});
export type Service = z.infer<typeof Service>;
export const ServiceList = List(Service);

/** Union levels: 1 市总工会, 2 县(市、区)总工会, 3 镇(街道)总工会, 4 基层工会. */
export const UnionLevel = checked(Int, minimum(1), maximum(4));
export const Union = z.object({
  id: Id,
  name: Text,
  level: UnionLevel,
  parentId: z.nullable(Id),
  /** GB/T 2260 code where the body has one; functional zones may not. */
  regionCode: z.nullable(z.string()),
  kind: z.enum(['city', 'county', 'town', 'enterprise', 'community', 'village', 'joint']),
});
export type Union = z.infer<typeof Union>;
export const UnionQuery = z.object({
  parentId: z.optional(Id),
  q: z.optional(checked(z.string(), maxLength(50))),
});
export const UnionList = List(Union);

export const MerchantCategory = z.enum([
  'dining',
  'retail',
  'health',
  'education',
  'travel',
  'services',
]);
export const Merchant = z.object({
  id: Id,
  name: Text,
  category: MerchantCategory,
  categoryName: Text,
  countyCode: z.string(),
  countyName: Text,
  address: Text,
  /** Human text of the member discount; computed by the server, never on the client. */
  discount: Text,
  phone: z.nullable(z.string()),
  logoUrl: z.nullable(Url),
});
export type Merchant = z.infer<typeof Merchant>;
export const MerchantQuery = z.object({
  county: z.optional(checked(z.string(), maxLength(12))),
  category: z.optional(MerchantCategory),
  q: z.optional(checked(z.string(), maxLength(50))),
  ...PageQuery,
});
export const MerchantPage = Page(Merchant);

export const MallCategory = z.object({ id: Id, name: Text, productCount: Int });
export type MallCategory = z.infer<typeof MallCategory>;
export const MallCategoryList = List(MallCategory);

export const Fulfilment = z.enum(['delivery', 'pickup', 'virtual']);
export const Product = z.object({
  id: Id,
  categoryId: Id,
  name: Text,
  summary: Text,
  description: LongText,
  imageUrl: Url,
  images: z.array(Url),
  pointsPrice: checked(Int, minimum(0)),
  cashPriceFen: checked(Int, minimum(0)),
  stock: checked(Int, minimum(0)),
  perMemberLimit: z.nullable(checked(Int, minimum(1))),
  fulfilment: Fulfilment,
  createdAt: DateTime,
});
export type Product = z.infer<typeof Product>;
export const ProductSort = z.enum(['points_asc', 'points_desc', 'newest']);
export const ProductQuery = z.object({
  category: z.optional(Id),
  q: z.optional(checked(z.string(), maxLength(50))),
  sort: z.optional(ProductSort),
  /** Only products whose points price is at most this ("I can afford"). */
  maxPoints: z.optional(checked(z.coerce.number(), int, minimum(0))),
  ...PageQuery,
});
export const ProductPage = Page(Product);

export const RepaymentMethod = z.enum(['equal-instalment', 'equal-principal']);
export type RepaymentMethod = z.infer<typeof RepaymentMethod>;

export const ConsentPurpose = z.enum(['sensitive_pi', 'share_with_bank', 'credit_check']);
export const ConsentText = z.object({
  id: Id,
  purpose: ConsentPurpose,
  title: Text,
  body: LongText,
  version: z.string(),
  sha256: z.string(),
  required: z.boolean(),
  recipient: z.nullable(Text),
  dataCategories: z.array(z.string()),
  retention: Text,
});
export type ConsentText = z.infer<typeof ConsentText>;

export const LoanProduct = z.object({
  id: Id,
  kind: z.enum(['startup', 'consumer']),
  name: Text,
  description: LongText,
  lender: z.object({ name: Text, contact: Text }),
  minAmountFen: checked(Int, minimum(0)),
  maxAmountFen: checked(Int, minimum(0)),
  termsMonths: z.array(checked(Int, minimum(1))),
  /** 年化利率 range, decimal percent (4.35 means 4.35 %). */
  aprMinPercent: checked(z.number(), minimum(0)),
  aprMaxPercent: checked(z.number(), minimum(0)),
  repaymentMethods: z.array(RepaymentMethod),
  minAge: Int,
  maxAge: Int,
  consents: z.array(ConsentText),
});
export type LoanProduct = z.infer<typeof LoanProduct>;
export const LoanProductList = List(LoanProduct);
