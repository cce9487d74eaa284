import type { Endpoint } from './endpoint.js';
import * as c from '../schemas/catalogue.js';

/** Public catalogues (publishable key): service modules, the union tree, 惠工联盟 merchants. */
export const catalogueEndpoints = {
  'services.list': {
    method: 'GET',
    path: '/v1/services',
    auth: 'publishable',
    summary: 'Service modules enabled for the partner, in the platform order',
    response: c.ServiceList,
    errors: ['publishable_key_required'],
  },
  'unions.tree': {
    method: 'GET',
    path: '/v1/unions',
    auth: 'publishable',
    summary: 'The union tree as a flat list of nodes with parentId (filter by parent or search)',
    query: c.UnionQuery,
    response: c.UnionList,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'merchants.list': {
    method: 'GET',
    path: '/v1/merchants',
    auth: 'publishable',
    summary: '惠工联盟 merchants and their member discounts',
    query: c.MerchantQuery,
    response: c.MerchantPage,
    paginated: true,
    errors: ['publishable_key_required', 'validation_failed'],
  },
} as const satisfies Record<string, Endpoint>;
