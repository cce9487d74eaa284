import type { Endpoint } from './endpoint.js';
import * as c from '../schemas/catalogue.js';
import * as m from '../schemas/member.js';
import * as o from '../schemas/orders.js';

/** The points-mall catalogue (publishable key). */
export const mallCatalogueEndpoints = {
  'mall.categories.list': {
    method: 'GET',
    path: '/v1/mall/categories',
    auth: 'publishable',
    response: c.MallCategoryList,
  },
  'mall.products.list': {
    method: 'GET',
    path: '/v1/mall/products',
    auth: 'publishable',
    query: c.ProductQuery,
    response: c.ProductPage,
    paginated: true,
  },
  'mall.products.get': {
    method: 'GET',
    path: '/v1/mall/products/{id}',
    auth: 'publishable',
    response: c.Product,
  },
} as const satisfies Record<string, Endpoint>;

/** The member's points and orders (member session). */
export const mallMemberEndpoints = {
  'me.points.get': {
    method: 'GET',
    path: '/v1/me/points',
    auth: 'session',
    response: m.PointsBalance,
  },
  'me.points.transactions': {
    method: 'GET',
    path: '/v1/me/points/transactions',
    auth: 'session',
    query: m.PointsTransactionQuery,
    response: m.PointsTransactionPage,
    paginated: true,
  },
  'me.orders.create': {
    method: 'POST',
    path: '/v1/me/orders',
    auth: 'session',
    body: o.CreateOrderInput,
    response: o.Order,
    status: 201,
    idempotencyKey: true,
  },
  'me.orders.list': {
    method: 'GET',
    path: '/v1/me/orders',
    auth: 'session',
    query: o.OrderQuery,
    response: o.OrderPage,
    paginated: true,
  },
  'me.orders.get': {
    method: 'GET',
    path: '/v1/me/orders/{id}',
    auth: 'session',
    response: o.Order,
  },
  'me.orders.cancel': {
    method: 'POST',
    path: '/v1/me/orders/{id}/cancel',
    auth: 'session',
    response: o.Order,
    naturallyIdempotent: true,
  },
} as const satisfies Record<string, Endpoint>;

/** The points-mall family: catalogue, points, orders. */
export const mallEndpoints = { ...mallCatalogueEndpoints, ...mallMemberEndpoints } as const;
