import type { Catalogue } from '../internal/localize.js';

export interface MerchantListMessages {
  label: string;
  close: string;
  filters: string;
  county: string;
  allCounties: string;
  category: string;
  allCategories: string;
  search: string;
  searchPlaceholder: string;
  categories: Record<'dining' | 'retail' | 'health' | 'education' | 'travel' | 'services', string>;
  address: string;
  phone: string;
  discount: string;
  /** Between a hidden label and what it labels: full-width in Chinese, `: ` in English. */
  colon: string;
  showCode: string;
  codeTitle: string;
  codeHint: (merchant: string) => string;
  loadMore: string;
  loadingMore: string;
  loaded: (count: number, more: boolean) => string;
  allLoaded: string;
  empty: string;
  emptyFiltered: string;
  clearFilters: string;
}

export const merchantListMessages: Catalogue<MerchantListMessages> = {
  'zh-CN': {
    label: '惠工联盟商户',
    close: '关闭',
    filters: '筛选商户',
    county: '地区',
    allCounties: '全部地区',
    category: '类别',
    allCategories: '全部类别',
    search: '搜索商户',
    searchPlaceholder: '商户名称、地址或优惠',
    categories: {
      dining: '餐饮美食',
      retail: '购物零售',
      health: '医疗健康',
      education: '教育培训',
      travel: '旅游出行',
      services: '生活服务',
    },
    address: '地址',
    phone: '电话',
    discount: '会员优惠',
    colon: '：',
    showCode: '出示会员码',
    codeTitle: '出示会员码',
    codeHint: (merchant) => `请向「${merchant}」店员出示此码，享受会员优惠`,
    loadMore: '加载更多',
    loadingMore: '正在加载…',
    loaded: (count, more) => `已显示 ${count} 家商户${more ? '，还有更多' : ''}`,
    allLoaded: '已显示全部商户',
    empty: '暂无合作商户',
    emptyFiltered: '没有符合条件的商户',
    clearFilters: '清除筛选',
  },
};
