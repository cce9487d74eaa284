// Examples of the main models for docs/openapi.json, taken from the sandbox's seed data: a doc
// portal (Redoc, Swagger UI) shows them as the example answer or body instead of "string" and 0,
// and Redocly's lint checks each against its schema (test/openapi-lint.test.ts, which also
// parses each with the contract's own schema).

const order = {
  id: 'ord_1001_05',
  productId: 'prd_0010',
  productName: '劳动者帆布袋 手提',
  imageUrl: 'http://localhost:4010/assets/products/prd_0010.svg',
  quantity: 1,
  pointsTotal: 200,
  cashTotalFen: 0,
  status: 'confirmed',
  fulfilment: 'delivery',
  delivery: {
    recipientMasked: '沈**',
    mobileMasked: '199****1001',
    address: '浙江省嘉兴市南湖区禾丰路 88 号 嘉禾花园 3 幢 201 室',
  },
  redemptionCode: null,
  cancellable: true,
  createdAt: '2026-10-07T16:35:11+08:00',
  cancelledAt: null,
  balanceAfter: 12000,
};

/** One example per component schema name. */
export const schemaExamples: Readonly<Record<string, unknown>> = {
  MemberCard: {
    cardNumberMasked: '**** **** **** 0012',
    holderNameMasked: '沈**',
    unionId: 'u_330402_01_01',
    unionName: '嘉兴长水服饰有限公司工会',
    status: 'active',
    issuedAt: '2021-06-01',
    validThrough: '2031-05-31',
    issuer: { name: '嘉兴市总工会', coBrand: '嘉兴银行' },
  },
  Product: {
    id: 'prd_0001',
    categoryId: 'cat_union',
    name: '嘉工卡定制保温杯 500ml',
    summary: '316 不锈钢内胆，限量定制',
    description: '嘉工卡定制保温杯 500ml。兑换成功后 3 个工作日内发货，全市包邮。',
    imageUrl: 'http://localhost:4010/assets/products/prd_0001.svg',
    images: ['http://localhost:4010/assets/products/prd_0001.svg'],
    pointsPrice: 1200,
    cashPriceFen: 0,
    stock: 200,
    perMemberLimit: 2,
    fulfilment: 'delivery',
    createdAt: '2025-01-01T10:49:48+08:00',
  },
  CreateOrderInput: {
    productId: 'prd_0010',
    quantity: 1,
    delivery: {
      recipient: '沈嘉禾',
      mobile: '19900001001',
      address: '浙江省嘉兴市南湖区禾丰路 88 号 嘉禾花园 3 幢 201 室',
    },
  },
  Order: order,
  OrderPage: { data: [order], nextCursor: null },
  LoanApplication: {
    id: 'la_1001_01',
    productId: 'lp_consumer',
    productName: '消费贷',
    amountFen: 8000000,
    termMonths: 12,
    repaymentMethod: 'equal-instalment',
    aprPercent: 6.5,
    status: 'disbursed',
    applicant: {
      unionId: 'u_330402_01_01',
      unionName: '嘉兴长水服饰有限公司工会',
      nameMasked: '沈**',
      mobileMasked: '199****1001',
      idNumberMasked: '330***********0318',
    },
    employer: { name: '嘉兴禾信电子有限公司', uscc: '91330402MA2B0C1D2H' },
    purpose: '家庭装修',
    timeline: [
      { status: 'submitted', at: '2026-07-29T01:09:38+08:00', note: null },
      { status: 'under_review', at: '2026-07-30T01:09:38+08:00', note: null },
      { status: 'approved', at: '2026-08-01T01:09:38+08:00', note: '审批通过，额度 8 万元' },
      { status: 'disbursed', at: '2026-08-03T01:09:38+08:00', note: '已放款至尾号 0012 的嘉工卡' },
    ],
    rejectionReason: null,
    withdrawable: false,
    createdAt: '2026-07-29T01:09:38+08:00',
    updatedAt: '2026-08-03T01:09:38+08:00',
  },
  Error: {
    error: {
      code: 'validation_failed',
      message: '提交的信息有误，请检查后重试',
      requestId: 'req_02def888a1935ce8c4c1',
      details: { fields: [{ path: 'quantity', code: 'too_small', message: '不能小于 1' }] },
    },
  },
};
