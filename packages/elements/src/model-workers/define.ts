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
