import { Random } from './random.js';

export interface UnionRow {
  id: string;
  position: number;
  name: string;
  level: number;
  parent_id: string | null;
  region_code: string | null;
  kind: 'city' | 'county' | 'town' | 'enterprise' | 'community' | 'village' | 'joint';
}

/** DOMAIN §9: the seven county-level divisions of Jiaxing, with real town/street names. */
export const counties = [
  {
    code: '330402',
    name: '南湖区',
    towns: ['建设街道', '解放街道', '南湖街道', '新兴街道', '余新镇', '凤桥镇'],
  },
  {
    code: '330411',
    name: '秀洲区',
    towns: ['新城街道', '嘉北街道', '王江泾镇', '油车港镇', '新塍镇'],
  },
  { code: '330421', name: '嘉善县', towns: ['魏塘街道', '罗星街道', '西塘镇', '姚庄镇'] },
  { code: '330424', name: '海盐县', towns: ['武原街道', '沈荡镇', '百步镇', '澉浦镇'] },
  { code: '330481', name: '海宁市', towns: ['海洲街道', '硖石街道', '许村镇', '长安镇', '盐官镇'] },
  { code: '330482', name: '平湖市', towns: ['当湖街道', '钟埭街道', '乍浦镇', '新埭镇'] },
  {
    code: '330483',
    name: '桐乡市',
    towns: ['梧桐街道', '凤鸣街道', '乌镇镇', '濮院镇', '崇福镇', '洲泉镇'],
  },
] as const;

// Fictional enterprises and places; any likeness to a real company is accidental.
const enterpriseWords = [
  '禾信',
  '嘉运',
  '湖光',
  '梧桐',
  '长水',
  '月河',
  '鸳湖',
  '运河',
  '丰禾',
  '云帆',
  '南溪',
  '晨曦',
];
const enterpriseTrades = [
  '电子',
  '纺织',
  '精密机械',
  '新材料',
  '食品',
  '物流',
  '建材',
  '服饰',
  '光伏科技',
  '包装',
];
const communityWords = [
  '东湖',
  '西苑',
  '南门',
  '北郊',
  '清河',
  '锦绣',
  '和平',
  '新桥',
  '青石',
  '桂苑',
];

/** City → 7 counties → 4–6 towns each → 2–5 grassroots unions per town (deterministic). */
export function buildUnions(): UnionRow[] {
  const random = new Random(330400);
  const rows: UnionRow[] = [];
  const add = (row: Omit<UnionRow, 'position'>) => rows.push({ ...row, position: rows.length });
  add({
    id: 'u_330400',
    name: '嘉兴市总工会',
    level: 1,
    parent_id: null,
    region_code: '330400',
    kind: 'city',
  });
  for (const county of counties) {
    const countyId = `u_${county.code}`;
    add({
      id: countyId,
      name: `${county.name}总工会`,
      level: 2,
      parent_id: 'u_330400',
      region_code: county.code,
      kind: 'county',
    });
    county.towns.forEach((town, t) => {
      const townId = `${countyId}_${String(t + 1).padStart(2, '0')}`;
      add({
        id: townId,
        name: `${town}总工会`,
        level: 3,
        parent_id: countyId,
        region_code: null,
        kind: 'town',
      });
      const count = random.int(2, 5);
      for (let g = 0; g < count; g++) {
        const id = `${townId}_${String(g + 1).padStart(2, '0')}`;
        const place = town.replace(/(街道|镇)$/, '');
        // The first grassroots union of each town is an enterprise one: test members belong there.
        const kind =
          g === 0
            ? 'enterprise'
            : random.pick(['enterprise', 'community', 'village', 'joint'] as const);
        const name =
          kind === 'enterprise'
            ? `嘉兴${random.pick(enterpriseWords)}${random.pick(enterpriseTrades)}有限公司工会`
            : kind === 'community'
              ? `${place}${random.pick(communityWords)}社区工会`
              : kind === 'village'
                ? `${place}${random.pick(communityWords)}村工会`
                : `${place}小微企业联合工会`;
        add({ id, name, level: 4, parent_id: townId, region_code: null, kind });
      }
    });
  }
  // Names must be unique among siblings or a picker cannot tell them apart.
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.parent_id}|${row.name}`;
    if (seen.has(key)) row.name = row.name.replace(/工会$/, `第${row.id.slice(-2)}工会`);
    seen.add(key);
  }
  return rows;
}
