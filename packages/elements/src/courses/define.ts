import { JgCourses, type JgCourseSignedUpEvent } from './courses.js';

if (!customElements.get('jg-courses')) customElements.define('jg-courses', JgCourses);

declare global {
  interface HTMLElementTagNameMap {
    'jg-courses': JgCourses;
  }
  interface HTMLElementEventMap {
    'jg-course-signed-up': JgCourseSignedUpEvent;
  }
}
