import type { Endpoint } from './endpoint.js';
import * as c from '../schemas/content.js';

/** 劳模风采: stories of model workers and craftsmen (publishable key). */
export const modelWorkerEndpoints = {
  'models.list': {
    method: 'GET',
    path: '/v1/model-workers',
    auth: 'publishable',
    query: c.ModelWorkerQuery,
    response: c.ModelWorkerPage,
    paginated: true,
  },
  'models.get': {
    method: 'GET',
    path: '/v1/model-workers/{id}',
    auth: 'publishable',
    response: c.ModelWorker,
  },
} as const satisfies Record<string, Endpoint>;

/** 职工课堂: courses (publishable key) and the member's sign-ups (member session). */
export const courseEndpoints = {
  'courses.list': {
    method: 'GET',
    path: '/v1/courses',
    auth: 'publishable',
    query: c.CourseQuery,
    response: c.CoursePage,
    paginated: true,
  },
  'courses.providers': {
    method: 'GET',
    path: '/v1/course-providers',
    auth: 'publishable',
    response: c.CourseProviderList,
  },
  'courses.get': {
    method: 'GET',
    path: '/v1/courses/{id}',
    auth: 'publishable',
    response: c.Course,
  },
  'me.courses.signUp': {
    method: 'POST',
    path: '/v1/me/courses/{id}/sign-up',
    auth: 'session',
    response: c.CourseSignUp,
    status: 201,
    idempotencyKey: true,
  },
  'me.courses.cancel': {
    method: 'POST',
    path: '/v1/me/courses/{id}/cancel',
    auth: 'session',
    response: c.Course,
    naturallyIdempotent: true,
  },
  'me.courses.list': {
    method: 'GET',
    path: '/v1/me/courses',
    auth: 'session',
    query: c.CourseSignUpQuery,
    response: c.CourseSignUpPage,
    paginated: true,
  },
} as const satisfies Record<string, Endpoint>;

/** 答题拉力赛: the current round, its questions, submitting once, results and the leaderboard. */
export const quizEndpoints = {
  'quiz.current': {
    method: 'GET',
    path: '/v1/quiz/current',
    auth: 'publishable',
    response: c.MaybeQuizRally,
  },
  'quiz.questions': {
    method: 'GET',
    path: '/v1/quiz/rallies/{id}/questions',
    auth: 'publishable',
    response: c.QuizQuestionList,
  },
  'quiz.leaderboard': {
    method: 'GET',
    path: '/v1/quiz/rallies/{id}/leaderboard',
    auth: 'publishable',
    response: c.QuizLeaderboard,
  },
  'me.quiz.submit': {
    method: 'POST',
    path: '/v1/me/quiz/submissions',
    auth: 'session',
    body: c.QuizSubmissionInput,
    response: c.QuizResult,
    status: 201,
    idempotencyKey: true,
  },
  'me.quiz.result': {
    method: 'GET',
    path: '/v1/me/quiz/rallies/{id}/result',
    auth: 'session',
    response: c.MaybeQuizResult,
  },
} as const satisfies Record<string, Endpoint>;

/** The content family: 劳模风采, 职工课堂 and 答题拉力赛. */
export const contentEndpoints = {
  ...modelWorkerEndpoints,
  ...courseEndpoints,
  ...quizEndpoints,
} as const;
