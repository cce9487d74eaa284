import type { Db } from '../db/db.js';
import { DEFAULT_PAGE_SIZE, cursorAnchor, decodeCursor, toPage } from '../domain/cursor.js';
import { newId } from '../domain/ids.js';
import { bookedAt, lockMember } from '../domain/ledger.js';
import { isoShanghai, nullableIso } from '../domain/time.js';
import { ApiError } from '../http/errors.js';
import { assertCardActive } from './members.js';
import { addSearch, Where } from './sql.js';
import type { HandlerGroup } from './types.js';

interface CourseRow {
  id: string;
  position: number;
  title: string;
  summary: string;
  description: string[];
  provider_id: string;
  provider_name: string;
  kind: 'online' | 'offline';
  public_welfare: boolean;
  series: string | null;
  category: string;
  duration_minutes: number;
  lessons: number;
  starts_at: Date | null;
  venue: string | null;
  url: string | null;
  capacity: number | null;
  taken: number;
  /** Null when the request has no member. */
  mine: boolean | null;
}

/** Columns of a course with its provider; `$1` is the member id (or null). */
const COURSE_SELECT = `
  SELECT c.id, c.position, c.title, c.summary, c.description, c.provider_id, p.name AS provider_name,
         c.kind, c.public_welfare, c.series, c.category, c.duration_minutes, c.lessons, c.starts_at,
         c.venue, c.url, c.capacity, c.taken,
         CASE WHEN $1::text IS NULL THEN NULL
              ELSE EXISTS (SELECT 1 FROM course_signups s WHERE s.course_id = c.id AND s.member_id = $1::text)
         END AS mine
    FROM courses c JOIN course_providers p ON p.id = c.provider_id`;

function toCourse(row: CourseRow) {
  const seatsLeft = row.capacity === null ? null : Math.max(0, row.capacity - row.taken);
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    provider: { id: row.provider_id, name: row.provider_name },
    kind: row.kind,
    publicWelfare: row.public_welfare,
    series: row.series,
    category: row.category,
    durationMinutes: row.duration_minutes,
    lessons: row.lessons,
    startsAt: nullableIso(row.starts_at),
    venue: row.venue,
    url: row.url,
    capacity: row.capacity,
    signedUpCount: row.taken,
    seatsLeft,
    availability: seatsLeft === 0 ? ('full' as const) : ('open' as const),
    signedUpByMe: row.mine,
  };
}

async function findCourse(db: Db, id: string, memberId: string | null): Promise<CourseRow> {
  const { rows } = await db.query<CourseRow>(`${COURSE_SELECT} WHERE c.id = $2`, [memberId, id]);
  const row = rows[0];
  if (!row) throw new ApiError('not_found');
  return row;
}

export const courseHandlers: HandlerGroup<
  | 'courses.list'
  | 'courses.providers'
  | 'courses.get'
  | 'me.courses.signUp'
  | 'me.courses.cancel'
  | 'me.courses.list'
> = {
  async 'courses.list'({ db, query, memberId, locale }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where = new Where();
    where.param(memberId);
    if (query.kind) where.add(`c.kind = ${where.param(query.kind)}`);
    if (query.provider) where.add(`c.provider_id = ${where.param(query.provider)}`);
    if (query.publicWelfare) {
      where.add(`c.public_welfare = ${where.param(query.publicWelfare === 'true')}`);
    }
    addSearch(where, query.q, ['c.title', 'c.summary', 'c.category', "COALESCE(c.series, '')"]);
    const cursor = decodeCursor(query.cursor, 1, locale, 'courses');
    if (cursor) where.add(`c.position > ${where.param(cursor[0])}::int`);
    const { rows } = await db.query<CourseRow>(
      `${COURSE_SELECT} ${where} ORDER BY c.position LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    return toPage(rows, limit, (row) => [row.position], toCourse, 'courses');
  },

  async 'courses.providers'({ db }) {
    const { rows } = await db.query<{ id: string; name: string; count: number }>(
      `SELECT p.id, p.name, COUNT(c.id)::int AS count
         FROM course_providers p LEFT JOIN courses c ON c.provider_id = p.id
        GROUP BY p.id, p.name, p.position ORDER BY p.position`,
    );
    return { data: rows.map((row) => ({ id: row.id, name: row.name, courseCount: row.count })) };
  },

  async 'courses.get'({ db, params, memberId }) {
    return toCourse(await findCourse(db, params.id, memberId));
  },

  async 'me.courses.signUp'({ db, memberId, params, now }) {
    return db.transaction(async (tx) => {
      // Lock order: member, then course (as orders lock member, then product). The course lock
      // serialises its seats: concurrent sign-ups for the last seat cannot both get it.
      const member = await lockMember(tx, memberId);
      const { rows } = await tx.query<{
        capacity: number | null;
        taken: number;
        starts_at: Date | null;
      }>('SELECT capacity, taken, starts_at FROM courses WHERE id = $1 FOR UPDATE', [params.id]);
      const course = rows[0];
      if (!course) throw new ApiError('not_found');
      assertCardActive(member);
      const existing = await tx.query(
        'SELECT 1 FROM course_signups WHERE course_id = $1 AND member_id = $2',
        [params.id, memberId],
      );
      if (existing.rows.length > 0) throw new ApiError('already_signed_up');
      // A course under way or over takes no more sign-ups (self-paced ones never start), as it
      // would keep them: a late sign-up could not be cancelled.
      if (course.starts_at && course.starts_at <= now) throw new ApiError('course_started');
      if (course.capacity !== null && course.taken >= course.capacity) {
        throw new ApiError('course_full');
      }
      const id = newId('csu');
      const at = await bookedAt(tx, ['course_signups'], memberId, now);
      await tx.query(
        'INSERT INTO course_signups (id, course_id, member_id, created_at) VALUES ($1, $2, $3, $4)',
        [id, params.id, memberId, at],
      );
      await tx.query('UPDATE courses SET taken = taken + 1 WHERE id = $1', [params.id]);
      return {
        id,
        course: toCourse(await findCourse(tx, params.id, memberId)),
        createdAt: isoShanghai(at),
      };
    });
  },

  async 'me.courses.cancel'({ db, memberId, params, now }) {
    return db.transaction(async (tx) => {
      // The same lock order as a sign-up: member, then course.
      await lockMember(tx, memberId);
      const { rows } = await tx.query<{ starts_at: Date | null }>(
        'SELECT starts_at FROM courses WHERE id = $1 FOR UPDATE',
        [params.id],
      );
      const course = rows[0];
      if (!course) throw new ApiError('not_found');
      const { rows: mine } = await tx.query<{ id: string }>(
        'SELECT id FROM course_signups WHERE course_id = $1 AND member_id = $2',
        [params.id, memberId],
      );
      // Cancelling again (or a sign-up the member does not have) changes nothing: the endpoint is
      // naturally idempotent, and answers the course as it is.
      if (mine[0]) {
        // A course under way or over (self-paced ones never start) keeps its sign-ups.
        if (course.starts_at && course.starts_at <= now) {
          throw new ApiError('sign_up_not_cancellable');
        }
        // Its place in the member's list stays, for a cursor naming it (a page ending with it).
        await tx.query(
          `INSERT INTO course_signups_cancelled (id, member_id, seq)
           SELECT id, member_id, seq FROM course_signups WHERE id = $1`,
          [mine[0].id],
        );
        await tx.query('DELETE FROM course_signups WHERE id = $1', [mine[0].id]);
        await tx.query('UPDATE courses SET taken = taken - 1 WHERE id = $1 AND taken > 0', [
          params.id,
        ]);
      }
      return toCourse(await findCourse(tx, params.id, memberId));
    });
  },

  async 'me.courses.list'({ db, memberId, query, locale }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const anchor = await cursorAnchor<{ seq: number }>(
      db,
      // A page may end with a sign-up cancelled since: the next page reads on from its place.
      `SELECT seq FROM course_signups WHERE id = $1 AND member_id = $2
       UNION ALL SELECT seq FROM course_signups_cancelled WHERE id = $1 AND member_id = $2`,
      query.cursor,
      memberId,
      locale,
    );
    const { rows } = await db.query<
      CourseRow & { signup_id: string; seq: number; created_at: Date }
    >(
      `SELECT x.*, s.id AS signup_id, s.seq, s.created_at
         FROM course_signups s
         JOIN (${COURSE_SELECT}) x ON x.id = s.course_id
        WHERE s.member_id = $1 ${anchor ? 'AND s.seq < $3::int' : ''}
        ORDER BY s.seq DESC LIMIT $2`,
      anchor ? [memberId, limit + 1, anchor.seq] : [memberId, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => [row.signup_id],
      (row) => ({
        id: row.signup_id,
        course: toCourse(row),
        createdAt: isoShanghai(row.created_at),
      }),
    );
  },
};
