import type { Catalogue } from '../internal/localize.js';

// Texts of the points-mall family. zh-CN is the source: its shape is the type every locale
// must match. One text per meaning: the confirmation, the order list and the form share labels.
const zh = {
  myPoints: '我的积分',
  unit: '积分',
  expiring: (n: string, date: string) => `${n} 积分将于 ${date} 过期`,
  views: { grid: '商品', orders: '我的订单', points: '积分明细' },
  nav: '积分商城导航',
  close: '关闭',
  cancel: '取消',
  /** An order status, points type or fulfilment a newer API added, which this version does not know. */
  other: '其他',
  // grid
  search: '搜索商品',
  searchHint: '搜索商品名称',
  cats: '商品分类',
  all: '全部',
  sortBy: '排序',
  // Keyed by the `sort` value each option sets ('' for the catalogue's order), in the list's order.
  sort: {
    '': '默认',
    points_asc: '积分从低到高',
    points_desc: '积分从高到低',
    newest: '最新上架',
  },
  afford: '只看我能兑换的',
  products: '商品列表',
  loaded: (n: string, more: boolean) =>
    more ? `已加载 ${n} 件商品，滚动加载更多` : `共 ${n} 件商品`,
  more: '加载更多',
  none: '没有找到商品',
  noneHint: '换个关键词或分类试试',
  soldOut: '已兑完',
  left: (n: string) => `库存 ${n}`,
  // product
  images: '商品图片',
  image: (n: number, total: number) => `查看第 ${n} 张图片，共 ${total} 张`,
  details: '商品详情',
  stock: '库存',
  limit: '每人限兑',
  noLimit: '不限',
  method: '领取方式',
  fulfilment: { delivery: '快递配送', pickup: '到店自提', virtual: '电子券' },
  quantity: '兑换数量',
  minus: '减少数量',
  plus: '增加数量',
  // `1–1` reads as a typo when only one may be redeemed.
  range: (max: string) => (max === '1' ? '限兑 1 件' : `可兑换 1 到 ${max} 件`),
  delivery: '收货信息',
  recipient: '收货人',
  mobile: '手机号',
  /** The legend of the address's parts. */
  where: '收货地址',
  province: '省份',
  city: '城市',
  district: '区/县（选填）',
  // A field's label is the text of its id: `address` is the street and house number.
  address: '详细地址',
  required: '请填写此项',
  nameLong: '收货人不能超过 40 个字',
  addrShort: '请填写完整的收货地址（至少 5 个字）',
  addrLong: '收货地址不能超过 200 个字',
  mobileBad: {
    empty: '请填写手机号',
    length: '手机号应为 11 位数字',
    format: '手机号格式不正确',
  },
  qtyBad: (max: string) => `兑换数量应为 1 到 ${max} 之间的整数`,
  redeem: '立即兑换',
  short: '积分不足，暂时无法兑换',
  confirm: '确认兑换',
  product: '商品',
  cost: '消耗积分',
  before: '当前积分',
  after: '兑换后积分',
  submitting: '正在提交…',
  failure: {
    insufficient_points: '积分不足，无法完成兑换。积分余额已刷新。',
    out_of_stock: '库存不足，库存已刷新，请调整数量后再试。',
    limit_exceeded: '已超过每人限兑数量。',
    card_inactive: '您的会员卡已停用或已过期，暂时不能兑换。请联系所属工会。',
    idempotency_key_in_use: '您的兑换正在处理中，请稍候再试，不会重复扣除积分。',
  } as Record<string, string | undefined>,
  /** A product of a fulfilment a newer API added. */
  here: '暂时不能在这里兑换',
  unknown: '未能确认兑换结果。请点击重试：同一笔兑换不会重复扣除积分。',
  done: '兑换成功',
  spent: (points: string, balance: string) => `已消耗 ${points} 积分，剩余 ${balance} 积分。`,
  code: '兑换码',
  toOrders: '查看订单',
  shop: '继续逛逛',
  back: '返回商品列表',
  notFound: '商品不存在或已下架',
  // orders
  noOrders: '还没有兑换记录',
  noOrdersHint: '去积分商城挑选喜欢的商品吧',
  status: {
    confirmed: '已确认',
    shipped: '已发货',
    completed: '已完成',
    cancelled: '已取消',
  },
  orderNo: (id: string) => `订单号 ${id}`,
  orderedAt: (date: string) => `兑换时间 ${date}`,
  total: '合计',
  cancelIt: '取消订单',
  cancelAsk: (name: string) => `确定取消“${name}”的兑换吗？积分将退回账户。`,
  cancelYes: '确定取消',
  cancelNo: '暂不取消',
  cancelling: '正在取消…',
  cancelled: (n: string) => `订单已取消，${n} 积分已退回。`,
  // points history
  noHistory: '暂无积分记录',
  type: '类型',
  // Keyed by the filter's value each type sets ('' for all of them), in the filter's order.
  tx: {
    '': '全部类型',
    earn: '获得',
    redeem: '兑换',
    refund: '退回',
    expire: '过期',
    adjust: '调整',
  },
  balanceIs: (n: string) => `余额 ${n}`,
  expires: (date: string) => `${date} 过期`,
};

export type MallMessages = typeof zh;

export const messages: Catalogue<MallMessages> = {
  'zh-CN': zh,
};
