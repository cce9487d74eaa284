// The platform's content modules: 劳模风采 (model-worker stories), 职工课堂 (courses, including
// the "我在嘉兴挺好的" public-welfare series) and the 红船精神 答题拉力赛 (quiz rally).
import type * as z from 'zod/mini';
import * as s from './build.js';
import { int, maxLength, minimum } from './checks.js';
import { DateTime, Id, List, LongText, Page, PageQuery, Points, Text, Url } from './common.js';

const Search = s.optional(s.string(maxLength(50)));

// ---------------------------------------------------------------------------------------------
// 劳模风采

// Object types are interfaces extending their schema's inferred type: an editor's hover and
// the API docs then show their name (`Promise<MemberCard>`), not the expanded structure.
/* eslint-disable @typescript-eslint/no-empty-object-type */

/** Level of the highest honour: 全国 (national), 浙江省 (provincial), 嘉兴市 (city). */
export const HonourLevel = s.enum(['national', 'provincial', 'city']);
export type HonourLevel = z.infer<typeof HonourLevel>;

/** A model worker or craftsman as a list shows them. */
export const ModelWorkerSummary = s.object({
  id: Id,
  name: Text,
  /** The headline honour, e.g. 全国劳动模范, 浙江工匠, 嘉兴工匠. */
  title: Text,
  level: s.open<HonourLevel>(),
  /** Every honour, most important first (the headline one included). */
  honours: s.array(Text),
  employer: Text,
  occupation: Text,
  countyName: Text,
  /** Year of the headline honour. */
  year: s.Int,
  portraitUrl: Url,
  /** One or two sentences. */
  summary: Text,
});
/** A 劳模风采 story as lists show it (`client.models.list()`). */
export interface ModelWorkerSummary extends z.infer<typeof ModelWorkerSummary> {}

/** One story in full: plain-text paragraphs (never HTML), in reading order. */
export const ModelWorker = s.extend(ModelWorkerSummary, {
  story: s.array(LongText),
  /** Their own words, shown as a quotation. */
  quote: s.nullable(Text),
});
/** A 劳模风采 story in full (`client.models.get(id)`). */
export interface ModelWorker extends z.infer<typeof ModelWorker> {}

export const ModelWorkerQuery = s.object({
  level: s.optional(HonourLevel),
  /** Name, employer, occupation or honour. */
  q: Search,
  ...PageQuery,
});
/** What `client.models.list()` takes: filters and the page. */
export interface ModelWorkerQuery extends z.input<typeof ModelWorkerQuery> {}
/** A page of 劳模风采 stories, `{ data, nextCursor }` (`client.models.list()`). */
export const ModelWorkerPage = Page(ModelWorkerSummary);

// ---------------------------------------------------------------------------------------------
// 职工课堂

/** Whether a course is `online` or `offline`. */
export const CourseKind = s.enum(['online', 'offline']);
/** Whether a course is `online` or `offline`. */
export type CourseKind = z.infer<typeof CourseKind>;

export const CourseProvider = s.object({ id: Id, name: Text, courseCount: s.Int });
/** A 职工课堂 course provider (`client.courses.providers()`). */
export interface CourseProvider extends z.infer<typeof CourseProvider> {}
/** `{ data: CourseProvider[] }`: what `client.courses.providers()` answers. */
export const CourseProviderList = List(CourseProvider);

/** `open`: seats left (or unlimited); `full`: no seat left. */
export const CourseAvailability = s.enum(['open', 'full']);
/** Whether a course takes sign-ups. */
export type CourseAvailability = z.infer<typeof CourseAvailability>;

export const Course = s.object({
  id: Id,
  title: Text,
  summary: Text,
  /** Plain-text paragraphs (never HTML). */
  description: s.array(LongText),
  provider: s.object({ id: Id, name: Text }),
  kind: s.open<CourseKind>(),
  /** A public-welfare (公益) course, free for every member. */
  publicWelfare: s.boolean(),
  /** The series it belongs to, e.g. 我在嘉兴挺好的. */
  series: s.nullable(Text),
  category: Text,
  durationMinutes: s.number(int, minimum(1)),
  lessons: s.number(int, minimum(1)),
  /** First session (offline courses and live online ones); null for self-paced online courses. */
  startsAt: s.nullable(DateTime),
  venue: s.nullable(Text),
  /** Where an online course is followed. */
  url: s.nullable(Url),
  /** Seats in total; null when unlimited. */
  capacity: s.nullable(s.number(int, minimum(1))),
  signedUpCount: s.number(int, minimum(0)),
  /** Seats still free; null when unlimited. */
  seatsLeft: s.nullable(s.number(int, minimum(0))),
  availability: s.open<CourseAvailability>(),
  /** Whether the member of the session signed up; null without a member session. */
  signedUpByMe: s.nullable(s.boolean()),
});
/** A 职工课堂 course (`client.courses.list()`, `.get(id)`). */
export interface Course extends z.infer<typeof Course> {}

export const CourseQuery = s.object({
  kind: s.optional(CourseKind),
  /** A provider id from `GET /v1/course-providers`. */
  provider: s.optional(Id),
  /** `true`: only public-welfare courses (我在嘉兴挺好的 …); `false`: only the others. */
  publicWelfare: s.optional(s.enum(['true', 'false'])),
  /** Title, summary, category or series. */
  q: Search,
  ...PageQuery,
});
/** What `client.courses.list()` takes: filters and the page. */
export interface CourseQuery extends z.input<typeof CourseQuery> {}
/** A page of courses, `{ data, nextCursor }` (`client.courses.list()`). */
export const CoursePage = Page(Course);

/** The member's sign-up for a course. */
export const CourseSignUp = s.object({
  id: Id,
  course: Course,
  createdAt: DateTime,
});
/**
 * The member's sign-up for a course (`client.me.courses.signUp(id)`, `client.me.courses.list()`).
 */
export interface CourseSignUp extends z.infer<typeof CourseSignUp> {}
export const CourseSignUpQuery = s.object({ ...PageQuery });
/** What `client.me.courses.list()` takes: the page. */
export interface CourseSignUpQuery extends z.input<typeof CourseSignUpQuery> {}
/** A page of the member's sign-ups, `{ data, nextCursor }` (`client.me.courses.list()`). */
export const CourseSignUpPage = Page(CourseSignUp);

// ---------------------------------------------------------------------------------------------
// 答题拉力赛

/** A quiz rally round. Each round is taken once per member. */
export const QuizRally = s.object({
  id: Id,
  title: Text,
  /** The theme, e.g. 红船精神. */
  theme: Text,
  round: s.number(int, minimum(1)),
  description: Text,
  startsAt: DateTime,
  endsAt: DateTime,
  questionCount: s.number(int, minimum(1)),
  /** Time allowed from the first question to submitting; null when untimed. */
  timeLimitSeconds: s.nullable(s.number(int, minimum(1))),
  pointsPerCorrect: Points,
  maxPoints: Points,
});
/** A 答题拉力赛 round (`client.quiz.current()`). */
export interface QuizRally extends z.infer<typeof QuizRally> {}
/** The current quiz round, or `null` when none is open (`client.quiz.current()`). */
export const MaybeQuizRally = s.nullable(QuizRally);

/** A question as the member sees it before submitting: no answer, no explanation. */
export const QuizQuestion = s.object({
  id: Id,
  position: s.Int,
  text: Text,
  options: s.array(s.object({ id: Id, text: Text })),
});
/** A question of a quiz round (`client.quiz.questions(id)`). */
export interface QuizQuestion extends z.infer<typeof QuizQuestion> {}
/** `{ data: QuizQuestion[] }`: what `client.quiz.questions(id)` answers. */
export const QuizQuestionList = List(QuizQuestion);

export const QuizSubmissionInput = s.object({
  rallyId: Id,
  /** One choice per answered question; unanswered questions (time ran out) count as wrong. */
  answers: s.array(s.object({ questionId: Id, optionId: Id }), maxLength(100)),
});
/** What `client.me.quiz.submit()` takes. */
export interface QuizSubmissionInput extends z.infer<typeof QuizSubmissionInput> {}

/** The scored submission; only now are the correct answers revealed. */
export const QuizResult = s.object({
  id: Id,
  rallyId: Id,
  /** Correct answers. */
  score: s.number(int, minimum(0)),
  total: s.number(int, minimum(1)),
  pointsAwarded: Points,
  /** The member's points balance right after the award. */
  balanceAfter: Points,
  submittedAt: DateTime,
  answers: s.array(
    s.object({
      questionId: Id,
      chosenOptionId: s.nullable(Id),
      correctOptionId: Id,
      correct: s.boolean(),
      explanation: Text,
    }),
  ),
});
/** The member's result of a quiz round (`client.me.quiz.submit()`, `client.me.quiz.result(id)`). */
export interface QuizResult extends z.infer<typeof QuizResult> {}
/** A member's result of a round, or null until they submitted. */
export const MaybeQuizResult = s.nullable(QuizResult);

/** One union branch (县(市、区)总工会) on a round's leaderboard. */
export const QuizLeaderboardEntry = s.object({
  rank: s.number(int, minimum(1)),
  unionId: Id,
  unionName: Text,
  participants: s.number(int, minimum(0)),
  /** Mean correct answers per participant, one decimal. */
  averageScore: s.number(minimum(0)),
  totalPoints: Points,
});
/** One row of a quiz round's leaderboard (`client.quiz.leaderboard(id)`). */
export interface QuizLeaderboardEntry extends z.infer<typeof QuizLeaderboardEntry> {}
/** `{ data: QuizLeaderboardEntry[] }`: what `client.quiz.leaderboard(id)` answers. */
export const QuizLeaderboard = List(QuizLeaderboardEntry);
