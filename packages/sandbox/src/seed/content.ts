// Seed of the content modules (劳模风采, 职工课堂, 答题拉力赛), inserted by seed/index.ts.
import type { Db } from '../db/db.js';
import { buildCourses, courseProviders } from './courses.js';
import { modelWorkers } from './model-workers.js';
import { buildQuiz } from './quiz.js';

type InsertRows = (db: Db, table: string, rows: readonly object[]) => Promise<void>;

/** Parents before children; course sign-ups reference members, so this runs after them. */
export async function insertContent(db: Db, now: Date, insertRows: InsertRows): Promise<void> {
  const { courses, signups } = buildCourses(now);
  const quiz = buildQuiz(now);
  await insertRows(db, 'model_workers', modelWorkers);
  await insertRows(db, 'course_providers', courseProviders);
  await insertRows(db, 'courses', courses);
  await insertRows(db, 'course_signups', signups);
  await insertRows(db, 'quiz_rallies', quiz.rallies);
  await insertRows(db, 'quiz_questions', quiz.questions);
  await insertRows(db, 'quiz_submissions', quiz.submissions);
}

/**
 * A database seeded before the content tables existed (a kept data folder, upgraded by the
 * migration) gets the content seed on its next start; everything else in it stays as it was.
 */
export async function insertContentIfMissing(
  db: Db,
  now: Date,
  insertRows: InsertRows,
): Promise<void> {
  const { rows } = await db.query('SELECT 1 FROM model_workers LIMIT 1');
  if (rows.length === 0) await insertContent(db, now, insertRows);
}
