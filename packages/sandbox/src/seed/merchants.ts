import { counties } from './unions.js';
import { Random } from './random.js';

export const merchantCategoryNames = {
  dining: { zh: '餐饮美食', en: 'Dining' },
  retail: { zh: '购物零售', en: 'Shopping' },
  health: { zh: '医疗健康', en: 'Health' },
  education: { zh: '教育培训', en: 'Education' },
  travel: { zh: '旅游出行', en: 'Travel' },
  services: { zh: '生活服务', en: 'Services' },
} as const;

type Category = keyof typeof merchantCategoryNames;

// Fictional merchants only.
const names: Record<Category, { words: string[]; kinds: string[]; discounts: string[] }> = {
  dining: {
    words: ['禾味', '湖畔', '老街', '运河', '粽香', '月河', '桂香'],
    kinds: ['小馆', '面馆', '茶室', '馄饨铺', '私房菜', '咖啡'],
    discounts: ['凭嘉工卡消费享 9 折', '堂食满 100 元减 15 元', '工作日午餐 8.8 折'],
  },
  retail: {
    words: ['嘉品', '禾丰', '梧桐', '长水', '鸳湖', '南溪'],
    kinds: ['生活超市', '书店', '家电城', '文具店', '服饰店'],
    discounts: ['满 100 元减 10 元', '会员日全场 9.5 折', '凭卡购物积分双倍'],
  },
  health: {
    words: ['康禾', '仁心', '安和', '惠民', '清和'],
    kinds: ['大药房', '口腔诊所', '体检中心', '中医馆', '眼镜店'],
    discounts: ['体检套餐 8.5 折', '验光配镜 8 折', '非处方药 9.5 折'],
  },
  education: {
    words: ['启明', '学而', '博雅', '知行', '新禾'],
    kinds: ['职业培训学校', '驾驶培训', '艺术培训', '语言中心'],
    discounts: ['课程报名立减 200 元', '职工子女课程 9 折', '技能证书课程 8 折'],
  },
  travel: {
    words: ['烟雨', '水乡', '古镇', '湖光', '运河'],
    kinds: ['旅行社', '游船码头', '民宿', '骑行驿站'],
    discounts: ['门票 8 折', '疗休养线路立减 300 元', '住宿 8.5 折'],
  },
  services: {
    words: ['洁美', '快修', '便民', '禾居', '安家'],
    kinds: ['洗衣店', '家电维修', '家政服务', '理发店', '洗车行'],
    discounts: ['会员价 9.5 折', '首单立减 20 元', '凭卡免上门费'],
  },
};

const streets = [
  '禾丰路',
  '长虹路',
  '梧桐街',
  '清河路',
  '运河北路',
  '南溪路',
  '新桥路',
  '锦绣路',
  '月河街',
];

export interface MerchantRow {
  id: string;
  position: number;
  name: string;
  category: Category;
  county_code: string;
  address: string;
  discount: string;
  phone: string | null;
  hue: number;
}

/** 8–12 merchants per county, ids `mch_0001`… */
export function buildMerchants(): MerchantRow[] {
  const random = new Random(573);
  const categories = Object.keys(names) as Category[];
  const rows: MerchantRow[] = [];
  for (const county of counties) {
    const count = random.int(8, 12);
    for (let i = 0; i < count; i++) {
      const category = categories[(rows.length + i) % categories.length] ?? 'dining';
      const spec = names[category];
      const n = rows.length + 1;
      const town = random.pick(county.towns).replace(/(街道|镇)$/, '');
      rows.push({
        id: `mch_${String(n).padStart(4, '0')}`,
        position: n,
        name: `${random.pick(spec.words)}${random.pick(spec.kinds)}（${town}店）`,
        category,
        county_code: county.code,
        address: `嘉兴市${county.name}${random.pick(streets)}${random.int(1, 399)}号`,
        discount: random.pick(spec.discounts),
        // 0573-0… is not a dialable local number: obviously fictional.
        phone: random.chance(0.7) ? `0573-0${String(random.int(1_000_000, 9_999_999))}` : null,
        hue: random.int(0, 359),
      });
    }
  }
  return rows;
}
