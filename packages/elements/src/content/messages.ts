import type { CourseKind, HonourLevel } from '@jiagong/contract';
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
  emptyFiltered: string;
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
  loaded: (n: number) => string;
}

export const modelWorkersMessages = {
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
    honours: '所获荣誉',
    employer: '工作单位',
    occupation: '岗位',
    county: '地区',
    year: '获评年份',
    empty: '暂无劳模故事',
    emptyFiltered: '没有符合条件的劳模',
    loadMore: '加载更多',
    loadingMore: '正在加载…',
    allLoaded: '已显示全部',
    loaded: (n) => `已显示 ${n} 位劳模`,
  },
  en: {
    label: 'Model workers',
    filters: 'Filter model workers',
    level: 'Honour level',
    allLevels: 'All levels',
    levels: { national: 'National', provincial: 'Provincial', city: 'City' },
    search: 'Search',
    searchPlaceholder: 'Name, employer or job',
    portrait: (name) => `Portrait of ${name}`,
    read: 'Read the story',
    back: 'Back to the model workers',
    honours: 'Honours',
    employer: 'Employer',
    occupation: 'Job',
    county: 'Area',
    year: 'Year honoured',
    empty: 'No stories yet',
    emptyFiltered: 'No model worker matches',
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    allLoaded: 'All shown',
    loaded: (n) => `${n} model ${n === 1 ? 'worker' : 'workers'} shown`,
  },
} satisfies Catalogue<ModelWorkersMessages>;

export interface CoursesMessages {
  label: string;
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
  providerLabel: string;
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
  signingUp: string;
  signedUp: string;
  signedUpNow: (title: string) => string;
  openCourse: string;
  empty: string;
  emptyFiltered: string;
  clearFilters: string;
  emptyMine: string;
  emptyMineDetail: string;
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
  loaded: (n: number) => string;
}

export const coursesMessages = {
  'zh-CN': {
    label: '职工课堂',
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
    providerLabel: '开课单位',
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
    signingUp: '正在报名…',
    signedUp: '已报名',
    signedUpNow: (title) => `已报名：${title}`,
    openCourse: '进入课程',
    empty: '暂无课程',
    emptyFiltered: '没有符合条件的课程',
    clearFilters: '清除筛选',
    emptyMine: '您还没有报名任何课程',
    emptyMineDetail: '在“全部课程”中选择感兴趣的课程报名。',
    loadMore: '加载更多',
    loadingMore: '正在加载…',
    allLoaded: '已显示全部',
    loaded: (n) => `已显示 ${n} 门课程`,
  },
  en: {
    label: 'Workers’ classroom',
    views: { all: 'All courses', mine: 'My sign-ups' },
    filters: 'Filter courses',
    kind: 'Format',
    allKinds: 'All',
    kinds: { online: 'Online', offline: 'In person' },
    provider: 'Provider',
    allProviders: 'All providers',
    publicWelfare: 'Public-welfare courses only (我在嘉兴挺好的)',
    search: 'Search',
    searchPlaceholder: 'Course title or topic',
    welfareBadge: 'Free',
    details: 'About the course',
    providerLabel: 'Provider',
    time: 'When',
    selfPaced: 'Self-paced',
    venue: 'Where',
    duration: 'Length',
    durationText: (minutes, lessons) =>
      `${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}, about ${minutes >= 60 ? `${Math.round(minutes / 6) / 10} h` : `${minutes} min`}`,
    seats: 'Seats',
    seatsLeft: (left, total) => `${left} of ${total} left`,
    unlimited: (count) => `Unlimited, ${count} signed up`,
    full: 'Full',
    signUp: 'Sign up',
    signingUp: 'Signing up…',
    signedUp: 'Signed up',
    signedUpNow: (title) => `Signed up: ${title}`,
    openCourse: 'Open the course',
    empty: 'No courses yet',
    emptyFiltered: 'No course matches',
    clearFilters: 'Clear filters',
    emptyMine: 'You have not signed up for a course yet',
    emptyMineDetail: 'Pick one under “All courses”.',
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    allLoaded: 'All shown',
    loaded: (n) => `${n} ${n === 1 ? 'course' : 'courses'} shown`,
  },
} satisfies Catalogue<CoursesMessages>;

export interface QuizMessages {
  label: string;
  none: string;
  noneDetail: string;
  rules: (count: number, perCorrect: number) => string;
  timeLimit: (minutes: number) => string;
  untimed: string;
  window: (end: string) => string;
  start: string;
  starting: string;
  progress: (n: number, total: number) => string;
  timeLeft: string;
  minuteLeft: string;
  secondsLeft: (s: number) => string;
  timeUp: string;
  previous: string;
  next: string;
  submit: string;
  submitting: string;
  unanswered: (n: number) => string;
  keepAnswering: string;
  submitAnyway: string;
  resultTitle: string;
  score: (score: number, total: number) => string;
  pointsEarned: (points: string) => string;
  noPoints: string;
  balance: (points: string) => string;
  toMall: string;
  review: string;
  yourAnswer: string;
  noAnswer: string;
  correctAnswer: string;
  correct: string;
  wrong: string;
  leaderboard: string;
  rank: string;
  union: string;
  participants: string;
  average: string;
  submitted: (points: string) => string;
}

export const quizMessages = {
  'zh-CN': {
    label: '答题拉力赛',
    none: '暂无进行中的答题活动',
    noneDetail: '新一期开始后会显示在这里。',
    rules: (count, per) => `共 ${count} 道单选题，每答对一题得 ${per} 积分，每人每期限答一次。`,
    timeLimit: (minutes) => `限时 ${minutes} 分钟，时间到将自动提交。`,
    untimed: '不限时。',
    window: (end) => `本期截止：${end}`,
    start: '开始答题',
    starting: '正在准备题目…',
    progress: (n, total) => `第 ${n} 题，共 ${total} 题`,
    timeLeft: '剩余时间',
    minuteLeft: '还剩 1 分钟',
    secondsLeft: (s) => `还剩 ${s} 秒`,
    timeUp: '时间到，正在提交答案',
    previous: '上一题',
    next: '下一题',
    submit: '提交答案',
    submitting: '正在提交…',
    unanswered: (n) => `还有 ${n} 题未作答，提交后不能修改。确定提交吗？`,
    keepAnswering: '继续作答',
    submitAnyway: '确定提交',
    resultTitle: '答题完成',
    score: (score, total) => `答对 ${score} 题，共 ${total} 题`,
    pointsEarned: (points) => `获得 ${points} 积分`,
    noPoints: '本次未获得积分',
    balance: (points) => `当前积分 ${points}`,
    toMall: '去积分商城兑换',
    review: '查看答案解析',
    yourAnswer: '您的答案',
    noAnswer: '未作答',
    correctAnswer: '正确答案',
    correct: '答对',
    wrong: '答错',
    leaderboard: '各县（市、区）工会排行',
    rank: '排名',
    union: '工会',
    participants: '参与人数',
    average: '平均答对题数',
    submitted: (points) => `答案已提交，获得 ${points} 积分`,
  },
  en: {
    label: 'Quiz rally',
    none: 'No quiz is running',
    noneDetail: 'The next round will appear here.',
    rules: (count, per) =>
      `${count} single-choice questions, ${per} points per correct answer, one attempt per round.`,
    timeLimit: (minutes) => `${minutes} minutes; your answers are sent when time is up.`,
    untimed: 'No time limit.',
    window: (end) => `Open until ${end}`,
    start: 'Start the quiz',
    starting: 'Preparing the questions…',
    progress: (n, total) => `Question ${n} of ${total}`,
    timeLeft: 'Time left',
    minuteLeft: '1 minute left',
    secondsLeft: (s) => `${s} seconds left`,
    timeUp: 'Time is up, sending your answers',
    previous: 'Previous',
    next: 'Next',
    submit: 'Submit answers',
    submitting: 'Submitting…',
    unanswered: (n) =>
      `${n} ${n === 1 ? 'question is' : 'questions are'} unanswered and answers cannot be changed later. Submit now?`,
    keepAnswering: 'Keep answering',
    submitAnyway: 'Submit',
    resultTitle: 'Quiz complete',
    score: (score, total) => `${score} of ${total} correct`,
    pointsEarned: (points) => `${points} points earned`,
    noPoints: 'No points this time',
    balance: (points) => `Balance: ${points} points`,
    toMall: 'Spend them in the points mall',
    review: 'Answers and explanations',
    yourAnswer: 'Your answer',
    noAnswer: 'Not answered',
    correctAnswer: 'Correct answer',
    correct: 'Correct',
    wrong: 'Wrong',
    leaderboard: 'Union branches ranking',
    rank: 'Rank',
    union: 'Union',
    participants: 'Participants',
    average: 'Average correct',
    submitted: (points) => `Answers sent, ${points} points earned`,
  },
} satisfies Catalogue<QuizMessages>;
