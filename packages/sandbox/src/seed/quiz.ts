// 答题拉力赛 seed: the current 红船精神 round (open around the seed time), its questions with
// answers and explanations (kept on the server), and the rest of the city's participants so the
// leaderboard by union branch has something to rank.
import { addDays } from '../domain/time.js';
import { counties } from './unions.js';
import { Random } from './random.js';

export const CURRENT_RALLY_ID = 'qr_hongchuan_03';
export const POINTS_PER_CORRECT = 10;
export const TIME_LIMIT_SECONDS = 300;

// [question, options a–d, answer letter, explanation]
const questions: [string, [string, string, string, string], 'a' | 'b' | 'c' | 'd', string][] = [
  [
    '中国共产党第一次全国代表大会最后一天的会议在哪里举行？',
    ['上海望志路 106 号', '嘉兴南湖的一艘游船上', '北京大学红楼', '杭州西湖边'],
    'b',
    '1921 年 7 月下旬中共一大在上海开幕，因会场受到搜查，最后一天的会议转移到嘉兴南湖的一艘游船上举行。',
  ],
  [
    '中国共产党第一次全国代表大会是在哪一年召开的？',
    ['1919 年', '1921 年', '1927 年', '1949 年'],
    'b',
    '中共一大于 1921 年召开，宣告了中国共产党的诞生。',
  ],
  [
    '中共一大的会议为什么从上海转移到嘉兴南湖？',
    ['上海天气炎热', '会场受到法租界巡捕搜查', '代表们想游览南湖', '上海会场租期已满'],
    'b',
    '会议期间有陌生人闯入会场，随后法租界巡捕前来搜查，会议被迫中断并转移到嘉兴南湖继续举行。',
  ],
  [
    '出席中共一大的国内各地和旅日党员代表共有多少人？',
    ['7 人', '10 人', '13 人', '15 人'],
    'c',
    '出席中共一大的国内各地和旅日党员代表共 13 人，代表全国 50 多名党员。',
  ],
  [
    '“红船精神”中，“开天辟地、敢为人先”体现的是什么精神？',
    ['首创精神', '奋斗精神', '奉献精神', '协作精神'],
    'a',
    '“红船精神”的内涵是：开天辟地、敢为人先的首创精神，坚定理想、百折不挠的奋斗精神，立党为公、忠诚为民的奉献精神。',
  ],
  [
    '“红船精神”中，“坚定理想、百折不挠”体现的是什么精神？',
    ['首创精神', '奋斗精神', '奉献精神', '工匠精神'],
    'b',
    '“坚定理想、百折不挠”是“红船精神”中的奋斗精神。',
  ],
  [
    '“红船精神”中，“立党为公、忠诚为民”体现的是什么精神？',
    ['首创精神', '奋斗精神', '奉献精神', '劳模精神'],
    'c',
    '“立党为公、忠诚为民”是“红船精神”中的奉献精神。',
  ],
  [
    '2005 年 6 月 21 日，《光明日报》发表的系统阐述“红船精神”的署名文章题目是什么？',
    [
      '《弘扬“红船精神” 走在时代前列》',
      '《红船精神永放光芒》',
      '《从红船出发》',
      '《不忘初心 牢记使命》',
    ],
    'a',
    '2005 年 6 月 21 日，《光明日报》发表《弘扬“红船精神” 走在时代前列》一文，首次提出并系统阐述了“红船精神”。',
  ],
];

const letters = ['a', 'b', 'c', 'd'] as const;

export function buildQuiz(now: Date) {
  const rally = {
    id: CURRENT_RALLY_ID,
    title: '“红船精神”答题拉力赛 · 第三期',
    theme: '红船精神',
    round: 3,
    description: `共 ${questions.length} 道单选题，限时 ${TIME_LIMIT_SECONDS / 60} 分钟，每答对一题得 ${POINTS_PER_CORRECT} 积分，积分可在积分商城兑换好礼。每位会员每期限答一次。`,
    starts_at: addDays(now, -7),
    ends_at: addDays(now, 21),
    time_limit_seconds: TIME_LIMIT_SECONDS,
    points_per_correct: POINTS_PER_CORRECT,
  };
  const questionRows = questions.map(([text, options, answer, explanation], position) => {
    const id = `qq_03_${position + 1}`;
    return {
      id,
      rally_id: rally.id,
      position: position + 1,
      text,
      options: options.map((option, i) => ({ id: letters[i], text: option })),
      answer,
      explanation,
    };
  });

  // The rest of the city: a deterministic crowd per county-level union.
  const random = new Random(1921);
  const submissions: object[] = [];
  for (const county of counties) {
    const participants = random.int(18, 60);
    const skill = random.int(4, 7);
    for (let i = 1; i <= participants; i++) {
      const score = Math.max(0, Math.min(questions.length, skill + random.int(-3, 2)));
      submissions.push({
        id: `qs_seed_${county.code}_${i}`,
        rally_id: rally.id,
        member_id: `mq_${county.code}_${i}`,
        branch_id: `u_${county.code}`,
        score,
        total: questions.length,
        points_awarded: score * POINTS_PER_CORRECT,
        balance_after: 0,
        answers: [],
        submitted_at: addDays(now, -random.int(0, 6)),
      });
    }
  }
  return { rallies: [rally], questions: questionRows, submissions };
}
