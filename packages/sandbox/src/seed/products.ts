import { Random } from './random.js';

type CategoryId =
  | 'cat_daily'
  | 'cat_food'
  | 'cat_digital'
  | 'cat_health'
  | 'cat_books'
  | 'cat_travel'
  | 'cat_coupons'
  | 'cat_union';

const categoryNames: { id: CategoryId; name_zh: string; name_en: string }[] = [
  { id: 'cat_daily', name_zh: '日用百货', name_en: 'Household' },
  { id: 'cat_food', name_zh: '食品饮料', name_en: 'Food & drinks' },
  { id: 'cat_digital', name_zh: '数码家电', name_en: 'Electronics' },
  { id: 'cat_health', name_zh: '健康护理', name_en: 'Health care' },
  { id: 'cat_books', name_zh: '图书文具', name_en: 'Books & stationery' },
  { id: 'cat_travel', name_zh: '文旅出行', name_en: 'Travel & leisure' },
  { id: 'cat_coupons', name_zh: '卡券权益', name_en: 'Vouchers' },
  { id: 'cat_union', name_zh: '工会文创', name_en: 'Union merchandise' },
];
export const categories = categoryNames.map((category, position) => ({ ...category, position }));

type Fulfilment = 'delivery' | 'pickup' | 'virtual';

interface ItemSpec {
  item: string;
  specs: string[];
  price: [number, number];
  fulfilment: Fulfilment;
}

// Fictional brands; product names are word-list combinations.
const brands = [
  '禾风',
  '嘉品',
  '南湖优选',
  '鸳湖',
  '运河人家',
  '梧桐里',
  '禾城',
  '烟雨',
  '月河',
  '长水',
];

const items: Record<CategoryId, ItemSpec[]> = {
  cat_daily: [
    {
      item: '纯棉毛巾',
      specs: ['2 条装', '3 条装', '浴巾套装'],
      price: [300, 900],
      fulfilment: 'delivery',
    },
    {
      item: '不锈钢保温杯',
      specs: ['500ml', '350ml', '情侣款'],
      price: [800, 1800],
      fulfilment: 'delivery',
    },
    {
      item: '折叠收纳箱',
      specs: ['大号', '中号 2 只装'],
      price: [500, 1200],
      fulfilment: 'delivery',
    },
    { item: '浓缩洗衣液', specs: ['2kg', '3kg 家庭装'], price: [400, 900], fulfilment: 'delivery' },
    { item: '晴雨两用伞', specs: ['三折', '长柄'], price: [500, 1100], fulfilment: 'delivery' },
    {
      item: '床上四件套',
      specs: ['1.5 米', '1.8 米'],
      price: [2500, 5200],
      fulfilment: 'delivery',
    },
  ],
  cat_food: [
    {
      item: '鲜肉粽礼盒',
      specs: ['8 只装', '12 只装'],
      price: [600, 1500],
      fulfilment: 'delivery',
    },
    { item: '杭白菊花茶', specs: ['100g', '250g 罐装'], price: [300, 800], fulfilment: 'delivery' },
    { item: '五常大米', specs: ['5kg', '10kg'], price: [700, 1600], fulfilment: 'delivery' },
    {
      item: '坚果礼盒',
      specs: ['每日坚果 30 袋', '混合装 1kg'],
      price: [900, 1900],
      fulfilment: 'delivery',
    },
    { item: '桂花糕', specs: ['礼盒装', '6 盒装'], price: [300, 700], fulfilment: 'pickup' },
    {
      item: '纯牛奶',
      specs: ['250ml×24 盒', '200ml×12 盒'],
      price: [500, 1100],
      fulfilment: 'delivery',
    },
  ],
  cat_digital: [
    { item: '蓝牙耳机', specs: ['入耳式', '头戴式'], price: [3000, 9000], fulfilment: 'delivery' },
    {
      item: '充电宝',
      specs: ['10000mAh', '20000mAh'],
      price: [1500, 3200],
      fulfilment: 'delivery',
    },
    {
      item: '电热水壶',
      specs: ['1.7L', '1.5L 保温款'],
      price: [1800, 3500],
      fulfilment: 'delivery',
    },
    { item: '空气炸锅', specs: ['4L', '6L 可视款'], price: [5000, 9800], fulfilment: 'delivery' },
    { item: '电动牙刷', specs: ['声波款', '礼盒款'], price: [2500, 6000], fulfilment: 'delivery' },
    {
      item: 'LED 护眼台灯',
      specs: ['充电款', '插电款'],
      price: [2000, 4500],
      fulfilment: 'delivery',
    },
  ],
  cat_health: [
    {
      item: '职工体检套餐',
      specs: ['基础版', '升级版'],
      price: [5000, 15000],
      fulfilment: 'virtual',
    },
    { item: '医用口罩', specs: ['50 片', '100 片'], price: [300, 700], fulfilment: 'delivery' },
    { item: '电子血压计', specs: ['上臂式', '腕式'], price: [3000, 6000], fulfilment: 'delivery' },
    {
      item: '颈部按摩仪',
      specs: ['标准款', '热敷款'],
      price: [2500, 5500],
      fulfilment: 'delivery',
    },
    { item: '艾草足浴包', specs: ['30 包', '60 包'], price: [400, 900], fulfilment: 'delivery' },
    { item: '药店代金券', specs: ['50 元', '100 元'], price: [1500, 3000], fulfilment: 'pickup' },
  ],
  cat_books: [
    { item: '皮面笔记本', specs: ['A5', 'B5 两本装'], price: [300, 800], fulfilment: 'delivery' },
    { item: '书法练习字帖', specs: ['楷书', '行书'], price: [200, 500], fulfilment: 'delivery' },
    {
      item: '劳动法律知识读本',
      specs: ['2025 版', '图解版'],
      price: [300, 600],
      fulfilment: 'delivery',
    },
    { item: '儿童绘本套装', specs: ['10 册', '20 册'], price: [900, 2200], fulfilment: 'delivery' },
    { item: '中性笔套装', specs: ['12 支', '24 支'], price: [200, 500], fulfilment: 'delivery' },
    {
      item: '电子书阅读月卡',
      specs: ['1 个月', '3 个月'],
      price: [300, 800],
      fulfilment: 'virtual',
    },
  ],
  cat_travel: [
    {
      item: '景区游览门票',
      specs: ['成人票', '亲子票'],
      price: [1500, 4000],
      fulfilment: 'virtual',
    },
    { item: '湖上游船票', specs: ['日游', '夜游'], price: [1200, 2500], fulfilment: 'virtual' },
    { item: '温泉体验券', specs: ['单人', '双人'], price: [3000, 7000], fulfilment: 'virtual' },
    { item: '公共自行车年卡', specs: ['年卡', '季卡'], price: [500, 1500], fulfilment: 'pickup' },
    {
      item: '古镇民宿住宿券',
      specs: ['1 晚', '2 晚'],
      price: [8000, 16000],
      fulfilment: 'virtual',
    },
    {
      item: '电影观影券',
      specs: ['2D 单人', '3D 双人'],
      price: [800, 2000],
      fulfilment: 'virtual',
    },
  ],
  cat_coupons: [
    {
      item: '话费充值',
      specs: ['10 元', '30 元', '50 元'],
      price: [100, 500],
      fulfilment: 'virtual',
    },
    { item: '视频会员', specs: ['月卡', '季卡'], price: [600, 1600], fulfilment: 'virtual' },
    { item: '加油代金券', specs: ['50 元', '100 元'], price: [1500, 3000], fulfilment: 'virtual' },
    { item: '超市购物卡', specs: ['50 元', '100 元'], price: [1500, 3000], fulfilment: 'virtual' },
    { item: '咖啡兑换券', specs: ['中杯', '大杯 2 杯'], price: [300, 700], fulfilment: 'virtual' },
    { item: '洗车服务券', specs: ['普洗', '精洗'], price: [300, 900], fulfilment: 'virtual' },
  ],
  cat_union: [
    { item: '嘉工卡定制卡套', specs: ['皮质', '硅胶'], price: [200, 500], fulfilment: 'delivery' },
    { item: '劳动者帆布袋', specs: ['单肩', '手提'], price: [300, 600], fulfilment: 'delivery' },
    { item: '工匠精神文化衫', specs: ['M', 'L', 'XL'], price: [500, 900], fulfilment: 'delivery' },
    { item: '工会纪念徽章', specs: ['单枚', '套装'], price: [200, 800], fulfilment: 'pickup' },
    {
      item: '红船精神冰箱贴',
      specs: ['单个', '4 个装'],
      price: [100, 300],
      fulfilment: 'delivery',
    },
    {
      item: '职工之家定制马克杯',
      specs: ['陶瓷', '骨瓷'],
      price: [300, 700],
      fulfilment: 'delivery',
    },
  ],
};

export interface ProductRow {
  id: string;
  category_id: CategoryId;
  name: string;
  summary: string;
  description: string;
  points_price: number;
  cash_price_fen: number;
  stock: number;
  per_member_limit: number | null;
  fulfilment: Fulfilment;
  created_at: string;
  hue: number;
  image_count: number;
}

/**
 * Products with fixed properties the tests and docs rely on (README: fixture products); the rest
 * of the catalogue is generated around them.
 */
const fixtures: Omit<ProductRow, 'created_at' | 'hue' | 'image_count' | 'description'>[] = [
  {
    id: 'prd_0001',
    category_id: 'cat_union',
    name: '嘉工卡定制保温杯 500ml',
    summary: '316 不锈钢内胆，限量定制',
    points_price: 1200,
    cash_price_fen: 0,
    stock: 200,
    per_member_limit: 2,
    fulfilment: 'delivery',
  },
  {
    id: 'prd_0002',
    category_id: 'cat_coupons',
    name: '话费充值 10 元',
    summary: '兑换后 24 小时内到账',
    points_price: 100,
    cash_price_fen: 0,
    stock: 100_000,
    per_member_limit: null,
    fulfilment: 'virtual',
  },
  {
    id: 'prd_0003',
    category_id: 'cat_digital',
    name: '禾风 降噪蓝牙耳机',
    summary: '已抢光，补货中',
    points_price: 6800,
    cash_price_fen: 0,
    stock: 0,
    per_member_limit: 1,
    fulfilment: 'delivery',
  },
  {
    id: 'prd_0004',
    category_id: 'cat_food',
    name: '南湖优选 桂花糕礼盒',
    summary: '门店自提，现做现取',
    points_price: 300,
    cash_price_fen: 0,
    stock: 5,
    per_member_limit: null,
    fulfilment: 'pickup',
  },
  {
    id: 'prd_0005',
    category_id: 'cat_digital',
    name: '嘉品 空气炸锅 6L（积分+现金）',
    summary: '积分加现金，立省一半',
    points_price: 3000,
    cash_price_fen: 9900,
    stock: 50,
    per_member_limit: 1,
    fulfilment: 'delivery',
  },
  {
    id: 'prd_0006',
    category_id: 'cat_books',
    name: '劳动法律知识读本 图解版',
    summary: '看得懂的劳动法',
    points_price: 500,
    cash_price_fen: 0,
    stock: 300,
    per_member_limit: null,
    fulfilment: 'delivery',
  },
  {
    id: 'prd_0007',
    category_id: 'cat_daily',
    name: '禾城 纯棉毛巾 3 条装',
    summary: 'A 类纯棉，柔软吸水',
    points_price: 600,
    cash_price_fen: 0,
    stock: 400,
    per_member_limit: null,
    fulfilment: 'delivery',
  },
  {
    id: 'prd_0008',
    category_id: 'cat_food',
    name: '鸳湖 杭白菊花茶 250g 罐装',
    summary: '桐乡原产，清香回甘',
    points_price: 600,
    cash_price_fen: 0,
    stock: 250,
    per_member_limit: 5,
    fulfilment: 'delivery',
  },
  {
    id: 'prd_0009',
    category_id: 'cat_travel',
    name: '湖上游船票 日游',
    summary: '电子票，扫码登船',
    points_price: 800,
    cash_price_fen: 0,
    stock: 500,
    per_member_limit: 4,
    fulfilment: 'virtual',
  },
  {
    id: 'prd_0010',
    category_id: 'cat_union',
    name: '劳动者帆布袋 手提',
    summary: '加厚帆布，印工会标识',
    points_price: 200,
    cash_price_fen: 0,
    stock: 800,
    per_member_limit: null,
    fulfilment: 'delivery',
  },
];

export const PRODUCT_COUNT = 304;

function describe(name: string, fulfilment: Fulfilment, random: Random): string {
  const how =
    fulfilment === 'delivery'
      ? '兑换成功后 3 个工作日内发货，全市包邮。'
      : fulfilment === 'pickup'
        ? '兑换后凭提货码到指定门店自提，有效期 30 天。'
        : '兑换后立即发放电子券码，请在有效期内使用。';
  const extra = random.pick([
    '本商品为沙箱演示数据，不会真实发货。',
    '图片仅供参考，以实物为准。',
    '积分一经兑换，发货后不支持退换。',
  ]);
  return `${name}。${how}${extra}`;
}

// A fixed epoch keeps `createdAt` identical on every reset and every machine.
const CATALOGUE_EPOCH = Date.UTC(2025, 0, 1, 2, 0, 0);

export function buildProducts(): ProductRow[] {
  const random = new Random(20250101);
  const rows: ProductRow[] = [];
  const used = new Set(fixtures.map((f) => f.name));
  for (let i = 0; i < PRODUCT_COUNT; i++) {
    const id = `prd_${String(i + 1).padStart(4, '0')}`;
    const createdAt = new Date(CATALOGUE_EPOCH + i * 26 * 3600_000 + random.int(0, 3600) * 1000);
    const hue = random.int(0, 359);
    const imageCount = random.int(1, 3);
    const fixture = fixtures[i];
    if (fixture) {
      rows.push({
        ...fixture,
        description: describe(fixture.name, fixture.fulfilment, random),
        created_at: createdAt.toISOString(),
        hue,
        image_count: imageCount,
      });
      continue;
    }
    const category = categories[i % categories.length]!.id;
    let spec = random.pick(items[category]);
    let name = `${random.pick(brands)} ${spec.item} ${random.pick(spec.specs)}`;
    for (let attempt = 0; used.has(name) && attempt < 20; attempt++) {
      spec = random.pick(items[category]);
      name = `${random.pick(brands)} ${spec.item} ${random.pick(spec.specs)}`;
    }
    if (used.has(name)) name = `${name}（${id.slice(4)} 款）`;
    used.add(name);
    const [low, high] = spec.price;
    const virtual = spec.fulfilment === 'virtual';
    const stock = random.chance(0.06)
      ? 0
      : random.chance(0.1)
        ? random.int(1, 5)
        : virtual
          ? random.int(500, 5000)
          : random.int(20, 500);
    rows.push({
      id,
      category_id: category,
      name,
      summary: random.pick([
        '职工专享',
        '限时兑换',
        '热门好物',
        '品质之选',
        '新品上架',
        '会员推荐',
      ]),
      description: describe(name, spec.fulfilment, random),
      points_price: Math.round(random.int(low, high) / 10) * 10,
      cash_price_fen: random.chance(0.12) ? random.pick([990, 1990, 2990, 4990]) : 0,
      stock,
      per_member_limit: random.chance(0.4) ? random.pick([1, 2, 3, 5]) : null,
      fulfilment: spec.fulfilment,
      created_at: createdAt.toISOString(),
      hue,
      image_count: imageCount,
    });
  }
  return rows;
}
