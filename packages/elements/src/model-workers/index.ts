/**
 * `@jiagong/elements/model-workers` — `<jg-model-workers>` (劳模风采): stories of model workers
 * and craftsmen, a list and the story itself.
 * @packageDocumentation
 */
import './define.js';

export { JgModelWorkers, type JgModelWorkerSelectEvent } from './model-workers.js';
export type { JgErrorEvent } from '../internal/events.js';
