import type { BenefitGroup } from '@jiagong/contract';
import type { Catalogue } from '../internal/localize.js';

export interface CardBenefitsMessages {
  /** `other`: benefits of a group a newer API added, which this version does not know. */
  groups: Record<BenefitGroup | 'other', string>;
  empty: string;
  emptyDetail: string;
  count: (n: number) => string;
}

export const cardBenefitsMessages: Catalogue<CardBenefitsMessages> = {
  'zh-CN': {
    groups: {
      protection: '保障帮扶',
      inclusive: '普惠服务',
      financial: '金融服务',
      other: '其他权益',
    },
    empty: '暂无可用权益',
    emptyDetail: '权益更新后会显示在这里。',
    count: (n) => `${n} 项`,
  },
};
