/** Fired by every data element when loading or an action fails; `error` is the client's typed error. */
export type JgErrorEvent = CustomEvent<{ error: unknown }>;

declare global {
  interface HTMLElementEventMap {
    'jg-error': JgErrorEvent;
  }
}

/** The `detail` type of a `jg-…` event declared in `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a bubbling, composed `jg-…` event from `target`. Returns false when a listener
 * called `preventDefault()` on a cancelable event, so the caller skips its default action.
 */
export function dispatch<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: EventDetail<K>,
  options?: { cancelable?: boolean },
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, ...options }),
  );
}
