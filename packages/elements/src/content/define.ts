import { JgCourses, type JgCourseSignedUpEvent } from './courses.js';
import { JgModelWorkers, type JgModelWorkerSelectEvent } from './model-workers.js';
import { JgQuiz, type JgQuizStartEvent, type JgQuizSubmittedEvent } from './quiz.js';
import type { JgNavigateEvent } from '../points-mall/events.js';

const tags = {
  'jg-model-workers': JgModelWorkers,
  'jg-courses': JgCourses,
  'jg-quiz': JgQuiz,
} as const;

for (const [tag, element] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-model-workers': JgModelWorkers;
    'jg-courses': JgCourses;
    'jg-quiz': JgQuiz;
  }
  interface HTMLElementEventMap {
    'jg-model-worker-select': JgModelWorkerSelectEvent;
    'jg-course-signed-up': JgCourseSignedUpEvent;
    'jg-quiz-start': JgQuizStartEvent;
    'jg-quiz-submitted': JgQuizSubmittedEvent;
    // The same event as the points mall's: the quiz result links into the mall's grid.
    'jg-navigate': JgNavigateEvent;
  }
}
