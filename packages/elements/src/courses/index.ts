/**
 * `@jiagong/elements/courses` — `<jg-courses>` (职工课堂): the union's courses, with the
 * 我在嘉兴挺好的 public-welfare series, seats and sign-up as the member.
 * @packageDocumentation
 */
import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export {
  JgCourses,
  type CoursesView,
  type JgCourseSignedUpEvent,
  type JgCourseSignUpCancelledEvent,
} from './courses.js';
export type { JgErrorEvent } from '../internal/events.js';
