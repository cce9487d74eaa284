/**
 * `@jiagong/elements/quiz` — `<jg-quiz>` (答题拉力赛): the quiz rally, one question at a time,
 * scored by the server, with the points earned and a link into the points mall.
 * @packageDocumentation
 */
import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export { JgQuiz, type JgQuizStartEvent, type JgQuizSubmittedEvent } from './quiz.js';
export type {
  JgAnyNavigateEvent,
  JgMallEventMap,
  JgNavigateDetail,
  JgNavigateEvent,
} from '../points-mall/events.js';
export type { JgErrorEvent } from '../internal/events.js';
