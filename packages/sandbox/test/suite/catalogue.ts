import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { PK } from '../support/api.js';
import type { Json } from '../support/api.js';
import type { Api, ApiResponse } from '../support/api.js';
import type { SuiteContext } from './context.js';

/** Follows nextCursor to the end; fails on a repeated id. */
async function collect(api: Api, path: string): Promise<Json[]> {
  const items: Json[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const res: ApiResponse = await api.get(
      `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`,
      PK,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    for (const item of res.body.data) {
      assert.ok(!seen.has(item.id), `duplicate ${item.id}`);
      seen.add(item.id);
      items.push(item);
    }
    cursor = res.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('too many pages');
}

export function catalogueTests(ctx: SuiteContext): void {
  describe('catalogues', () => {
    it('lists services localized, with badges', async () => {
      const zh = await ctx.api.get('/v1/services', PK);
      const en = await ctx.api.get('/v1/services', PK, { 'Accept-Language': 'en' });
      const byId = (res: typeof zh, id: string) =>
        res.body.data.find((s: { id: string }) => s.id === id);
      assert.equal(byId(zh, 'mall').name, '积分商城');
      assert.equal(byId(en, 'mall').name, 'Points mall');
      assert.equal(byId(zh, 'quiz').badge, 'new');
      assert.equal(byId(zh, 'models').badge, 'unavailable');
      assert.equal(byId(zh, 'models').available, false);
      assert.equal(byId(zh, 'loan').url, 'https://zgzj.example.cn/loan');
    });

    it('serves the four-level union tree of Jiaxing', async () => {
      const all = (await ctx.api.get('/v1/unions', PK)).body.data as Json[];
      const city = all.filter((u) => u.level === 1);
      assert.deepEqual(
        city.map((u) => u.id),
        ['u_330400'],
      );
      const counties = all.filter((u) => u.level === 2);
      assert.deepEqual(counties.map((u) => u.id).sort(), [
        'u_330402',
        'u_330411',
        'u_330421',
        'u_330424',
        'u_330481',
        'u_330482',
        'u_330483',
      ]);
      assert.equal(counties.find((u) => u.id === 'u_330402').name, '南湖区总工会');
      for (const county of counties) {
        assert.equal(county.parentId, 'u_330400');
        assert.equal(county.regionCode, county.id.slice(2));
        const towns = all.filter((u) => u.parentId === county.id);
        assert.ok(towns.length >= 3 && towns.length <= 6, `${county.id}: ${towns.length} towns`);
        for (const town of towns) {
          assert.equal(town.level, 3);
          const grassroots = all.filter((u) => u.parentId === town.id);
          assert.ok(
            grassroots.length >= 2 && grassroots.length <= 5,
            `${town.id}: ${grassroots.length}`,
          );
          for (const g of grassroots)
            assert.ok(['enterprise', 'community', 'village', 'joint'].includes(g.kind));
        }
      }
      const children = (await ctx.api.get('/v1/unions?parentId=u_330483', PK)).body.data as Json[];
      assert.ok(children.length >= 3 && children.every((u) => u.parentId === 'u_330483'));
      const search = (await ctx.api.get(`/v1/unions?q=${encodeURIComponent('桐乡')}`, PK)).body
        .data as Json[];
      assert.ok(search.some((u) => u.id === 'u_330483'));
      const none = (await ctx.api.get('/v1/unions?q=%25', PK)).body.data as Json[];
      assert.equal(none.length, 0, 'a % in q is a literal, not a wildcard');
    });

    it('pages through merchants with county, category and text filters', async () => {
      const all = await collect(ctx.api, '/v1/merchants?limit=7');
      assert.ok(all.length >= 50, `${all.length} merchants`);
      const counties = new Set(all.map((m) => m.countyCode));
      assert.equal(counties.size, 7);
      const haiyan = await collect(ctx.api, '/v1/merchants?county=330424');
      assert.ok(
        haiyan.length >= 8 &&
          haiyan.every((m) => m.countyCode === '330424' && m.countyName === '海盐县'),
      );
      const dining = await collect(ctx.api, '/v1/merchants?category=dining');
      assert.ok(
        dining.length > 0 &&
          dining.every((m) => m.category === 'dining' && m.categoryName === '餐饮美食'),
      );
      const en = await ctx.api.get('/v1/merchants?category=dining&limit=1', PK, {
        'Accept-Language': 'en',
      });
      assert.equal(en.body.data[0].categoryName, 'Dining');
      const logo = await fetch(all[0].logoUrl);
      assert.equal(logo.status, 200);
      assert.match(logo.headers.get('content-type') ?? '', /image\/svg\+xml/);
      const bad = await ctx.api.get('/v1/merchants?category=casino', PK);
      assert.equal(bad.status, 422);
    });

    it('lists mall categories with product counts', async () => {
      const categories = (await ctx.api.get('/v1/mall/categories', PK)).body.data as Json[];
      assert.ok(categories.length >= 6 && categories.length <= 8);
      const total = categories.reduce((sum, c) => sum + c.productCount, 0);
      assert.ok(total >= 300, `${total} products`);
      assert.ok(categories.every((c) => /^cat_/.test(c.id) && c.productCount > 0));
    });

    it('pages through every product exactly once', async () => {
      const all = await collect(ctx.api, '/v1/mall/products?limit=100');
      assert.ok(all.length >= 300);
      assert.equal(all[0].id, 'prd_0001');
      assert.ok(all.some((p) => p.stock === 0));
      assert.ok(all.some((p) => p.cashPriceFen > 0));
      assert.deepEqual(
        new Set(all.map((p) => p.fulfilment)),
        new Set(['delivery', 'pickup', 'virtual']),
      );
    });

    it('searches as a member types: spaces around the text, full-width or half-width forms', async () => {
      // A partner's app passing its search box on as it is: an iOS keyboard leaves a space after a
      // word, a Chinese input method an ideographic one, and gives full-width letters, digits and
      // brackets (or half-width where the data has full-width): each found nothing.
      const count = async (path: string, q: string) => {
        const res = await ctx.api.get(`${path}?limit=100&q=${encodeURIComponent(q)}`, PK);
        assert.equal(res.status, 200, JSON.stringify(res.body));
        return (res.body.data as Json[]).map((item) => item.id as string).sort();
      };
      const merchants = (await collect(ctx.api, '/v1/merchants?limit=100')) as Json[];
      const named = merchants.find((m) => /（.+店）$/.test(m.name));
      assert.ok(named, 'a merchant named with its branch in full-width brackets');
      const branch = /（.+店）$/.exec(named.name)![0];
      const plain = await count('/v1/merchants', branch);
      assert.ok(plain.includes(named.id));
      const halfWidth = branch.replace('（', '(').replace('）', ')');
      for (const typed of [` ${branch}`, `${branch} `, `\u3000${branch}\u3000`, halfWidth]) {
        assert.deepEqual(await count('/v1/merchants', typed), plain, JSON.stringify(typed));
      }
      const products = await count('/v1/mall/products', '保温杯');
      assert.ok(products.length > 0);
      assert.deepEqual(await count('/v1/mall/products', ' 保温杯\u3000'), products);
      const unions = await count('/v1/unions', '桐乡');
      assert.deepEqual(await count('/v1/unions', '\u3000桐乡 '), unions);
      // Pasted from a chat or a web page: a zero-width space, a byte order mark, a bidi mark.
      for (const typed of [`${branch}\u200b`, `\u200b${branch}`, `\u202a${branch}\u202c`]) {
        assert.deepEqual(await count('/v1/merchants', typed), plain, JSON.stringify(typed));
      }
      assert.deepEqual(await count('/v1/mall/products', '保温\u200b杯'), products);
      // Only spaces: no search, as when none is sent.
      assert.deepEqual(await count('/v1/merchants', ' \u3000'), await count('/v1/merchants', ''));
      assert.deepEqual(await count('/v1/merchants', '\u200b'), await count('/v1/merchants', ''));
    });

    it('filters and sorts products', async () => {
      const category = await collect(ctx.api, '/v1/mall/products?category=cat_coupons&limit=50');
      assert.ok(category.length > 10 && category.every((p) => p.categoryId === 'cat_coupons'));
      const search = await collect(ctx.api, `/v1/mall/products?q=${encodeURIComponent('保温杯')}`);
      assert.ok(
        search.length > 0 &&
          search.every((p) => p.name.includes('保温杯') || p.summary.includes('保温杯')),
      );
      const cheap = await collect(ctx.api, '/v1/mall/products?maxPoints=300&limit=30');
      assert.ok(cheap.length > 0 && cheap.every((p) => p.pointsPrice <= 300));

      const asc = await collect(ctx.api, '/v1/mall/products?sort=points_asc&limit=37');
      for (let i = 1; i < asc.length; i++) assert.ok(asc[i - 1].pointsPrice <= asc[i].pointsPrice);
      const desc = await collect(ctx.api, '/v1/mall/products?sort=points_desc&limit=41');
      for (let i = 1; i < desc.length; i++)
        assert.ok(desc[i - 1].pointsPrice >= desc[i].pointsPrice);
      const newest = await collect(ctx.api, '/v1/mall/products?sort=newest&limit=45');
      for (let i = 1; i < newest.length; i++)
        assert.ok(newest[i - 1].createdAt >= newest[i].createdAt);
      assert.equal(asc.length, desc.length);
      assert.equal(asc.length, newest.length);

      const badCursor = await ctx.api.get('/v1/mall/products?cursor=not-a-cursor', PK);
      assert.equal(badCursor.status, 422);
      assert.equal(badCursor.body.error.details.fields[0].path, 'cursor');
    });

    it('gets one product, and 404s an unknown one', async () => {
      const res = await ctx.api.get('/v1/mall/products/prd_0001', PK);
      assert.equal(res.status, 200);
      assert.equal(res.body.id, 'prd_0001');
      assert.equal(res.body.perMemberLimit, 2);
      assert.equal((await ctx.api.get('/v1/mall/products/prd_9999', PK)).status, 404);
    });

    it('serves generated SVG product images with escaped text', async () => {
      const product = (await ctx.api.get('/v1/mall/products/prd_0005', PK)).body;
      for (const url of product.images) {
        const res = await fetch(url);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /image\/svg\+xml/);
        const svg = await res.text();
        assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        assert.match(svg, /<text /);
        assert.ok(!svg.includes('<script'));
      }
      assert.equal((await fetch(`${ctx.api.url}/assets/products/prd_9999.svg`)).status, 404);
      assert.equal((await fetch(`${ctx.api.url}/assets/products/..%2Fetc.svg`)).status, 404);
    });

    it('lists loan products with ranges, terms, APR and hashed consent texts', async () => {
      const products = (await ctx.api.get('/v1/loans/products', PK)).body.data as Json[];
      const startup = products.find((p) => p.id === 'lp_startup');
      const consumer = products.find((p) => p.id === 'lp_consumer');
      assert.equal(startup.name, '创业贷');
      assert.deepEqual(
        [
          startup.minAmountFen,
          startup.maxAmountFen,
          startup.termsMonths,
          startup.aprMinPercent,
          startup.aprMaxPercent,
        ],
        [5_000_000, 50_000_000, [12, 24, 36], 3.65, 4.35],
      );
      assert.equal(consumer.name, '消费贷');
      assert.deepEqual(
        [
          consumer.minAmountFen,
          consumer.maxAmountFen,
          consumer.termsMonths,
          consumer.aprMinPercent,
          consumer.aprMaxPercent,
        ],
        [1_000_000, 30_000_000, [6, 12, 24, 36], 3.85, 6.5],
      );
      assert.equal(startup.lender.name, '嘉兴银行');
      const purposes = startup.consents.map((c: { purpose: string }) => c.purpose).sort();
      assert.deepEqual(purposes, ['credit_check', 'sensitive_pi', 'share_with_bank']);
      for (const text of startup.consents) {
        assert.equal(text.sha256, createHash('sha256').update(text.body).digest('hex'));
        assert.ok(text.version.length > 0);
      }
      const share = startup.consents.find(
        (c: { purpose: string }) => c.purpose === 'share_with_bank',
      );
      assert.equal(share.recipient, '嘉兴银行');
      assert.match(share.body, /嘉兴银行/);
      assert.match(share.body, /联系/);
    });
  });
}
