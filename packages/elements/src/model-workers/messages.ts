import type { HonourLevel } from '@jiagong/contract';
import type { Catalogue } from '../internal/localize.js';

export interface ModelWorkersMessages {
  label: string;
  filters: string;
  level: string;
  allLevels: string;
  levels: Record<HonourLevel, string>;
  search: string;
  searchPlaceholder: string;
  portrait: (name: string) => string;
  read: string;
  back: string;
  honours: string;
  employer: string;
  occupation: string;
  county: string;
  year: string;
  empty: string;
  /** Under `empty`: what to expect. */
  emptyDetail: string;
  /** A story that no longer exists (a stale link or route). */
  gone: string;
  goneDetail: string;
  emptyFiltered: string;
  clearFilters: string;
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
  loaded: (n: number) => string;
}

export const modelWorkersMessages: Catalogue<ModelWorkersMessages> = {
  'zh-CN': {
    label: '劳模风采',
    filters: '筛选劳模',
    level: '荣誉级别',
    allLevels: '全部级别',
    levels: { national: '全国', provincial: '省级', city: '市级' },
    search: '搜索',
    searchPlaceholder: '姓名、单位或岗位',
    portrait: (name) => `${name}的肖像`,
    read: '阅读故事',
    back: '返回劳模列表',
    gone: '没有找到这位劳模的故事',
    goneDetail: '链接可能已过期，请返回劳模列表查看。',
    honours: '所获荣誉',
    employer: '工作单位',
    occupation: '岗位',
    county: '地区',
    year: '获评年份',
    empty: '暂无劳模故事',
    emptyDetail: '新的劳模故事发布后会显示在这里。',
    emptyFiltered: '没有符合条件的劳模',
    clearFilters: '清除筛选',
    loadMore: '加载更多',
    loadingMore: '正在加载…',
    allLoaded: '已显示全部',
    loaded: (n) => `已显示 ${n} 位劳模`,
  },
};
