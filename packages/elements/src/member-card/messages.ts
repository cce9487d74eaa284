import type { Catalogue } from '../internal/localize.js';

export interface MemberCardMessages {
  cardTitle: string;
  numberLabel: string;
  numberEnding: (last4: string) => string;
  holder: string;
  union: string;
  validThrough: string;
  status: { active: string; suspended: string; expired: string };
  statusNote: { suspended: string; expired: string };
  reveal: string;
  hide: string;
  revealing: string;
  revealed: (seconds: number) => string;
  hidden: string;
  revealFailed: string;
  showCode: string;
  hideCode: string;
  codeTitle: string;
  codeHint: string;
  codeShown: string;
  noCard: string;
  noCardDetail: string;
}

export const memberCardMessages = {
  'zh-CN': {
    cardTitle: '嘉工卡',
    numberLabel: '卡号',
    numberEnding: (last4) => `卡号尾号 ${last4}`,
    holder: '持卡人',
    union: '所属工会',
    validThrough: '有效期至',
    status: { active: '正常', suspended: '已停用', expired: '已过期' },
    statusNote: {
      suspended: '会员卡已停用，暂不能出示会员码。如有疑问请联系所属工会。',
      expired: '会员卡已过期，暂不能出示会员码。请联系所属工会办理续期。',
    },
    reveal: '显示卡号',
    hide: '隐藏卡号',
    revealing: '正在获取卡号…',
    revealed: (seconds) => `完整卡号已显示，${seconds} 秒后自动隐藏`,
    hidden: '卡号已隐藏',
    revealFailed: '暂时无法显示完整卡号',
    showCode: '出示会员码',
    hideCode: '收起会员码',
    codeTitle: '会员码',
    codeHint: '请向商户出示此码，会员码定时自动刷新',
    codeShown: '会员码已显示',
    noCard: '暂无嘉工卡',
    noCardDetail: '入会后即可领取嘉工卡，请联系所属工会。',
  },
  en: {
    cardTitle: 'Jiagong Card',
    numberLabel: 'Card number',
    numberEnding: (last4) => `Card number ending ${last4}`,
    holder: 'Holder',
    union: 'Union',
    validThrough: 'Valid through',
    status: { active: 'Active', suspended: 'Suspended', expired: 'Expired' },
    statusNote: {
      suspended:
        'This card is suspended, so no member code can be shown. Contact your union for help.',
      expired:
        'This card has expired, so no member code can be shown. Contact your union to renew it.',
    },
    reveal: 'Show number',
    hide: 'Hide number',
    revealing: 'Getting the card number…',
    revealed: (seconds) => `Full card number shown; it hides again in ${seconds} seconds`,
    hidden: 'Card number hidden',
    revealFailed: 'The full card number cannot be shown right now',
    showCode: 'Show member code',
    hideCode: 'Hide member code',
    codeTitle: 'Member code',
    codeHint: 'Show this code to the merchant. It renews automatically.',
    codeShown: 'Member code shown',
    noCard: 'No Jiagong card yet',
    noCardDetail: 'Members receive a Jiagong card after joining. Contact your union.',
  },
} satisfies Catalogue<MemberCardMessages>;
