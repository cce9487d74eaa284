import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../domain/cursor.js';
import { ApiError } from '../http/errors.js';
import { countyName } from '../seed/model-workers.js';
import { addSearch, Where } from './sql.js';
import type { HandlerGroup } from './types.js';

interface ModelWorkerRow {
  id: string;
  position: number;
  name: string;
  title: string;
  level: 'national' | 'provincial' | 'city';
  honours: string[];
  employer: string;
  occupation: string;
  county_code: string;
  year: number;
  summary: string;
  story: string[];
  quote: string | null;
}

export function portraitUrl(origin: string, id: string): string {
  return `${origin}/assets/model-workers/${id}.svg`;
}

function toSummary(row: ModelWorkerRow, origin: string) {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    level: row.level,
    honours: row.honours,
    employer: row.employer,
    occupation: row.occupation,
    countyName: countyName(row.county_code),
    year: row.year,
    portraitUrl: portraitUrl(origin, row.id),
    summary: row.summary,
  };
}

const SUMMARY_COLUMNS =
  'id, position, name, title, level, honours, employer, occupation, county_code, year, summary';

export const modelWorkerHandlers: HandlerGroup<'models.list' | 'models.get'> = {
  async 'models.list'({ db, query, origin, locale }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where = new Where();
    if (query.level) where.add(`level = ${where.param(query.level)}`);
    addSearch(where, query.q, ['name', 'employer', 'occupation', 'honours::text']);
    const cursor = decodeCursor(query.cursor, 1, locale, 'model-workers');
    if (cursor) where.add(`position > ${where.param(cursor[0])}::int`);
    const { rows } = await db.query<ModelWorkerRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM model_workers ${where} ORDER BY position LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    return toPage(
      rows,
      limit,
      (row) => [row.position],
      (row) => toSummary(row, origin),
      'model-workers',
    );
  },

  async 'models.get'({ db, params, origin }) {
    const { rows } = await db.query<ModelWorkerRow>(
      `SELECT ${SUMMARY_COLUMNS}, story, quote FROM model_workers WHERE id = $1`,
      [params.id],
    );
    const row = rows[0];
    if (!row) throw new ApiError('not_found');
    return { ...toSummary(row, origin), story: row.story, quote: row.quote };
  },
};
