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

export const serviceMenuMessages: Catalogue<ServiceMenuMessages> = {
  'zh-CN': {
    label: '服务',
    new: '新',
    unavailable: '暂未开放',
    unavailableReason: '该服务暂未开放，敬请期待',
    unavailableAnnouncement: (name) => `${name}暂未开放，敬请期待`,
    empty: '暂无可用服务',
    emptyDetail: '当前没有向您开放的服务',
  },
};
