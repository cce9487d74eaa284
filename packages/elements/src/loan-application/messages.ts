import type { LoanStatus, RepaymentMethod } from '@jiagong/contract';
import type { Catalogue } from '../internal/localize.js';
import type { LoanStep } from './model.js';

/**
 * The texts of both loan elements (they always ship together, so they share one catalogue).
 * A field's label is also its review label and the subject of its error message. Keys are kept
 * short: each is in the bundle twice or more (zh-CN, en, where it is read), at the entry's budget.
 */
export interface LoanMessages {
  progress: string;
  stepOf: (index: number, total: number) => string;
  steps: Record<LoanStep, string>;
  back: string;
  next: string;
  submit: string;
  submitting: string;
  edit: string;
  required: string;
  optional: string;
  none: string;
  noneDetail: string;
  /** Why a member whose card is suspended or expired cannot apply (instead of none). */
  inactive: string;
  /** What that member can do about it. */
  inactiveDetail: string;
  draftSaved: (time: string) => string;
  draftSaving: string;
  draftFailed: string;
  resumed: string;
  /** PIPL Art. 17: who uses the applicant's details, the draft, and the bank (with a consent). */
  notice: string;
  /** The error of a choice not made yet (also the product legend). */
  choose: (label: string) => string;
  /** The error of a text field with fewer than 2 characters. */
  fill: (label: string) => string;
  // product, amount and term
  product: string;
  amountRange: (min: string, max: string) => string;
  months: (months: number | string) => string;
  apr: string;
  lender: (name: string) => string;
  amount: string;
  amountHint: (min: string, max: string) => string;
  term: string;
  method: string;
  methods: Record<RepaymentMethod, string>;
  methodHelp: Record<RepaymentMethod, string>;
  estimate: string;
  reference: string;
  basis: (apr: string) => string;
  caveat: string;
  noEstimate: string;
  monthly: string;
  firstMonth: string;
  lastMonth: string;
  interest: string;
  total: string;
  show: string;
  hide: string;
  caption: (method: string, apr: string) => string;
  /** Month, payment, principal, interest, remaining principal. */
  columns: string[];
  selected: string;
  // applicant, employer
  applicantIntro: string;
  name: string;
  idNumber: string;
  idHint: string;
  mobile: string;
  union: string;
  employer: string;
  uscc: string;
  purpose: string;
  purposeHint: string;
  // consents and review
  consentIntro: string;
  version: string;
  recipient: string;
  categories: string;
  retention: string;
  agree: (title: string) => string;
  mustAgree: (title: string) => string;
  optionalNote: string;
  reviewIntro: string;
  granted: string;
  refused: string;
  masked: string;
  // submission
  fixErrors: string;
  sentTitle: string;
  sentDetail: string;
  applyAgain: string;
  cancelled: string;
  // <jg-loan-status>
  statusTitle: string;
  empty: string;
  emptyDetail: string;
  /** `other`: a status a newer API added, which this version does not know. */
  status: Record<LoanStatus | 'other', string>;
  submittedAt: (date: string) => string;
  timeline: string;
  pending: string;
  /** Steps still ahead, greyed out on the timeline. */
  upcoming: Record<'under_review' | 'decision' | 'disbursed', string>;
  /** With its punctuation (`原因：`, `Reason: `). */
  reason: string;
  withdraw: string;
  withdrawAsk: string;
  withdrawYes: string;
  withdrawNo: string;
  withdrawing: string;
  updated: (product: string, status: string) => string;
  refresh: string;
  loadMore: string;
}

export const messages: Catalogue<LoanMessages> = {
  'zh-CN': {
    progress: '申请进度',
    next: '下一步',
    stepOf: (index, total) => `第 ${index} 步，共 ${total} 步`,
    steps: {
      product: '选择产品',
      amount: '金额与期限',
      applicant: '申请人',
      employer: '工作单位与用途',
      consents: '授权同意',
      review: '确认提交',
    },
    back: '上一步',
    submit: '提交申请',
    submitting: '正在提交…',
    edit: '修改',
    required: '必选',
    optional: '可选',
    none: '暂无可申请的贷款产品',
    noneDetail: '请稍后再来看看',
    inactive: '会员卡已停用或已过期，暂不能申请贷款',
    inactiveDetail: '请联系所属工会恢复会员卡或办理续期，之后即可申请',
    draftSaved: (time) => `草稿已保存 ${time}`,
    draftSaving: '正在保存草稿…',
    draftFailed: '草稿暂未保存，将稍后重试',
    resumed: '已恢复上次填写的内容',
    // Told before the fields it covers, which are saved in the draft as typed.
    notice:
      '嘉兴市总工会用申请人和工作单位信息受理申请，填写时存草稿，提交后删除；经您单独同意才提供给嘉兴银行。',
    choose: (label) => `请选择${label}`,
    fill: (label) => `请填写${label}（至少 2 个字）`,
    product: '贷款产品',
    amountRange: (min, max) => `额度 ${min} 到 ${max}`,
    months: (months) => `${months} 个月`,
    apr: '年化利率',
    lender: (name) => `贷款机构：${name}`,
    amount: '申请金额',
    amountHint: (min, max) => `可申请 ${min} 到 ${max}，支持“12.5万”这样的写法`,
    term: '借款期限',
    method: '还款方式',
    methods: { 'equal-instalment': '等额本息', 'equal-principal': '等额本金' },
    methodHelp: {
      'equal-instalment': '每月还款金额相同',
      'equal-principal': '每月归还相同本金，月供逐月递减，总利息较少',
    },
    estimate: '还款试算',
    reference: '参考',
    basis: (apr) => `按最高年化利率 ${apr} 估算`,
    caveat: '试算结果仅供参考，实际额度、利率和还款计划以嘉兴银行审批为准。',
    noEstimate: '填写金额并选择期限后显示还款试算',
    monthly: '每月还款',
    firstMonth: '首月还款',
    lastMonth: '末月还款',
    interest: '利息合计',
    total: '还款总额',
    show: '查看还款计划',
    hide: '收起还款计划',
    caption: (method, apr) => `还款计划（参考）：${method}，年化利率 ${apr}`,
    columns: ['期数', '月供', '本金', '利息', '剩余本金'],
    selected: '已选',
    applicantIntro: '请填写申请人本人的信息，须与身份证一致。',
    name: '姓名',
    idNumber: '居民身份证号码',
    // PIPL Art. 28–30: why the sensitive item is needed and what refusing means, read with it.
    idHint: '18 位，最后一位可以是 X；敏感个人信息，仅用于核验身份，不填无法申请；不保存在草稿中',
    mobile: '手机号',
    union: '所属工会',
    employer: '工作单位名称',
    uscc: '单位统一社会信用代码',
    purpose: '借款用途',
    purposeHint: '例如：店面装修、购置经营设备（2 到 500 字）',
    consentIntro:
      '以下授权需要您逐项阅读并单独勾选。标为“必选”的授权是受理申请所必需的；不同意“可选”授权不影响申请。',
    version: '版本',
    recipient: '接收方',
    categories: '涉及的个人信息',
    retention: '保存期限',
    agree: (title) => `我已阅读并同意《${title}》`,
    mustAgree: (title) => `请阅读并勾选《${title}》，否则无法受理申请`,
    optionalNote: '可不勾选，不影响申请',
    reviewIntro: '请核对以下信息，证件号等已部分隐藏。',
    granted: '已同意',
    refused: '未同意',
    masked: '部分隐藏',
    fixErrors: '请修改标出的内容后再提交',
    sentTitle: '申请已提交',
    sentDetail: '嘉兴银行将审核您的申请，审核进度会显示在下方。',
    applyAgain: '再申请一笔',
    cancelled: '提交已被取消',
    statusTitle: '我的贷款申请',
    empty: '暂无贷款申请',
    emptyDetail: '提交惠工贷申请后，可在这里查看审核进度',
    status: {
      submitted: '已提交',
      under_review: '审核中',
      approved: '已批准',
      rejected: '未通过',
      disbursed: '已放款',
      withdrawn: '已撤回',
      other: '其他状态',
    },
    submittedAt: (date) => `申请时间 ${date}`,
    timeline: '办理进度',
    pending: '待办理',
    upcoming: { under_review: '银行审核', decision: '审批结果', disbursed: '放款' },
    reason: '原因：',
    withdraw: '撤回申请',
    withdrawAsk: '确定撤回这笔申请吗？撤回后如需贷款，需要重新申请。',
    withdrawYes: '确定撤回',
    withdrawNo: '暂不撤回',
    withdrawing: '正在撤回…',
    updated: (product, status) => `${product}申请状态更新为：${status}`,
    refresh: '刷新',
    loadMore: '加载更多',
  },
};
