/** Fired by every data element when loading or an action fails; `error` is the client's typed error. */
export type JgErrorEvent = CustomEvent<{ error: unknown }>;

declare global {
  interface HTMLElementEventMap {
    'jg-error': JgErrorEvent;
  }
  // The jg-… events bubble out of their shadow roots (composed): document and window get them too.
  // Declared once, here: every element's type extends JgElement, whose declarations import this
  // module, so each entry's types (its published .d.ts too) reach it, and the Pick takes the jg-…
  // events of whichever entries' define.ts the program has loaded.
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
