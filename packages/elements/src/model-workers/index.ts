/**
 * `@jiagong/elements/model-workers` — `<jg-model-workers>` (劳模风采): stories of model workers
 * and craftsmen, a list and the story itself.
 * @packageDocumentation
 */
import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export {
  JgModelWorkers,
  type JgModelWorkerSelectEvent,
  type JgModelWorkersEventMap,
  type JgModelWorkersNavigateDetail,
  type JgModelWorkersNavigateEvent,
  type ModelWorkersView,
} from './model-workers.js';
export type { JgAnyNavigateEvent } from '../points-mall/events.js';
export type { JgErrorEvent } from '../internal/events.js';
