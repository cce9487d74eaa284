import type { LoanStatus, RepaymentMethod } from '@jiagong/contract';
import type { Catalogue } from '../internal/localize.js';
import type { LoanStep } from './model.js';

export interface LoanMessages {
  title: string;
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
  noProducts: string;
  noProductsDetail: string;
  draftSaved: (time: string) => string;
  draftSaving: string;
  draftFailed: string;
  resumed: string;
  // product
  chooseProduct: string;
  productRequired: string;
  amountRange: (min: string, max: string) => string;
  terms: (months: string) => string;
  apr: string;
  aprRange: (min: string, max: string) => string;
  lender: (name: string) => string;
  // amount & term
  amountLabel: string;
  amountHint: (min: string, max: string) => string;
  termLabel: string;
  termOption: (months: number) => string;
  termRequired: string;
  methodLabel: string;
  methods: Record<RepaymentMethod, string>;
  methodHelp: Record<RepaymentMethod, string>;
  methodRequired: string;
  estimateTitle: string;
  reference: string;
  estimateBasis: (apr: string) => string;
  estimateNote: string;
  estimateEmpty: string;
  monthly: string;
  firstMonth: string;
  lastMonth: string;
  totalInterest: string;
  totalPayment: string;
  showSchedule: string;
  hideSchedule: string;
  scheduleCaption: (method: string, apr: string) => string;
  columns: {
    month: string;
    payment: string;
    principal: string;
    interest: string;
    remaining: string;
  };
  selected: string;
  // applicant
  applicantIntro: string;
  nameLabel: string;
  idLabel: string;
  idHint: string;
  mobileLabel: string;
  unionLabel: string;
  unionRequired: string;
  // employer
  employerNameLabel: string;
  employerNameRequired: string;
  usccLabel: string;
  purposeLabel: string;
  purposeHint: string;
  purposeRequired: string;
  // consents
  consentIntro: string;
  consentVersion: string;
  consentRecipient: string;
  consentCategories: string;
  consentRetention: string;
  consentAgree: (title: string) => string;
  consentRequiredError: (title: string) => string;
  consentOptionalNote: string;
  // review
  reviewIntro: string;
  product: string;
  amount: string;
  term: string;
  method: string;
  applicant: string;
  name: string;
  idNumber: string;
  mobile: string;
  union: string;
  employer: string;
  uscc: string;
  purpose: string;
  consents: string;
  granted: string;
  refused: string;
  maskedNote: string;
  // submission
  fixErrors: string;
  submitFailed: string;
  submittedTitle: string;
  submittedDetail: string;
  newApplication: string;
  cancelled: string;
}

export interface StatusMessages {
  title: string;
  empty: string;
  emptyDetail: string;
  status: Record<LoanStatus, string>;
  submittedAt: (date: string) => string;
  amountTerm: (amount: string, months: number) => string;
  apr: (percent: string) => string;
  reference: string;
  timeline: string;
  pending: string;
  /** Steps still ahead, as the timeline shows them greyed out. */
  upcoming: Record<'under_review' | 'decision' | 'disbursed', string>;
  method: Record<RepaymentMethod, string>;
  reason: string;
  withdraw: string;
  withdrawConfirm: string;
  withdrawYes: string;
  withdrawNo: string;
  withdrawing: string;
  withdrawn: string;
  withdrawFailed: string;
  updated: (product: string, status: string) => string;
  refresh: string;
  loadMore: string;
  employer: string;
  applicant: string;
}

const zhSteps: Record<LoanStep, string> = {
  product: '选择产品',
  amount: '金额与期限',
  applicant: '申请人',
  employer: '工作单位与用途',
  consents: '授权同意',
  review: '确认提交',
};

export const loanMessages: Catalogue<LoanMessages> = {
  'zh-CN': {
    title: '惠工贷申请',
    progress: '申请进度',
    stepOf: (index, total) => `第 ${index} 步，共 ${total} 步`,
    steps: zhSteps,
    back: '上一步',
    next: '下一步',
    submit: '提交申请',
    submitting: '正在提交…',
    edit: '修改',
    required: '必选',
    optional: '可选',
    noProducts: '暂无可申请的贷款产品',
    noProductsDetail: '请稍后再来看看',
    draftSaved: (time) => `草稿已保存 ${time}`,
    draftSaving: '正在保存草稿…',
    draftFailed: '草稿暂未保存，将稍后重试',
    resumed: '已恢复上次填写的内容',
    chooseProduct: '请选择贷款产品',
    productRequired: '请选择一个贷款产品',
    amountRange: (min, max) => `额度 ${min}–${max}`,
    terms: (months) => `期限 ${months} 个月`,
    apr: '年化利率',
    aprRange: (min, max) => `${min}–${max}`,
    lender: (name) => `贷款机构：${name}`,
    amountLabel: '申请金额',
    amountHint: (min, max) => `可申请 ${min}–${max}，支持“12.5万”这样的写法`,
    termLabel: '借款期限',
    termOption: (months) => `${months} 个月`,
    termRequired: '请选择借款期限',
    methodLabel: '还款方式',
    methods: { 'equal-instalment': '等额本息', 'equal-principal': '等额本金' },
    methodHelp: {
      'equal-instalment': '每月还款金额相同',
      'equal-principal': '每月归还相同本金，月供逐月递减，总利息较少',
    },
    methodRequired: '请选择还款方式',
    estimateTitle: '还款试算',
    reference: '参考',
    estimateBasis: (apr) => `按最高年化利率 ${apr} 估算`,
    estimateNote: '试算结果仅供参考，实际额度、利率和还款计划以嘉兴银行审批为准。',
    estimateEmpty: '填写金额并选择期限后显示还款试算',
    monthly: '每月还款',
    firstMonth: '首月还款',
    lastMonth: '末月还款',
    totalInterest: '利息合计',
    totalPayment: '还款总额',
    showSchedule: '查看还款计划',
    hideSchedule: '收起还款计划',
    scheduleCaption: (method, apr) => `还款计划（参考）：${method}，年化利率 ${apr}`,
    columns: {
      month: '期数',
      payment: '月供',
      principal: '本金',
      interest: '利息',
      remaining: '剩余本金',
    },
    selected: '已选',
    applicantIntro: '请填写申请人本人的信息，须与身份证一致。',
    nameLabel: '姓名',
    idLabel: '居民身份证号码',
    idHint: '18 位，最后一位可以是 X',
    mobileLabel: '手机号',
    unionLabel: '所属工会',
    unionRequired: '请选择所属工会',
    employerNameLabel: '工作单位名称',
    employerNameRequired: '请填写工作单位名称（至少 2 个字）',
    usccLabel: '单位统一社会信用代码',
    purposeLabel: '借款用途',
    purposeHint: '例如：店面装修、购置经营设备（2–500 字）',
    purposeRequired: '请填写借款用途（至少 2 个字）',
    consentIntro:
      '以下授权需要您逐项阅读并单独勾选。标为“必选”的授权是受理申请所必需的；不同意“可选”授权不影响申请。',
    consentVersion: '版本',
    consentRecipient: '接收方',
    consentCategories: '涉及的个人信息',
    consentRetention: '保存期限',
    consentAgree: (title) => `我已阅读并同意《${title}》`,
    consentRequiredError: (title) => `请阅读并勾选《${title}》，否则无法受理申请`,
    consentOptionalNote: '可不勾选，不影响申请',
    reviewIntro: '请核对以下信息，敏感信息已脱敏显示。',
    product: '贷款产品',
    amount: '申请金额',
    term: '借款期限',
    method: '还款方式',
    applicant: '申请人',
    name: '姓名',
    idNumber: '身份证号码',
    mobile: '手机号',
    union: '所属工会',
    employer: '工作单位',
    uscc: '统一社会信用代码',
    purpose: '借款用途',
    consents: '授权',
    granted: '已同意',
    refused: '未同意',
    maskedNote: '已脱敏',
    fixErrors: '请修改标出的内容后再提交',
    submitFailed: '提交失败',
    submittedTitle: '申请已提交',
    submittedDetail: '嘉兴银行将审核您的申请，审核进度会显示在下方。',
    newApplication: '再申请一笔',
    cancelled: '提交已被取消',
  },
  en: {
    title: 'Huigong loan application',
    progress: 'Application progress',
    stepOf: (index, total) => `Step ${index} of ${total}`,
    steps: {
      product: 'Product',
      amount: 'Amount and term',
      applicant: 'Applicant',
      employer: 'Employer and purpose',
      consents: 'Consents',
      review: 'Review',
    },
    back: 'Back',
    next: 'Next',
    submit: 'Submit application',
    submitting: 'Submitting…',
    edit: 'Edit',
    required: 'Required',
    optional: 'Optional',
    noProducts: 'No loan products are available',
    noProductsDetail: 'Please check again later',
    draftSaved: (time) => `Draft saved ${time}`,
    draftSaving: 'Saving draft…',
    draftFailed: 'Draft not saved yet; we will retry',
    resumed: 'We restored what you entered last time',
    chooseProduct: 'Choose a loan product',
    productRequired: 'Choose a loan product',
    amountRange: (min, max) => `Amount ${min}–${max}`,
    terms: (months) => `Terms ${months} months`,
    apr: 'APR (年化利率)',
    aprRange: (min, max) => `${min}–${max}`,
    lender: (name) => `Lender: ${name}`,
    amountLabel: 'Amount',
    amountHint: (min, max) => `From ${min} to ${max}; you may type e.g. “12.5万”`,
    termLabel: 'Term',
    termOption: (months) => `${months} months`,
    termRequired: 'Choose a term',
    methodLabel: 'Repayment method',
    methods: { 'equal-instalment': 'Equal instalments', 'equal-principal': 'Equal principal' },
    methodHelp: {
      'equal-instalment': 'The same payment every month',
      'equal-principal': 'The same principal every month; payments decrease, less interest overall',
    },
    methodRequired: 'Choose a repayment method',
    estimateTitle: 'Repayment estimate',
    reference: 'Reference',
    estimateBasis: (apr) => `Estimated at the highest APR, ${apr}`,
    estimateNote:
      'For reference only: the amount, rate and schedule are set by Jiaxing Bank’s approval.',
    estimateEmpty: 'Enter an amount and choose a term to see an estimate',
    monthly: 'Monthly payment',
    firstMonth: 'First month',
    lastMonth: 'Last month',
    totalInterest: 'Total interest',
    totalPayment: 'Total repayment',
    showSchedule: 'Show repayment schedule',
    hideSchedule: 'Hide repayment schedule',
    scheduleCaption: (method, apr) => `Repayment schedule (reference): ${method}, APR ${apr}`,
    columns: {
      month: 'Month',
      payment: 'Payment',
      principal: 'Principal',
      interest: 'Interest',
      remaining: 'Remaining',
    },
    selected: 'Selected',
    applicantIntro: 'Enter the applicant’s own details, as on the resident ID card.',
    nameLabel: 'Full name',
    idLabel: 'Resident ID number',
    idHint: '18 characters; the last may be X',
    mobileLabel: 'Mobile number',
    unionLabel: 'Union branch',
    unionRequired: 'Choose your union branch',
    employerNameLabel: 'Employer name',
    employerNameRequired: 'Enter the employer’s name (at least 2 characters)',
    usccLabel: 'Employer’s unified social credit code',
    purposeLabel: 'Purpose of the loan',
    purposeHint: 'E.g. shop renovation, equipment (2–500 characters)',
    purposeRequired: 'Describe the purpose (at least 2 characters)',
    consentIntro:
      'Read each consent and tick it separately. “Required” ones are needed to process the application; declining “optional” ones does not affect it.',
    consentVersion: 'Version',
    consentRecipient: 'Recipient',
    consentCategories: 'Personal information concerned',
    consentRetention: 'Retention',
    consentAgree: (title) => `I have read and agree to “${title}”`,
    consentRequiredError: (title) =>
      `Tick “${title}” to continue: it is needed for the application`,
    consentOptionalNote: 'You may leave this unticked',
    reviewIntro: 'Check your details. Sensitive information is partly hidden.',
    product: 'Product',
    amount: 'Amount',
    term: 'Term',
    method: 'Repayment method',
    applicant: 'Applicant',
    name: 'Name',
    idNumber: 'ID number',
    mobile: 'Mobile',
    union: 'Union branch',
    employer: 'Employer',
    uscc: 'Credit code',
    purpose: 'Purpose',
    consents: 'Consents',
    granted: 'Agreed',
    refused: 'Not agreed',
    maskedNote: 'partly hidden',
    fixErrors: 'Correct the marked fields, then submit again',
    submitFailed: 'Submission failed',
    submittedTitle: 'Application submitted',
    submittedDetail: 'Jiaxing Bank will review it; progress appears below.',
    newApplication: 'Apply again',
    cancelled: 'The submission was cancelled',
  },
};

export const statusMessages: Catalogue<StatusMessages> = {
  'zh-CN': {
    title: '我的贷款申请',
    empty: '暂无贷款申请',
    emptyDetail: '提交惠工贷申请后，可在这里查看审核进度',
    status: {
      submitted: '已提交',
      under_review: '审核中',
      approved: '已批准',
      rejected: '未通过',
      disbursed: '已放款',
      withdrawn: '已撤回',
    },
    submittedAt: (date) => `申请时间 ${date}`,
    amountTerm: (amount, months) => `${amount} · ${months} 个月`,
    apr: (percent) => `年化利率 ${percent}`,
    reference: '参考',
    timeline: '办理进度',
    pending: '待办理',
    upcoming: { under_review: '银行审核', decision: '审批结果', disbursed: '放款' },
    method: { 'equal-instalment': '等额本息', 'equal-principal': '等额本金' },
    reason: '原因',
    withdraw: '撤回申请',
    withdrawConfirm: '确定撤回这笔申请吗？撤回后如需贷款，需要重新申请。',
    withdrawYes: '确定撤回',
    withdrawNo: '暂不撤回',
    withdrawing: '正在撤回…',
    withdrawn: '申请已撤回',
    withdrawFailed: '撤回失败',
    updated: (product, status) => `${product}申请状态更新为：${status}`,
    refresh: '刷新',
    loadMore: '加载更多',
    employer: '工作单位',
    applicant: '申请人',
  },
  en: {
    title: 'My loan applications',
    empty: 'No loan applications yet',
    emptyDetail: 'After you apply, the review progress appears here',
    status: {
      submitted: 'Submitted',
      under_review: 'Under review',
      approved: 'Approved',
      rejected: 'Rejected',
      disbursed: 'Disbursed',
      withdrawn: 'Withdrawn',
    },
    submittedAt: (date) => `Applied ${date}`,
    amountTerm: (amount, months) => `${amount} · ${months} months`,
    apr: (percent) => `APR ${percent}`,
    reference: 'Reference',
    timeline: 'Progress',
    pending: 'Pending',
    upcoming: { under_review: 'Bank review', decision: 'Decision', disbursed: 'Disbursement' },
    method: { 'equal-instalment': 'Equal instalments', 'equal-principal': 'Equal principal' },
    reason: 'Reason',
    withdraw: 'Withdraw application',
    withdrawConfirm: 'Withdraw this application? To borrow later you will need to apply again.',
    withdrawYes: 'Withdraw',
    withdrawNo: 'Keep it',
    withdrawing: 'Withdrawing…',
    withdrawn: 'Application withdrawn',
    withdrawFailed: 'Could not withdraw',
    updated: (product, status) => `${product} application is now: ${status}`,
    refresh: 'Refresh',
    loadMore: 'Load more',
    employer: 'Employer',
    applicant: 'Applicant',
  },
};
