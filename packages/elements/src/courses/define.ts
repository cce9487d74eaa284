import {
  JgCourses,
  type JgCourseSignedUpEvent,
  type JgCourseSignUpCancelledEvent,
} from './courses.js';

if (!customElements.get('jg-courses')) customElements.define('jg-courses', JgCourses);

declare global {
  interface HTMLElementTagNameMap {
    'jg-courses': JgCourses;
  }
  interface HTMLElementEventMap {
    'jg-course-signed-up': JgCourseSignedUpEvent;
    'jg-course-sign-up-cancelled': JgCourseSignUpCancelledEvent;
  }
  // The jg-… events bubble out of their shadow roots (composed): document and window get them too.
  /* eslint-disable @typescript-eslint/no-empty-object-type -- these merge into lib.dom's maps */
  interface DocumentEventMap extends Pick<
    HTMLElementEventMap,
    Extract<keyof HTMLElementEventMap, `jg-${string}`>
  > {}
  interface WindowEventMap extends Pick<
    HTMLElementEventMap,
    Extract<keyof HTMLElementEventMap, `jg-${string}`>
  > {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
