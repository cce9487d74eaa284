import type { Catalogue } from '../internal/localize.js';

export interface QuizMessages {
  none: string;
  noneDetail: string;
  rules: (count: number, perCorrect: number) => string;
  timeLimit: (minutes: number) => string;
  untimed: string;
  window: (end: string) => string;
  start: string;
  starting: string;
  progress: (n: number, total: number) => string;
  /** What a screen reader says for the timer's mm:ss, which it would read as a time of day. */
  timeLeft: (minutes: number, seconds: number) => string;
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
  /** Ends with its separator (“：”, “: ”). */
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
  cardInactive: string;
}

export const quizMessages: Catalogue<QuizMessages> = {
  'zh-CN': {
    none: '暂无进行中的答题活动',
    noneDetail: '新一期开始后会显示在这里。',
    rules: (count, per) => `共 ${count} 道单选题，每答对一题得 ${per} 积分，每人每期限答一次。`,
    timeLimit: (minutes) => `限时 ${minutes} 分钟，时间到将自动提交。`,
    untimed: '不限时。',
    window: (end) => `本期截止：${end}`,
    start: '开始答题',
    starting: '正在准备题目…',
    progress: (n, total) => `第 ${n} 题，共 ${total} 题`,
    timeLeft: (min, s) => `剩余时间 ${min} 分 ${s} 秒`,
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
    yourAnswer: '您的答案：',
    noAnswer: '未作答',
    correctAnswer: '正确答案：',
    correct: '答对',
    wrong: '答错',
    leaderboard: '各县（市、区）工会排行',
    rank: '排名',
    union: '工会',
    participants: '参与人数',
    average: '平均答对题数',
    submitted: (points) => `答案已提交，获得 ${points} 积分`,
    cardInactive: '会员卡已停用或已过期，暂不能参加答题。请联系所属工会恢复会员卡或办理续期',
  },
};
