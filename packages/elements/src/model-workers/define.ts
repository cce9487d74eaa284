import { JgModelWorkers, type JgModelWorkerSelectEvent } from './model-workers.js';
import type { JgAnyNavigateEvent } from '../points-mall/events.js';

if (!customElements.get('jg-model-workers')) {
  customElements.define('jg-model-workers', JgModelWorkers);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-model-workers': JgModelWorkers;
  }
  interface HTMLElementEventMap {
    'jg-model-worker-select': JgModelWorkerSelectEvent;
    // The points mall's event, for its own views too (`list`, `story`): each element types its own.
    'jg-navigate': JgAnyNavigateEvent;
  }
}
