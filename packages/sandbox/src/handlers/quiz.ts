import type { Db } from '../db/db.js';
import { newId } from '../domain/ids.js';
import { earn, lockMember } from '../domain/ledger.js';
import { isoShanghai } from '../domain/time.js';
import { ApiError, validationError } from '../http/errors.js';
import { plainIssue } from './field-issues.js';
import { assertCardActive } from './members.js';
import type { HandlerGroup } from './types.js';

interface RallyRow {
  id: string;
  title: string;
  theme: string;
  round: number;
  description: string;
  starts_at: Date;
  ends_at: Date;
  time_limit_seconds: number | null;
  points_per_correct: number;
  question_count: number;
}

interface QuestionRow {
  id: string;
  position: number;
  text: string;
  options: { id: string; text: string }[];
  answer: string;
  explanation: string;
}

interface SubmissionRow {
  id: string;
  rally_id: string;
  score: number;
  total: number;
  points_awarded: number;
  balance_after: number;
  answers: { questionId: string; chosenOptionId: string | null }[];
  submitted_at: Date;
}

const RALLY_SELECT = `
  SELECT r.*, (SELECT COUNT(*)::int FROM quiz_questions q WHERE q.rally_id = r.id) AS question_count
    FROM quiz_rallies r`;

function toRally(row: RallyRow) {
  return {
    id: row.id,
    title: row.title,
    theme: row.theme,
    round: row.round,
    description: row.description,
    startsAt: isoShanghai(row.starts_at),
    endsAt: isoShanghai(row.ends_at),
    questionCount: row.question_count,
    timeLimitSeconds: row.time_limit_seconds,
    pointsPerCorrect: row.points_per_correct,
    maxPoints: row.points_per_correct * row.question_count,
  };
}

async function findRally(db: Db, id: string, lock = false): Promise<RallyRow> {
  const { rows } = await db.query<RallyRow>(
    `${RALLY_SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new ApiError('not_found');
  return row;
}

async function questionsOf(db: Db, rallyId: string): Promise<QuestionRow[]> {
  const { rows } = await db.query<QuestionRow>(
    'SELECT id, position, text, options, answer, explanation FROM quiz_questions WHERE rally_id = $1 ORDER BY position',
    [rallyId],
  );
  return rows;
}

/** The result as the member sees it after submitting: now with answers and explanations. */
function toResult(row: SubmissionRow, questions: QuestionRow[]) {
  const chosen = new Map(row.answers.map((a) => [a.questionId, a.chosenOptionId]));
  return {
    id: row.id,
    rallyId: row.rally_id,
    score: row.score,
    total: row.total,
    pointsAwarded: row.points_awarded,
    balanceAfter: row.balance_after,
    submittedAt: isoShanghai(row.submitted_at),
    answers: questions.map((q) => {
      const choice = chosen.get(q.id) ?? null;
      return {
        questionId: q.id,
        chosenOptionId: choice,
        correctOptionId: q.answer,
        correct: choice === q.answer,
        explanation: q.explanation,
      };
    }),
  };
}

/** The member's county-level union (县(市、区)总工会), which the leaderboard ranks. */
async function branchOf(db: Db, unionId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, level FROM unions WHERE id = $1
       UNION ALL
       SELECT u.id, u.parent_id, u.level FROM unions u JOIN up ON u.id = up.parent_id
     ) SELECT id FROM up WHERE level = 2`,
    [unionId],
  );
  return rows[0]?.id ?? unionId;
}

const SUBMISSION_COLUMNS =
  'id, rally_id, score, total, points_awarded, balance_after, answers, submitted_at';

export const quizHandlers: HandlerGroup<
  'quiz.current' | 'quiz.questions' | 'quiz.leaderboard' | 'me.quiz.submit' | 'me.quiz.result'
> = {
  async 'quiz.current'({ db, now }) {
    const { rows } = await db.query<RallyRow>(
      `${RALLY_SELECT} WHERE r.starts_at <= $1 AND r.ends_at > $1 ORDER BY r.starts_at DESC LIMIT 1`,
      [now],
    );
    return rows[0] ? toRally(rows[0]) : null;
  },

  async 'quiz.questions'({ db, params }) {
    await findRally(db, params.id);
    const questions = await questionsOf(db, params.id);
    // Deliberately field by field: the answer and explanation stay on the server.
    return {
      data: questions.map((q) => ({
        id: q.id,
        position: q.position,
        text: q.text,
        options: q.options.map((o) => ({ id: o.id, text: o.text })),
      })),
    };
  },

  async 'quiz.leaderboard'({ db, params }) {
    await findRally(db, params.id);
    const { rows } = await db.query<{
      union_id: string;
      union_name: string;
      participants: number;
      score_sum: number;
      points: number;
    }>(
      `SELECT s.branch_id AS union_id, u.name AS union_name, COUNT(*)::int AS participants,
              SUM(s.score)::int AS score_sum, SUM(s.points_awarded)::int AS points
         FROM quiz_submissions s JOIN unions u ON u.id = s.branch_id
        WHERE s.rally_id = $1
        GROUP BY s.branch_id, u.name`,
      [params.id],
    );
    const ranked = rows
      .map((row) => ({ ...row, average: row.score_sum / row.participants }))
      .sort(
        (a, b) =>
          b.average - a.average ||
          b.participants - a.participants ||
          (a.union_id < b.union_id ? -1 : 1),
      );
    // Standard competition ranking (1, 1, 3): branches with the same result (average and
    // participants) share a rank, rather than one of them losing to the other on its id.
    const ranks = ranked.map((row, i) => i + 1);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      if (a.average === b.average && a.participants === b.participants) ranks[i] = ranks[i - 1]!;
    }
    return {
      data: ranked.map((row, i) => ({
        rank: ranks[i]!,
        unionId: row.union_id,
        unionName: row.union_name,
        participants: row.participants,
        averageScore: Math.round(row.average * 10) / 10,
        totalPoints: row.points,
      })),
    };
  },

  async 'me.quiz.submit'({ db, memberId, body, now, locale }) {
    return db.transaction(async (tx) => {
      // The member lock serialises this member's submissions (and points): of two racing
      // submits, the second sees the first and is refused.
      const member = await lockMember(tx, memberId);
      const rally = await findRally(tx, body.rallyId);
      const open = rally.starts_at <= now && now < rally.ends_at;
      if (!open) throw new ApiError('quiz_closed');
      assertCardActive(member);
      const done = await tx.query(
        'SELECT 1 FROM quiz_submissions WHERE rally_id = $1 AND member_id = $2',
        [rally.id, memberId],
      );
      if (done.rows.length > 0) throw new ApiError('quiz_already_submitted');

      const questions = await questionsOf(tx, rally.id);
      const byId = new Map(questions.map((q) => [q.id, q]));
      const chosen = new Map<string, string>();
      const issues = body.answers.flatMap((answer, i) => {
        const question = byId.get(answer.questionId);
        if (!question || chosen.has(answer.questionId)) {
          return [
            plainIssue(
              `answers.${i}.questionId`,
              question ? 'duplicate' : 'unknown_question',
              question ? '同一题目只能作答一次' : '题目不属于本轮答题',
              question ? 'A question is answered twice' : 'Not a question of this round',
              locale,
            ),
          ];
        }
        chosen.set(answer.questionId, answer.optionId);
        if (!question.options.some((o) => o.id === answer.optionId)) {
          return [
            plainIssue(
              `answers.${i}.optionId`,
              'unknown_option',
              '选项不属于该题目',
              'Not an option of this question',
              locale,
            ),
          ];
        }
        return [];
      });
      if (issues.length > 0) throw validationError(issues);

      const score = questions.filter((q) => chosen.get(q.id) === q.answer).length;
      const points = score * rally.points_per_correct;
      // The ledger key is the submission's own idempotency key (one per member and round), so
      // a second award for the same round cannot be booked, even by a racing request.
      const balanceAfter = await earn(tx, memberId, points, now, {
        description: `答题奖励：${rally.title}（答对 ${score} 题）`,
        key: `quiz:${rally.id}`,
      });
      const row: SubmissionRow = {
        id: newId('qs'),
        rally_id: rally.id,
        score,
        total: questions.length,
        points_awarded: points,
        balance_after: balanceAfter,
        answers: questions.map((q) => ({
          questionId: q.id,
          chosenOptionId: chosen.get(q.id) ?? null,
        })),
        submitted_at: now,
      };
      await tx.query(
        `INSERT INTO quiz_submissions (${SUBMISSION_COLUMNS}, member_id, branch_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)`,
        [
          row.id,
          row.rally_id,
          row.score,
          row.total,
          row.points_awarded,
          row.balance_after,
          JSON.stringify(row.answers),
          row.submitted_at,
          memberId,
          await branchOf(tx, member.union_id),
        ],
      );
      return toResult(row, questions);
    });
  },

  async 'me.quiz.result'({ db, memberId, params }) {
    await findRally(db, params.id);
    const { rows } = await db.query<SubmissionRow>(
      `SELECT ${SUBMISSION_COLUMNS} FROM quiz_submissions WHERE rally_id = $1 AND member_id = $2`,
      [params.id, memberId],
    );
    const row = rows[0];
    return row ? toResult(row, await questionsOf(db, row.rally_id)) : null;
  },
};
