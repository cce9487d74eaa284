import type { Hono } from 'hono';
import type { Db } from '../db/db.js';
import type { AppEnv } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import { registerContentAssets } from './content.js';
import { merchantSvg, productSvg } from './svg.js';

const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  // Images are pure functions of seed data; let browsers keep them for a day.
  'Cache-Control': 'public, max-age=86400',
  // An SVG opened directly must not run anything, whatever ends up in it.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
};

/** `/assets/products/<id>.svg`, `/assets/products/<id>-2.svg`, `/assets/merchants/<id>.svg`; no auth (used in <img>). */
export function registerAssets(app: Hono<AppEnv>, db: Db): void {
  app.get('/assets/products/:file', async (c) => {
    const match = /^(prd_[\w]+?)(?:-(\d))?\.svg$/.exec(c.req.param('file'));
    if (!match?.[1]) throw new ApiError('not_found');
    const variant = Number(match[2] ?? 1);
    const { rows } = await db.query<{
      name: string;
      category: string;
      hue: number;
      image_count: number;
    }>(
      `SELECT p.name, c.name_zh AS category, p.hue, p.image_count
         FROM products p JOIN mall_categories c ON c.id = p.category_id WHERE p.id = $1`,
      [match[1]],
    );
    const row = rows[0];
    if (!row || variant < 1 || variant > Math.max(1, row.image_count))
      throw new ApiError('not_found');
    return c.body(productSvg({ ...row, variant: variant - 1 }), 200, SVG_HEADERS);
  });

  app.get('/assets/merchants/:file', async (c) => {
    const match = /^(mch_\w+)\.svg$/.exec(c.req.param('file'));
    if (!match?.[1]) throw new ApiError('not_found');
    const { rows } = await db.query<{ name: string; hue: number }>(
      'SELECT name, hue FROM merchants WHERE id = $1',
      [match[1]],
    );
    const row = rows[0];
    if (!row) throw new ApiError('not_found');
    return c.body(merchantSvg(row), 200, SVG_HEADERS);
  });

  registerContentAssets(app, db);
}
