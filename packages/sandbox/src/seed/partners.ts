import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY, knownServiceIds } from '@jiagong/contract';

export const SECOND_PUBLISHABLE_KEY = 'pk_test_employer';
export const SECOND_SECRET_KEY = 'sk_test_employer';

/** Two partners: the bank with every module, an employer with a subset (to show filtering). */
export const partners = [
  {
    id: 'p_jiaxing_bank',
    name: '嘉兴银行（沙箱）',
    publishable_key: SANDBOX_PUBLISHABLE_KEY,
    secret_key: SANDBOX_SECRET_KEY,
    modules: [...knownServiceIds],
  },
  {
    id: 'p_demo_employer',
    name: '禾信电子（示例企业，沙箱）',
    publishable_key: SECOND_PUBLISHABLE_KEY,
    secret_key: SECOND_SECRET_KEY,
    modules: ['classroom', 'medical', 'lawyer', 'jobs', 'skills', 'quiz'],
  },
];
