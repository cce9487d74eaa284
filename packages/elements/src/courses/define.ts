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
}
