import type { Catalogue } from '../internal/localize.js';

/** Texts of the points-mall family; zh-CN is the source. */
export interface MallMessages {
  title: string;
  balanceLabel: string;
  points: (formatted: string) => string;
  pointsUnit: string;
  expiringSoon: (points: string, date: string) => string;
  views: { grid: string; orders: string; points: string };
  viewsLabel: string;
  // grid
  searchLabel: string;
  searchPlaceholder: string;
  categoriesLabel: string;
  allCategories: string;
  sortLabel: string;
  sort: { default: string; points_asc: string; points_desc: string; newest: string };
  affordLabel: string;
  productsLabel: string;
  loadedCount: (count: string, more: boolean) => string;
  loadingMore: string;
  loadMore: string;
  noProducts: string;
  noProductsDetail: string;
  soldOut: string;
  stockLeft: (n: string) => string;
  cashPlus: (money: string) => string;
  // product
  productImages: string;
  showImage: (n: number, total: number) => string;
  description: string;
  stock: string;
  perMemberLimit: string;
  noLimit: string;
  fulfilmentLabel: string;
  fulfilment: { delivery: string; pickup: string; virtual: string };
  quantity: string;
  decrease: string;
  increase: string;
  quantityRange: (max: string) => string;
  deliveryTitle: string;
  recipient: string;
  mobile: string;
  address: string;
  fieldRequired: string;
  recipientTooLong: string;
  addressTooShort: string;
  addressTooLong: string;
  mobileInvalid: { empty: string; length: string; format: string };
  quantityInvalid: (max: string) => string;
  redeem: string;
  notEnoughPoints: string;
  confirmTitle: string;
  confirmProduct: string;
  confirmQuantity: string;
  confirmCost: string;
  confirmBalance: string;
  confirmBalanceAfter: string;
  confirmDelivery: string;
  confirmSubmit: string;
  submitting: string;
  failure: {
    insufficient_points: string;
    out_of_stock: string;
    limit_exceeded: string;
    card_inactive: string;
    idempotency_key_in_use: string;
  };
  outcomeUnknown: string;
  successTitle: string;
  successBody: (points: string, balance: string) => string;
  redemptionCode: string;
  viewOrders: string;
  continueShopping: string;
  backToGrid: string;
  productNotFound: string;
  // orders
  ordersTitle: string;
  noOrders: string;
  noOrdersDetail: string;
  orderStatus: { confirmed: string; shipped: string; completed: string; cancelled: string };
  orderNumber: (id: string) => string;
  orderedAt: (date: string) => string;
  orderTotal: string;
  cancelOrder: string;
  cancelConfirm: (name: string) => string;
  cancelYes: string;
  cancelNo: string;
  cancelling: string;
  cancelled: (points: string) => string;
  deliverTo: string;
  // points history
  historyTitle: string;
  noHistory: string;
  historyTypeLabel: string;
  allTypes: string;
  txType: { earn: string; redeem: string; refund: string; expire: string; adjust: string };
  balanceAfter: (points: string) => string;
  expiresAt: (date: string) => string;
}

export const messages = {
  'zh-CN': {
    title: '积分商城',
    balanceLabel: '我的积分',
    points: (n) => `${n} 积分`,
    pointsUnit: '积分',
    expiringSoon: (n, date) => `${n} 积分将于 ${date} 过期`,
    views: { grid: '商品', orders: '我的订单', points: '积分明细' },
    viewsLabel: '积分商城导航',
    searchLabel: '搜索商品',
    searchPlaceholder: '搜索商品名称',
    categoriesLabel: '商品分类',
    allCategories: '全部',
    sortLabel: '排序',
    sort: {
      default: '默认',
      points_asc: '积分从低到高',
      points_desc: '积分从高到低',
      newest: '最新上架',
    },
    affordLabel: '只看我能兑换的',
    productsLabel: '商品列表',
    loadedCount: (n, more) => (more ? `已加载 ${n} 件商品，滚动加载更多` : `共 ${n} 件商品`),
    loadingMore: '正在加载更多商品…',
    loadMore: '加载更多',
    noProducts: '没有找到商品',
    noProductsDetail: '换个关键词或分类试试',
    soldOut: '已兑完',
    stockLeft: (n) => `库存 ${n}`,
    cashPlus: (money) => `+ ${money}`,
    productImages: '商品图片',
    showImage: (n, total) => `查看第 ${n} 张图片，共 ${total} 张`,
    description: '商品详情',
    stock: '库存',
    perMemberLimit: '每人限兑',
    noLimit: '不限',
    fulfilmentLabel: '领取方式',
    fulfilment: { delivery: '快递配送', pickup: '到店自提', virtual: '电子券' },
    quantity: '兑换数量',
    decrease: '减少数量',
    increase: '增加数量',
    quantityRange: (max) => `可兑换 1–${max} 件`,
    deliveryTitle: '收货信息',
    recipient: '收货人',
    mobile: '手机号',
    address: '收货地址',
    fieldRequired: '请填写此项',
    recipientTooLong: '收货人不能超过 40 个字',
    addressTooShort: '请填写完整的收货地址（至少 5 个字）',
    addressTooLong: '收货地址不能超过 200 个字',
    mobileInvalid: {
      empty: '请填写手机号',
      length: '手机号应为 11 位数字',
      format: '手机号格式不正确',
    },
    quantityInvalid: (max) => `兑换数量应为 1 到 ${max} 之间的整数`,
    redeem: '立即兑换',
    notEnoughPoints: '积分不足，暂时无法兑换',
    confirmTitle: '确认兑换',
    confirmProduct: '商品',
    confirmQuantity: '数量',
    confirmCost: '消耗积分',
    confirmBalance: '当前积分',
    confirmBalanceAfter: '兑换后积分',
    confirmDelivery: '收货信息',
    confirmSubmit: '确认兑换',
    submitting: '正在提交…',
    failure: {
      insufficient_points: '积分不足，无法完成兑换。积分余额已刷新。',
      out_of_stock: '该商品库存不足，库存已刷新，请调整数量后再试。',
      limit_exceeded: '已超过每人限兑数量，无法再兑换该商品。',
      card_inactive: '您的会员卡当前不可用（已挂失、冻结或过期），暂时无法兑换。',
      idempotency_key_in_use: '您的兑换正在处理中，请稍候再试，不会重复扣除积分。',
    },
    outcomeUnknown: '未能确认兑换结果。请点击重试：同一笔兑换不会重复扣除积分。',
    successTitle: '兑换成功',
    successBody: (points, balance) => `已消耗 ${points} 积分，剩余 ${balance} 积分。`,
    redemptionCode: '兑换码',
    viewOrders: '查看订单',
    continueShopping: '继续逛逛',
    backToGrid: '返回商品列表',
    productNotFound: '商品不存在或已下架',
    ordersTitle: '我的订单',
    noOrders: '还没有兑换记录',
    noOrdersDetail: '去积分商城挑选喜欢的商品吧',
    orderStatus: {
      confirmed: '已确认',
      shipped: '已发货',
      completed: '已完成',
      cancelled: '已取消',
    },
    orderNumber: (id) => `订单号 ${id}`,
    orderedAt: (date) => `兑换时间 ${date}`,
    orderTotal: '合计',
    cancelOrder: '取消订单',
    cancelConfirm: (name) => `确定取消“${name}”的兑换吗？积分将退回账户。`,
    cancelYes: '确定取消',
    cancelNo: '暂不取消',
    cancelling: '正在取消…',
    cancelled: (n) => `订单已取消，${n} 积分已退回。`,
    deliverTo: '收货人',
    historyTitle: '积分明细',
    noHistory: '暂无积分记录',
    historyTypeLabel: '类型',
    allTypes: '全部类型',
    txType: { earn: '获得', redeem: '兑换', refund: '退回', expire: '过期', adjust: '调整' },
    balanceAfter: (n) => `余额 ${n}`,
    expiresAt: (date) => `${date} 过期`,
  },
  en: {
    title: 'Points mall',
    balanceLabel: 'My points',
    points: (n) => `${n} points`,
    pointsUnit: 'points',
    expiringSoon: (n, date) => `${n} points expire on ${date}`,
    views: { grid: 'Products', orders: 'My orders', points: 'Points history' },
    viewsLabel: 'Points mall navigation',
    searchLabel: 'Search products',
    searchPlaceholder: 'Search by name',
    categoriesLabel: 'Categories',
    allCategories: 'All',
    sortLabel: 'Sort',
    sort: {
      default: 'Recommended',
      points_asc: 'Points: low to high',
      points_desc: 'Points: high to low',
      newest: 'Newest',
    },
    affordLabel: 'Only what I can afford',
    productsLabel: 'Products',
    loadedCount: (n, more) => (more ? `${n} products loaded, scroll for more` : `${n} products`),
    loadingMore: 'Loading more products…',
    loadMore: 'Load more',
    noProducts: 'No products found',
    noProductsDetail: 'Try another search or category',
    soldOut: 'Sold out',
    stockLeft: (n) => `${n} left`,
    cashPlus: (money) => `+ ${money}`,
    productImages: 'Product images',
    showImage: (n, total) => `Show image ${n} of ${total}`,
    description: 'Details',
    stock: 'Stock',
    perMemberLimit: 'Limit per member',
    noLimit: 'No limit',
    fulfilmentLabel: 'Fulfilment',
    fulfilment: { delivery: 'Home delivery', pickup: 'In-store pickup', virtual: 'E-voucher' },
    quantity: 'Quantity',
    decrease: 'Decrease quantity',
    increase: 'Increase quantity',
    quantityRange: (max) => `1–${max} available`,
    deliveryTitle: 'Delivery details',
    recipient: 'Recipient',
    mobile: 'Mobile number',
    address: 'Delivery address',
    fieldRequired: 'This field is required',
    recipientTooLong: 'The recipient may have at most 40 characters',
    addressTooShort: 'Enter the full address (at least 5 characters)',
    addressTooLong: 'The address may have at most 200 characters',
    mobileInvalid: {
      empty: 'Enter a mobile number',
      length: 'A mobile number has 11 digits',
      format: 'This is not a valid mainland mobile number',
    },
    quantityInvalid: (max) => `Quantity must be a whole number from 1 to ${max}`,
    redeem: 'Redeem now',
    notEnoughPoints: 'Not enough points to redeem this product',
    confirmTitle: 'Confirm redemption',
    confirmProduct: 'Product',
    confirmQuantity: 'Quantity',
    confirmCost: 'Points to spend',
    confirmBalance: 'Current balance',
    confirmBalanceAfter: 'Balance after redemption',
    confirmDelivery: 'Deliver to',
    confirmSubmit: 'Confirm',
    submitting: 'Submitting…',
    failure: {
      insufficient_points:
        'Not enough points for this redemption. Your balance has been refreshed.',
      out_of_stock:
        'Not enough stock left. The stock has been refreshed; adjust the quantity and try again.',
      limit_exceeded: 'You have reached the per-member limit for this product.',
      card_inactive:
        'Your member card is not active (reported lost, frozen or expired), so you cannot redeem now.',
      idempotency_key_in_use:
        'Your redemption is still being processed. Try again in a moment; you will not be charged twice.',
    },
    outcomeUnknown:
      'We could not confirm the redemption. Retry: the same redemption is never charged twice.',
    successTitle: 'Redeemed',
    successBody: (points, balance) => `${points} points spent, ${balance} points left.`,
    redemptionCode: 'Redemption code',
    viewOrders: 'View orders',
    continueShopping: 'Continue shopping',
    backToGrid: 'Back to products',
    productNotFound: 'This product does not exist or is no longer available',
    ordersTitle: 'My orders',
    noOrders: 'No redemptions yet',
    noOrdersDetail: 'Find something you like in the points mall',
    orderStatus: {
      confirmed: 'Confirmed',
      shipped: 'Shipped',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    orderNumber: (id) => `Order ${id}`,
    orderedAt: (date) => `Redeemed ${date}`,
    orderTotal: 'Total',
    cancelOrder: 'Cancel order',
    cancelConfirm: (name) =>
      `Cancel the redemption of “${name}”? The points return to your account.`,
    cancelYes: 'Cancel order',
    cancelNo: 'Keep order',
    cancelling: 'Cancelling…',
    cancelled: (n) => `Order cancelled; ${n} points returned.`,
    deliverTo: 'Recipient',
    historyTitle: 'Points history',
    noHistory: 'No points activity yet',
    historyTypeLabel: 'Type',
    allTypes: 'All types',
    txType: {
      earn: 'Earned',
      redeem: 'Spent',
      refund: 'Refunded',
      expire: 'Expired',
      adjust: 'Adjusted',
    },
    balanceAfter: (n) => `Balance ${n}`,
    expiresAt: (date) => `Expires ${date}`,
  },
} satisfies Catalogue<MallMessages>;
