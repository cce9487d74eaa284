import { JgQuiz, type JgQuizStartEvent, type JgQuizSubmittedEvent } from './quiz.js';
import type { JgAnyNavigateEvent } from '../points-mall/events.js';

if (!customElements.get('jg-quiz')) customElements.define('jg-quiz', JgQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'jg-quiz': JgQuiz;
  }
  interface HTMLElementEventMap {
    'jg-quiz-start': JgQuizStartEvent;
    'jg-quiz-submitted': JgQuizSubmittedEvent;
    // The same event as the points mall's: the quiz result links into the mall's grid.
    'jg-navigate': JgAnyNavigateEvent;
  }
}
