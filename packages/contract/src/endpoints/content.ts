import { sessionErrors, type Endpoint } from './endpoint.js';
import * as c from '../schemas/content.js';

/** 劳模风采: stories of model workers and craftsmen (publishable key). */
export const modelWorkerEndpoints = {
  'models.list': {
    method: 'GET',
    path: '/v1/model-workers',
    auth: 'publishable',
    summary:
      '劳模风采: model workers and craftsmen, filter by honour level, search, cursor pagination',
    query: c.ModelWorkerQuery,
    response: c.ModelWorkerPage,
    paginated: true,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'models.get': {
    method: 'GET',
    path: '/v1/model-workers/{id}',
    auth: 'publishable',
    summary: 'One model worker with the whole story',
    response: c.ModelWorker,
    errors: ['publishable_key_required'],
  },
} as const satisfies Record<string, Endpoint>;

/** 职工课堂: courses (publishable key) and the member's sign-ups (member session). */
export const courseEndpoints = {
  'courses.list': {
    method: 'GET',
    path: '/v1/courses',
    auth: 'publishable',
    summary:
      '职工课堂 courses (incl. the 我在嘉兴挺好的 public-welfare series): filter by kind, provider, public welfare, search',
    query: c.CourseQuery,
    response: c.CoursePage,
    paginated: true,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'courses.providers': {
    method: 'GET',
    path: '/v1/course-providers',
    auth: 'publishable',
    summary: 'Who gives the courses, with how many each',
    response: c.CourseProviderList,
    errors: ['publishable_key_required'],
  },
  'courses.get': {
    method: 'GET',
    path: '/v1/courses/{id}',
    auth: 'publishable',
    summary: 'One course with seats left',
    response: c.Course,
    errors: ['publishable_key_required'],
  },
  'me.courses.signUp': {
    method: 'POST',
    path: '/v1/me/courses/{id}/sign-up',
    auth: 'session',
    summary: 'Sign the member up for a course (Idempotency-Key); capacity is enforced',
    response: c.CourseSignUp,
    status: 201,
    idempotencyKey: true,
    errors: [
      ...sessionErrors,
      'course_full',
      'already_signed_up',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.courses.list': {
    method: 'GET',
    path: '/v1/me/courses',
    auth: 'session',
    summary: "The member's course sign-ups, newest first",
    query: c.CourseSignUpQuery,
    response: c.CourseSignUpPage,
    paginated: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
} as const satisfies Record<string, Endpoint>;

/** 答题拉力赛: the current round, its questions, submitting once, results and the leaderboard. */
export const quizEndpoints = {
  'quiz.current': {
    method: 'GET',
    path: '/v1/quiz/current',
    auth: 'publishable',
    summary: 'The quiz rally round open now, or null',
    response: c.MaybeQuizRally,
    errors: ['publishable_key_required'],
  },
  'quiz.questions': {
    method: 'GET',
    path: '/v1/quiz/rallies/{id}/questions',
    auth: 'publishable',
    summary: "A round's questions and options, without answers",
    response: c.QuizQuestionList,
    errors: ['publishable_key_required'],
  },
  'quiz.leaderboard': {
    method: 'GET',
    path: '/v1/quiz/rallies/{id}/leaderboard',
    auth: 'publishable',
    summary: "A round's leaderboard by union branch (县(市、区)总工会)",
    response: c.QuizLeaderboard,
    errors: ['publishable_key_required'],
  },
  'me.quiz.submit': {
    method: 'POST',
    path: '/v1/me/quiz/submissions',
    auth: 'session',
    summary:
      "Submit the member's answers, once per round (Idempotency-Key); scored on the server, points awarded through the ledger",
    body: c.QuizSubmissionInput,
    response: c.QuizResult,
    status: 201,
    idempotencyKey: true,
    errors: [
      ...sessionErrors,
      'validation_failed',
      'quiz_already_submitted',
      'quiz_closed',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.quiz.result': {
    method: 'GET',
    path: '/v1/me/quiz/rallies/{id}/result',
    auth: 'session',
    summary: "The member's result of a round, or null until they submitted",
    response: c.MaybeQuizResult,
    errors: sessionErrors,
  },
} as const satisfies Record<string, Endpoint>;

/** The content family: 劳模风采, 职工课堂 and 答题拉力赛. */
export const contentEndpoints = {
  ...modelWorkerEndpoints,
  ...courseEndpoints,
  ...quizEndpoints,
} as const;
