import type { Catalogue } from '../internal/localize.js';

export interface ServiceMenuMessages {
  label: string;
  /** Badge texts, by the badge a tile shows. */
  new: string;
  unavailable: string;
  unavailableReason: string;
  unavailableAnnouncement: (name: string) => string;
  empty: string;
  emptyDetail: string;
}

export const serviceMenuMessages = {
  'zh-CN': {
    label: '服务',
    new: '新',
    unavailable: '暂未开放',
    unavailableReason: '该服务暂未开放，敬请期待',
    unavailableAnnouncement: (name) => `${name}暂未开放，敬请期待`,
    empty: '暂无可用服务',
    emptyDetail: '当前没有向您开放的服务',
  },
  en: {
    label: 'Services',
    new: 'New',
    unavailable: 'Unavailable',
    unavailableReason: 'This service is not available yet',
    unavailableAnnouncement: (name) => `${name} is not available yet`,
    empty: 'No services available',
    emptyDetail: 'No service is open to you at the moment',
  },
} satisfies Catalogue<ServiceMenuMessages>;
