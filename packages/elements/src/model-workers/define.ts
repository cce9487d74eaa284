import { JgModelWorkers, type JgModelWorkerSelectEvent } from './model-workers.js';

if (!customElements.get('jg-model-workers')) {
  customElements.define('jg-model-workers', JgModelWorkers);
}

declare global {
  interface HTMLElementTagNameMap {
    'jg-model-workers': JgModelWorkers;
  }
  interface HTMLElementEventMap {
    'jg-model-worker-select': JgModelWorkerSelectEvent;
  }
}
