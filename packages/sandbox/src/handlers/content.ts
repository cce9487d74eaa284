import { courseHandlers } from './courses.js';
import { modelWorkerHandlers } from './model-workers.js';
import { quizHandlers } from './quiz.js';

/** 劳模风采, 职工课堂 and 答题拉力赛. */
export const contentHandlers = { ...modelWorkerHandlers, ...courseHandlers, ...quizHandlers };
