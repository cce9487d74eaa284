/**
 * `@jiagong/elements/content` — the platform's content modules: `<jg-model-workers>` (劳模风采),
 * `<jg-courses>` (职工课堂, with the 我在嘉兴挺好的 public-welfare courses) and `<jg-quiz>`
 * (the 答题拉力赛 quiz rally).
 * @packageDocumentation
 */
import './define.js';

export { JgModelWorkers, type JgModelWorkerSelectEvent } from './model-workers.js';
export { JgCourses, type CoursesView, type JgCourseSignedUpEvent } from './courses.js';
export { JgQuiz, type JgQuizStartEvent, type JgQuizSubmittedEvent } from './quiz.js';
export type { JgNavigateDetail, JgNavigateEvent } from '../points-mall/events.js';
export type { JgErrorEvent } from '../internal/events.js';
