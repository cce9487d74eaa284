import type { Catalogue } from '../internal/localize.js';

export interface ConsentsMessages {
  title: string;
  /** A consent's title by its purpose; `other` for a purpose a newer API added. */
  purposes: Record<string, string>;
  state: { grant: string; withdraw: string };
  /** Before the time of the latest record, by its action. */
  at: { grant: string; withdraw: string };
  recipient: string;
  data: string;
  version: string;
  withdraw: string;
  meaning: string;
  /** What withdrawing does to the member's loan applications: in review, and granted. */
  loans: string;
  yes: string;
  no: string;
  busy: string;
  empty: string;
}

// English is here, not only in `en.ts`: the family is small, and its texts in every family's
// English (`locales/en`, whose budget is all but used) would cost more than in this entry.
export const consentsMessages: Catalogue<ConsentsMessages> = {
  'zh-CN': {
    title: '我的授权',
    purposes: {
      sensitive_pi: '敏感个人信息处理',
      share_with_bank: '向第三方提供个人信息',
      credit_check: '个人征信查询',
      other: '个人信息处理授权',
    },
    state: { grant: '已同意', withdraw: '已撤回' },
    at: { grant: '同意时间', withdraw: '撤回时间' },
    recipient: '接收方',
    data: '涉及的个人信息',
    version: '文本版本',
    withdraw: '撤回授权',
    meaning:
      '确定撤回这项授权吗？撤回后，将不再为此目的处理您的个人信息；撤回前已经进行的处理不受影响。以后办理需要这项授权的业务（如申请惠工贷）时，需要重新阅读并同意。',
    loans:
      '您正在审核中的惠工贷申请如需要这项授权，将一并撤回。已获批的贷款不受影响：银行将按贷款合同和法律法规的要求，继续处理这笔贷款所需的个人信息。',
    yes: '确定撤回',
    no: '暂不撤回',
    busy: '正在撤回…',
    empty: '暂无授权记录',
  },
  en: {
    title: 'My consents',
    purposes: {
      sensitive_pi: 'Sensitive personal information',
      share_with_bank: 'Sharing with a third party',
      credit_check: 'Credit report check',
      other: 'Personal information consent',
    },
    state: { grant: 'Given', withdraw: 'Withdrawn' },
    at: { grant: 'Given on', withdraw: 'Withdrawn on' },
    recipient: 'Recipient',
    data: 'Personal information',
    version: 'Version',
    withdraw: 'Withdraw consent',
    meaning:
      'Withdraw this consent? Your personal information is then no longer processed for this purpose; processing done before is not affected. A service that needs this consent (such as a loan application) will ask you for it again.',
    loans:
      'A loan application of yours still under review that needs this consent is withdrawn with it. A granted loan is not affected: the bank keeps processing the personal information it needs as the loan contract and the law require.',
    yes: 'Withdraw',
    no: 'Keep it',
    busy: 'Withdrawing…',
    empty: 'No consents yet',
  },
};
