import type { CourseKind } from '@jiagong/contract';
import type { Catalogue } from '../internal/localize.js';

export interface CoursesMessages {
  label: string;
  /** The view switch's name: not the list's (职工课堂), or a screen reader hears two 职工课堂. */
  view: string;
  views: { all: string; mine: string };
  filters: string;
  kind: string;
  allKinds: string;
  kinds: Record<CourseKind, string>;
  provider: string;
  allProviders: string;
  publicWelfare: string;
  search: string;
  searchPlaceholder: string;
  welfareBadge: string;
  details: string;
  time: string;
  selfPaced: string;
  venue: string;
  duration: string;
  durationText: (minutes: number, lessons: number) => string;
  seats: string;
  seatsLeft: (left: number, total: number) => string;
  unlimited: (count: string) => string;
  full: string;
  signUp: string;
  /** A course whose availability is one a newer API added: no sign-up here, and why. */
  signUpElsewhere: string;
  /** In place of 报名 on a course that has started, or of 取消报名 when `signedUp`. */
  started: (signedUp?: boolean) => string;
  signingUp: string;
  signedUp: string;
  signedUpNow: (title: string) => string;
  cancelSignUp: string;
  /**
   * The cancel confirmation's question (its group is named by the course title too); `seats`
   * when the course has a limited number of seats, whose freed one another member may take.
   */
  cancelAsk: (seats: boolean) => string;
  cancelYes: string;
  cancelNo: string;
  cancelling: string;
  cancelledNow: (title: string) => string;
  openCourse: string;
  empty: string;
  /** Under `empty`: what to expect. */
  emptyDetail: string;
  emptyFiltered: string;
  clearFilters: string;
  emptyMine: string;
  emptyMineDetail: string;
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
  loaded: (n: number) => string;
}

export const coursesMessages: Catalogue<CoursesMessages> = {
  'zh-CN': {
    label: '职工课堂',
    view: '查看',
    views: { all: '全部课程', mine: '我的报名' },
    filters: '筛选课程',
    kind: '上课方式',
    allKinds: '全部',
    kinds: { online: '线上', offline: '线下' },
    provider: '开课单位',
    allProviders: '全部单位',
    publicWelfare: '只看公益课程（我在嘉兴挺好的）',
    search: '搜索',
    searchPlaceholder: '课程名称或类别',
    welfareBadge: '公益',
    details: '课程介绍',
    time: '时间',
    selfPaced: '随到随学',
    venue: '地点',
    duration: '学时',
    durationText: (minutes, lessons) =>
      `共 ${lessons} 节，约 ${minutes >= 60 ? `${Math.round(minutes / 6) / 10} 小时` : `${minutes} 分钟`}`,
    seats: '名额',
    seatsLeft: (left, total) => `剩余 ${left} 个（共 ${total} 个）`,
    unlimited: (count) => `不限名额，已有 ${count} 人报名`,
    full: '名额已满',
    signUp: '报名',
    signUpElsewhere: '暂不能在这里报名，请联系课程主办方。',
    started: (signedUp) => `已开课，不能${signedUp ? '取消' : '再'}报名`,
    signingUp: '正在报名…',
    signedUp: '已报名',
    signedUpNow: (title) => `已报名：${title}`,
    cancelSignUp: '取消报名',
    cancelAsk: (seats) => `确定取消报名吗？${seats ? '名额将让给其他职工。' : ''}`,
    cancelYes: '确定取消',
    cancelNo: '保留报名',
    cancelling: '正在取消…',
    cancelledNow: (title) => `已取消报名：${title}`,
    openCourse: '进入课程',
    empty: '暂无课程',
    emptyDetail: '新课程上线后会显示在这里。',
    emptyFiltered: '没有符合条件的课程',
    clearFilters: '清除筛选',
    emptyMine: '您还没有报名任何课程',
    emptyMineDetail: '在“全部课程”中选择感兴趣的课程报名。',
    loadMore: '加载更多',
    loadingMore: '正在加载…',
    allLoaded: '已显示全部',
    loaded: (n) => `已显示 ${n} 门课程`,
  },
};
