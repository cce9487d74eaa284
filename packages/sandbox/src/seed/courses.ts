// 职工课堂 seed: fictional providers and venues. Dates are relative to the seed time so the
// courses always lie ahead, whenever the sandbox is reset.
import { addDays, shanghaiDate, shanghaiInstant } from '../domain/time.js';

export const courseProviders = [
  { id: 'cp_service', position: 0, name: '市总工会职工服务中心' },
  { id: 'cp_hecheng', position: 1, name: '禾城职工学堂' },
  { id: 'cp_craft', position: 2, name: '南湖工匠学院' },
  { id: 'cp_mind', position: 3, name: '鸳湖心理驿站' },
  { id: 'cp_law', position: 4, name: '运河法律服务站' },
];

const SERIES = '我在嘉兴挺好的';
const ONLINE = 'https://zgzj.example.cn/classroom/';

interface Seed {
  title: string;
  summary: string;
  description: string[];
  provider: string;
  kind: 'online' | 'offline';
  publicWelfare: boolean;
  category: string;
  durationMinutes: number;
  lessons: number;
  /** [days from the seed, hour, minute] in Shanghai time; null when self-paced. */
  starts: [number, number, number] | null;
  venue: string | null;
  capacity: number | null;
  /** Seats taken by earlier sign-ups (not sandbox test members). */
  taken: number;
}

const seeds: Seed[] = [
  {
    title: '嘉兴话入门：听得懂、说得出',
    summary: '从问路、买菜到和邻居拉家常，八节小课带新嘉兴人说上几句地道嘉兴话。',
    description: [
      '课程由本地语言爱好者录制，每节约半小时，围绕生活场景讲解常用词句和发音要点。',
      '适合刚来嘉兴工作生活的职工及家属，随时随地学习，学完可在职工之家领取电子结业证书。',
    ],
    provider: 'cp_service',
    kind: 'online',
    publicWelfare: true,
    category: '城市融入',
    durationMinutes: 240,
    lessons: 8,
    starts: null,
    venue: null,
    capacity: null,
    taken: 1264,
  },
  {
    title: '新嘉兴人子女入学政策解读',
    summary: '积分入学怎么算、材料怎么准备？教育部门工作人员现场解答。',
    description: [
      '讲座详细介绍本市义务教育阶段随迁子女入学的政策、积分规则和办理时间节点。',
      '现场设答疑环节，请携带需要咨询的材料清单。名额有限，请提前报名。',
    ],
    provider: 'cp_service',
    kind: 'offline',
    publicWelfare: true,
    category: '城市融入',
    durationMinutes: 120,
    lessons: 1,
    starts: [6, 14, 0],
    venue: '市职工服务中心三楼报告厅（南湖区示例路 18 号）',
    capacity: 80,
    taken: 35,
  },
  {
    title: '租房签约避坑指南',
    summary: '合同条款、押金退还、维修责任，律师直播讲清租房那些事。',
    description: [
      '直播课由执业律师主讲，结合真实案例讲解租房合同的关键条款和常见纠纷处理办法。',
      '直播结束后可回看，课后可在线提交问题，由律师志愿者统一答复。',
    ],
    provider: 'cp_law',
    kind: 'online',
    publicWelfare: true,
    category: '法律服务',
    durationMinutes: 90,
    lessons: 1,
    starts: [5, 19, 30],
    venue: null,
    capacity: null,
    taken: 318,
  },
  {
    title: '南湖红色文化行走',
    summary: '跟着讲解员走进南湖，重温红船起航的故事。',
    description: [
      '活动全程约三小时，步行游览南湖沿岸红色文化地标，由专业讲解员沿途讲解。',
      '请穿着舒适的鞋子，自备饮用水。活动当天请提前十五分钟到达集合点签到。',
    ],
    provider: 'cp_service',
    kind: 'offline',
    publicWelfare: true,
    category: '红色文化',
    durationMinutes: 180,
    lessons: 1,
    starts: [9, 9, 0],
    venue: '南湖景区北门广场集合',
    capacity: 30,
    taken: 29,
  },
  {
    title: '应急救护：心肺复苏与 AED 使用',
    summary: '关键时刻能救命。红十字会认证导师手把手教学，考核合格发放救护员证。',
    description: [
      '课程包括心肺复苏、AED 使用、气道异物梗阻处理和常见创伤包扎，以实操练习为主。',
      '考核合格者可获得红十字救护员证书。每期小班教学，确保每位学员都有充分的练习时间。',
    ],
    provider: 'cp_service',
    kind: 'offline',
    publicWelfare: true,
    category: '安全健康',
    durationMinutes: 480,
    lessons: 2,
    starts: [12, 9, 0],
    venue: '禾城职工学堂实训室（秀洲区示例街 66 号）',
    capacity: 20,
    taken: 20,
  },
  {
    title: '新就业形态劳动者权益小课堂',
    summary: '快递员、网约车司机、外卖骑手：劳动保障、职业伤害保障和入会，一课讲明白。',
    description: [
      '六节短视频课程，每节十分钟左右，利用送单间隙也能学完。',
      '课程介绍新就业形态劳动者的劳动保障政策、职业伤害保障和加入工会的方式，以及遇到纠纷时的求助渠道。',
    ],
    provider: 'cp_law',
    kind: 'online',
    publicWelfare: true,
    category: '法律服务',
    durationMinutes: 60,
    lessons: 6,
    starts: null,
    venue: null,
    capacity: null,
    taken: 2031,
  },
  {
    title: '端午香囊与嘉兴粽子手作',
    summary: '亲手包一只嘉兴粽子、缝一个端午香囊，带上孩子一起来。',
    description: [
      '非遗传承人现场示范嘉兴粽子的包法，学员亲手制作并可带走成品。',
      '活动适合职工亲子参加，一个名额可带一名儿童。材料由主办方提供。',
    ],
    provider: 'cp_hecheng',
    kind: 'offline',
    publicWelfare: true,
    category: '文化生活',
    durationMinutes: 150,
    lessons: 1,
    starts: [15, 14, 0],
    venue: '月河历史街区职工文化驿站',
    capacity: 40,
    taken: 12,
  },
  {
    title: '电工（初级）职业技能培训',
    summary: '理论加实操，结业可参加初级电工职业技能等级认定。',
    description: [
      '课程涵盖电工基础、安全用电、常用仪表、照明线路和动力线路安装等内容。',
      '符合条件的学员可申请职业技能提升补贴，具体以当地人社部门政策为准。',
    ],
    provider: 'cp_craft',
    kind: 'offline',
    publicWelfare: false,
    category: '技能提升',
    durationMinutes: 1200,
    lessons: 20,
    starts: [20, 18, 30],
    venue: '南湖工匠学院实训楼 2 层',
    capacity: 50,
    taken: 22,
  },
  {
    title: '数控车床操作入门',
    summary: '从安全规范、对刀到简单零件加工，小班实操教学。',
    description: [
      '面向有一定机械基础的职工，学习数控车床的基本操作与简单编程。',
      '每人配一台实训设备，课程结束完成一件考核零件。',
    ],
    provider: 'cp_craft',
    kind: 'offline',
    publicWelfare: false,
    category: '技能提升',
    durationMinutes: 960,
    lessons: 12,
    starts: [25, 18, 30],
    venue: '南湖工匠学院数控实训中心',
    capacity: 30,
    taken: 8,
  },
  {
    title: '工业机器人编程基础',
    summary: '示教器操作、坐标系与简单轨迹编程，在线课配仿真练习。',
    description: [
      '十二节录播课，配套仿真软件练习，适合制造业一线职工转岗提升。',
      '完成全部课程和仿真作业可获得结业证明。',
    ],
    provider: 'cp_craft',
    kind: 'online',
    publicWelfare: false,
    category: '技能提升',
    durationMinutes: 540,
    lessons: 12,
    starts: null,
    venue: null,
    capacity: null,
    taken: 486,
  },
  {
    title: '职场心理减压与情绪管理',
    summary: '心理咨询师直播带你认识压力、练习放松。',
    description: [
      '直播课介绍常见的职场压力来源、情绪调节方法和简单易行的放松练习。',
      '如需一对一心理支持，可在课后预约鸳湖心理驿站的免费咨询。',
    ],
    provider: 'cp_mind',
    kind: 'online',
    publicWelfare: false,
    category: '心理健康',
    durationMinutes: 60,
    lessons: 1,
    starts: [3, 20, 0],
    venue: null,
    capacity: 500,
    taken: 233,
  },
  {
    title: '亲子沟通：如何与青春期孩子对话',
    summary: '面向职工家长的小组工作坊，学会倾听，也学会表达。',
    description: [
      '工作坊以情景演练为主，帮助家长理解青春期孩子的心理特点，改善亲子沟通方式。',
      '建议父母双方一同报名，每个名额限一人。',
    ],
    provider: 'cp_mind',
    kind: 'offline',
    publicWelfare: false,
    category: '家庭教育',
    durationMinutes: 180,
    lessons: 2,
    starts: [10, 14, 0],
    venue: '鸳湖心理驿站团体活动室',
    capacity: 60,
    taken: 41,
  },
  {
    title: '劳动合同法十讲',
    summary: '试用期、加班费、解除合同与经济补偿，一次讲透。',
    description: [
      '十讲录播课系统讲解劳动合同的订立、履行、变更、解除和终止。',
      '每讲配有案例分析，帮助职工依法维护自身合法权益。',
    ],
    provider: 'cp_law',
    kind: 'online',
    publicWelfare: false,
    category: '法律服务',
    durationMinutes: 300,
    lessons: 10,
    starts: null,
    venue: null,
    capacity: null,
    taken: 1577,
  },
  {
    title: '工伤认定与维权流程',
    summary: '受了工伤怎么办？认定、鉴定、待遇申领的流程和时限。',
    description: [
      '直播课由工会法律援助律师主讲，讲解工伤认定的申请条件、材料和时限。',
      '课后开放在线答疑，职工可匿名提问。',
    ],
    provider: 'cp_law',
    kind: 'online',
    publicWelfare: false,
    category: '法律服务',
    durationMinutes: 90,
    lessons: 1,
    starts: [8, 19, 30],
    venue: null,
    capacity: 300,
    taken: 96,
  },
  {
    title: '办公软件提效：表格与数据处理',
    summary: '常用函数、数据透视和图表，让日常报表事半功倍。',
    description: [
      '八节录播课，从基础操作讲到数据透视表和常用函数，配套练习文件。',
      '适合行政、财务、仓储等岗位职工。',
    ],
    provider: 'cp_hecheng',
    kind: 'online',
    publicWelfare: false,
    category: '职场技能',
    durationMinutes: 320,
    lessons: 8,
    starts: null,
    venue: null,
    capacity: null,
    taken: 902,
  },
  {
    title: '短视频拍摄与剪辑入门',
    summary: '用手机拍摄、剪辑一条像样的短视频，记录工作与生活。',
    description: [
      '课程讲解构图、运镜、收音和剪辑的基本方法，现场分组拍摄练习。',
      '请自带智能手机并提前安装剪辑软件。',
    ],
    provider: 'cp_hecheng',
    kind: 'offline',
    publicWelfare: false,
    category: '文化生活',
    durationMinutes: 240,
    lessons: 2,
    starts: [18, 14, 0],
    venue: '禾城职工学堂多媒体教室',
    capacity: 35,
    taken: 30,
  },
  {
    title: '家庭理财与防范金融诈骗',
    summary: '看懂理财产品的风险，识破“高收益”骗局。',
    description: [
      '课程介绍家庭理财的基本原则和常见理财产品的风险，结合真实案例讲解金融诈骗的常见套路。',
      '本课程不推荐任何具体的理财产品。',
    ],
    provider: 'cp_hecheng',
    kind: 'online',
    publicWelfare: false,
    category: '金融知识',
    durationMinutes: 90,
    lessons: 3,
    starts: null,
    venue: null,
    capacity: null,
    taken: 655,
  },
  {
    title: '中式面点制作（初级）',
    summary: '包子、花卷、烧卖，学会几样拿手面点。',
    description: [
      '面点师现场示范，学员分组实操，课程结束可带走自己的作品。',
      '食材和工具由主办方提供，请穿着便于活动的服装。',
    ],
    provider: 'cp_craft',
    kind: 'offline',
    publicWelfare: false,
    category: '技能提升',
    durationMinutes: 360,
    lessons: 3,
    starts: [14, 9, 0],
    venue: '南湖工匠学院烹饪实训室',
    capacity: 25,
    taken: 10,
  },
  {
    title: '职工摄影：用手机拍出好照片',
    summary: '光线、构图与后期，六节课提升你的手机摄影。',
    description: [
      '六节录播课，配套每周拍摄作业，优秀作品将在职工之家展示。',
      '无需专业相机，一部智能手机即可。',
    ],
    provider: 'cp_hecheng',
    kind: 'online',
    publicWelfare: false,
    category: '文化生活',
    durationMinutes: 180,
    lessons: 6,
    starts: null,
    venue: null,
    capacity: null,
    taken: 740,
  },
  {
    title: '育婴员（五级）培训',
    summary: '科学育儿知识与护理技能，结业可参加职业技能等级认定。',
    description: [
      '课程内容包括婴幼儿生活照料、日常保健和早期发展指导，理论与实操相结合。',
      '适合有意从事育婴服务的职工及新手父母。',
    ],
    provider: 'cp_craft',
    kind: 'offline',
    publicWelfare: false,
    category: '技能提升',
    durationMinutes: 960,
    lessons: 16,
    starts: [30, 9, 0],
    venue: '南湖工匠学院综合楼 4 层',
    capacity: 40,
    taken: 0,
  },
];

function startsAt(now: Date, starts: Seed['starts']): Date | null {
  if (!starts) return null;
  const [days, hour, minute] = starts;
  const [y, m, d] = shanghaiDate(addDays(now, days)).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return shanghaiInstant(y, m, d, hour, minute);
}

/** Test members' own sign-ups: m_1001 has one, so "my courses" is not empty for them. */
export const memberSignUps = [{ courseId: 'crs_08', memberId: 'm_1001', daysAgo: 2 }];

export function buildCourses(now: Date) {
  const courses = seeds.map((seed, position) => {
    const id = `crs_${String(position + 1).padStart(2, '0')}`;
    const own = memberSignUps.filter((s) => s.courseId === id).length;
    return {
      id,
      position,
      title: seed.title,
      summary: seed.summary,
      description: seed.description,
      provider_id: seed.provider,
      kind: seed.kind,
      public_welfare: seed.publicWelfare,
      series: seed.publicWelfare ? SERIES : null,
      category: seed.category,
      duration_minutes: seed.durationMinutes,
      lessons: seed.lessons,
      starts_at: startsAt(now, seed.starts),
      venue: seed.venue,
      url: seed.kind === 'online' ? `${ONLINE}${id}` : null,
      capacity: seed.capacity,
      taken: seed.taken + own,
    };
  });
  const signups = memberSignUps.map((s, i) => ({
    id: `csu_seed_${i + 1}`,
    course_id: s.courseId,
    member_id: s.memberId,
    created_at: addDays(now, -s.daysAgo),
  }));
  return { courses, signups };
}
