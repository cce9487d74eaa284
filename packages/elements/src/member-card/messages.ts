import type { Catalogue } from '../internal/localize.js';

export interface MemberCardMessages {
  /** The card's title (嘉工卡). */
  title: string;
  /** Screen-reader label before the card number. */
  number: string;
  /** Screen-reader reading of the masked number. */
  ending: (last4: string) => string;
  holder: string;
  /** Screen-reader reading of the masked name (沈** is heard 沈星星, a name of its own). */
  holderMasked: (masked: string) => string;
  union: string;
  /** Label of the validity date. */
  valid: string;
  /** Screen-reader label before the status badge, so it is not heard as a bare 正常. */
  statusLabel: string;
  /** `other`: a status a newer API added, which this version does not know. */
  status: { active: string; suspended: string; expired: string; other: string };
  /** Why an inactive card (or one of a status this version does not know) shows no member code. */
  note: { suspended: string; expired: string; other: string };
  reveal: string;
  hide: string;
  /** Live-region texts while revealing, once revealed, once masked again. */
  revealing: string;
  revealed: (seconds: number) => string;
  hidden: string;
  /** The reveal failed (followed by the API's message). */
  failed: string;
  showCode: string;
  hideCode: string;
  /** The member code panel: title, hint, and the live-region text when it opens. */
  code: string;
  hint: string;
  shown: string;
  /** The empty state: a member without a card. */
  empty: string;
  emptyDetail: string;
}

export const memberCardMessages: Catalogue<MemberCardMessages> = {
  'zh-CN': {
    title: '嘉工卡',
    number: '卡号',
    ending: (last4) => `卡号尾号 ${last4}`,
    holder: '持卡人',
    holderMasked: (masked) => masked.replace(/\*/g, '某'),
    union: '所属工会',
    valid: '有效期至',
    statusLabel: '卡片状态：',
    status: { active: '正常', suspended: '已停用', expired: '已过期', other: '其他状态' },
    note: {
      suspended: '会员卡已停用，暂不能出示会员码。如有疑问请联系所属工会。',
      expired: '会员卡已过期，暂不能出示会员码。请联系所属工会办理续期。',
      other: '暂不能出示会员码。如有疑问请联系所属工会。',
    },
    reveal: '显示卡号',
    hide: '隐藏卡号',
    revealing: '正在获取卡号…',
    revealed: (seconds) => `完整卡号已显示，${seconds} 秒后自动隐藏`,
    hidden: '卡号已隐藏',
    failed: '暂时无法显示完整卡号',
    showCode: '出示会员码',
    hideCode: '收起会员码',
    code: '会员码',
    hint: '请向商户出示此码，会员码定时自动刷新',
    shown: '会员码已显示',
    empty: '暂无嘉工卡',
    emptyDetail: '入会后即可领取嘉工卡，请联系所属工会。',
  },
};
