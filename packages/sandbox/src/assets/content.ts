import type { Hono } from 'hono';
import type { Db } from '../db/db.js';
import type { AppEnv } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import { escapeXml } from './svg.js';

const FONT = `-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif`;

/**
 * A portrait drawn from data, like the product pictures: a coloured backdrop, a head-and-
 * shoulders silhouette with a medal, and the name as escaped <text>. No photo of anyone.
 */
export function portraitSvg(options: { name: string; title: string; hue: number }): string {
  const { hue } = options;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="400" viewBox="0 0 320 400" role="img" aria-label="${escapeXml(options.name)}">`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} 55% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360} 60% 36%)"/></linearGradient></defs>`,
    `<rect width="320" height="400" fill="url(#g)"/>`,
    `<circle cx="160" cy="150" r="62" fill="hsl(${hue} 30% 92%)"/>`,
    `<path d="M52 360c0-70 48-118 108-118s108 48 108 118z" fill="hsl(${hue} 30% 92%)"/>`,
    `<circle cx="200" cy="300" r="16" fill="#f3c46c" stroke="#c8102e" stroke-width="5"/>`,
    `<g font-family="${escapeXml(FONT)}" text-anchor="middle" fill="#fff">`,
    `<text x="160" y="46" font-size="20" opacity=".9">${escapeXml(options.title)}</text>`,
    `<text x="160" y="392" font-size="0">${escapeXml(options.name)}</text>`,
    `</g></svg>`,
  ].join('');
}

const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  'Cache-Control': 'public, max-age=86400',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
};

/** `/assets/model-workers/<id>.svg`; no auth (used in <img>). */
export function registerContentAssets(app: Hono<AppEnv>, db: Db): void {
  app.get('/assets/model-workers/:file', async (c) => {
    const match = /^(mw_\w+)\.svg$/.exec(c.req.param('file'));
    if (!match?.[1]) throw new ApiError('not_found');
    const { rows } = await db.query<{ name: string; title: string; hue: number }>(
      'SELECT name, title, hue FROM model_workers WHERE id = $1',
      [match[1]],
    );
    const row = rows[0];
    if (!row) throw new ApiError('not_found');
    return c.body(portraitSvg(row), 200, SVG_HEADERS);
  });
}
