import type { Catalogue } from '../internal/localize.js';

export interface MemberCodeMessages {
  image: string;
  digits: string;
  refreshesIn: (seconds: number) => string;
  refreshing: string;
}

export const memberCodeMessages: Catalogue<MemberCodeMessages> = {
  'zh-CN': {
    image: '会员码二维码',
    digits: '会员码数字',
    refreshesIn: (seconds) => `${seconds} 秒后刷新`,
    refreshing: '正在刷新…',
  },
};
