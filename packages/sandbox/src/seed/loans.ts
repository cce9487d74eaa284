import { createHash } from 'node:crypto';

export const LENDER = {
  name: '嘉兴银行',
  contact:
    '个人信息保护联系人：嘉兴银行消费者权益保护部（示例），电话 0573-00000000，邮箱 privacy@jiaxingbank.example.cn',
};

const VERSION = '2025.1';

interface ConsentSeed {
  id: string;
  purpose: 'sensitive_pi' | 'share_with_bank' | 'credit_check';
  title: string;
  body: string;
  required: boolean;
  recipient: string | null;
  data_categories: string[];
  retention: string;
}

// DOMAIN §8: each text names the processor, purpose, method, data categories, retention and how
// to exercise rights; the bank transfer names the recipient and its contact (PIPL Art. 17, 23, 29).
const consentSeeds: ConsentSeed[] = [
  {
    id: 'ct_sensitive_pi',
    purpose: 'sensitive_pi',
    title: '敏感个人信息处理单独同意',
    body: [
      '个人信息处理者：嘉兴市总工会（嘉兴网上职工之家）。',
      '处理目的：核验您的身份并受理惠工贷申请。',
      '处理的敏感个人信息：居民身份证号码、金融账户信息。',
      '必要性及对您的影响：上述信息是银行核验身份、评估申请所必需；不提供将无法受理贷款申请，但不影响您使用其他会员服务。',
      '处理方式：加密传输与存储，仅用于本次申请，不用于营销。',
      '保存期限：自申请结束之日起 3 年，期满后删除或匿名化，法律法规另有规定的除外。',
      '您的权利：您可随时在“我的授权”中撤回本同意，撤回不影响撤回前基于同意已进行的处理；也可查阅、复制、更正、删除您的个人信息。',
    ].join('\n'),
    required: true,
    recipient: null,
    data_categories: ['居民身份证号码', '金融账户信息'],
    retention: '申请结束后 3 年',
  },
  {
    id: 'ct_share_with_bank',
    purpose: 'share_with_bank',
    title: '向嘉兴银行提供个人信息单独同意',
    body: [
      `接收方：${LENDER.name}。联系方式：${LENDER.contact}。`,
      '提供目的：由接收方审核并发放惠工贷。',
      '提供方式：通过加密接口传输。',
      '提供的个人信息种类：姓名、居民身份证号码、手机号码、工作单位、所属工会、申请金额与期限。',
      '接收方将在上述目的、方式和信息种类范围内处理您的个人信息；变更的，将重新取得您的同意。',
      '保存期限：由接收方依据法律法规及监管要求确定，最短不少于贷款结清后 5 年。',
      '您可向接收方行使查阅、复制、更正、删除等权利，也可在“我的授权”中撤回本同意。',
    ].join('\n'),
    required: true,
    recipient: LENDER.name,
    data_categories: [
      '姓名',
      '居民身份证号码',
      '手机号码',
      '工作单位',
      '所属工会',
      '申请金额与期限',
    ],
    retention: '贷款结清后 5 年（以银行规定为准）',
  },
  {
    id: 'ct_credit_check',
    purpose: 'credit_check',
    title: '个人征信查询授权书',
    body: [
      `本人授权${LENDER.name}在办理本人惠工贷业务（贷款审批、贷后管理）时，向金融信用信息基础数据库查询、打印、保存本人的信用报告。`,
      '授权期限：自本人勾选同意之日起至上述业务终结之日止。',
      '本授权书文本由银行提供，本人已阅读并理解全部内容。',
    ].join('\n'),
    required: true,
    recipient: LENDER.name,
    data_categories: ['个人信用报告'],
    retention: '业务终结后 5 年（以银行规定为准）',
  },
];

export const consentTexts = consentSeeds.map((seed) => ({
  ...seed,
  version: VERSION,
  sha256: createHash('sha256').update(seed.body, 'utf8').digest('hex'),
}));

const consentIds = consentSeeds.map((seed) => seed.id);

export const loanProducts = [
  {
    id: 'lp_startup',
    position: 0,
    kind: 'startup',
    name: '创业贷',
    description:
      '面向在嘉兴创业或经营个体工商户的工会会员，额度 5 万至 50 万元，期限 12、24、36 个月，年化利率（单利）3.65%–4.35%，无其他费用。最终额度与利率以银行审批为准。',
    lender_name: LENDER.name,
    lender_contact: LENDER.contact,
    min_amount_fen: 5_000_000,
    max_amount_fen: 50_000_000,
    terms_months: [12, 24, 36],
    apr_min_bp: 365,
    apr_max_bp: 435,
    repayment_methods: ['equal-instalment', 'equal-principal'],
    min_age: 18,
    max_age: 65,
    consent_ids: consentIds,
  },
  {
    id: 'lp_consumer',
    position: 1,
    kind: 'consumer',
    name: '消费贷',
    description:
      '用于装修、教育、购车等个人消费，额度 1 万至 30 万元，期限 6 至 36 个月，年化利率（单利）3.85%–6.50%，无其他费用。不得用于购房、投资理财。最终额度与利率以银行审批为准。',
    lender_name: LENDER.name,
    lender_contact: LENDER.contact,
    min_amount_fen: 1_000_000,
    max_amount_fen: 30_000_000,
    terms_months: [6, 12, 24, 36],
    apr_min_bp: 385,
    apr_max_bp: 650,
    repayment_methods: ['equal-instalment', 'equal-principal'],
    min_age: 18,
    max_age: 65,
    consent_ids: consentIds,
  },
];
