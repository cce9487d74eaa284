import { sessionErrors, type Endpoint } from './endpoint.js';
import * as c from '../schemas/catalogue.js';
import * as m from '../schemas/member.js';
import * as o from '../schemas/orders.js';

/** The points-mall catalogue (publishable key). */
export const mallCatalogueEndpoints = {
  'mall.categories.list': {
    method: 'GET',
    path: '/v1/mall/categories',
    auth: 'publishable',
    summary: 'Points-mall categories',
    response: c.MallCategoryList,
    errors: ['publishable_key_required'],
  },
  'mall.products.list': {
    method: 'GET',
    path: '/v1/mall/products',
    auth: 'publishable',
    summary: 'Points-mall products: search, category filter, sort, cursor pagination',
    query: c.ProductQuery,
    response: c.ProductPage,
    paginated: true,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'mall.products.get': {
    method: 'GET',
    path: '/v1/mall/products/{id}',
    auth: 'publishable',
    summary: 'One points-mall product',
    response: c.Product,
    errors: ['publishable_key_required'],
  },
} as const satisfies Record<string, Endpoint>;

/** The member's points and orders (member session). */
export const mallMemberEndpoints = {
  'me.points.get': {
    method: 'GET',
    path: '/v1/me/points',
    auth: 'session',
    summary: 'Points balance and points expiring soon',
    response: m.PointsBalance,
    errors: sessionErrors,
  },
  'me.points.transactions': {
    method: 'GET',
    path: '/v1/me/points/transactions',
    auth: 'session',
    summary: 'The points ledger: earned, spent, refunded, expired',
    query: m.PointsTransactionQuery,
    response: m.PointsTransactionPage,
    paginated: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.orders.create': {
    method: 'POST',
    path: '/v1/me/orders',
    auth: 'session',
    summary: 'Redeem points for a product (Idempotency-Key)',
    body: o.CreateOrderInput,
    response: o.Order,
    status: 201,
    idempotencyKey: true,
    errors: [
      ...sessionErrors,
      'validation_failed',
      'insufficient_points',
      'out_of_stock',
      'limit_exceeded',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.orders.list': {
    method: 'GET',
    path: '/v1/me/orders',
    auth: 'session',
    summary: "The member's orders, newest first",
    query: o.OrderQuery,
    response: o.OrderPage,
    paginated: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.orders.get': {
    method: 'GET',
    path: '/v1/me/orders/{id}',
    auth: 'session',
    summary: 'One order of the member',
    response: o.Order,
    errors: sessionErrors,
  },
  'me.orders.cancel': {
    method: 'POST',
    path: '/v1/me/orders/{id}/cancel',
    auth: 'session',
    summary: 'Cancel an order where allowed; points and stock return',
    response: o.Order,
    naturallyIdempotent: true,
    errors: [...sessionErrors, 'order_not_cancellable'],
  },
} as const satisfies Record<string, Endpoint>;

/** The points-mall family: catalogue, points, orders. */
export const mallEndpoints = { ...mallCatalogueEndpoints, ...mallMemberEndpoints } as const;
