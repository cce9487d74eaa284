import type { Endpoint } from './endpoint.js';
import * as c from '../schemas/catalogue.js';

/** The service modules alone (what `<jg-service-menu>` calls), so its bundle skips the others. */
export const serviceEndpoints = {
  'services.list': {
    method: 'GET',
    path: '/v1/services',
    auth: 'publishable',
    response: c.ServiceList,
  },
} as const satisfies Record<string, Endpoint>;

/** Public catalogues (publishable key): service modules, the union tree, 惠工联盟 merchants. */
export const catalogueEndpoints = {
  ...serviceEndpoints,
  'unions.tree': {
    method: 'GET',
    path: '/v1/unions',
    auth: 'publishable',
    query: c.UnionQuery,
    response: c.UnionList,
  },
  'merchants.list': {
    method: 'GET',
    path: '/v1/merchants',
    auth: 'publishable',
    query: c.MerchantQuery,
    response: c.MerchantPage,
    paginated: true,
  },
} as const satisfies Record<string, Endpoint>;
