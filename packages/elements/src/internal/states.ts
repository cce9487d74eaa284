import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { dispatch } from './events.js';
import { icon, iconAlert, iconInbox, iconRefresh } from './icons.js';
import { apiErrorMessage, errorRequestId, type Localizer } from './localize.js';

/**
 * Placeholder lines while the first data loads. `label` (usually `t.base.loading`) is read to
 * screen readers; the shimmer stops under `prefers-reduced-motion`.
 */
export function renderSkeleton(lines = 3, label?: string): TemplateResult {
  return html`<div class="jg-skeleton" part="skeleton" role="status" aria-busy="true">
    ${label ? html`<span class="jg-visually-hidden">${label}</span>` : nothing}
    ${Array(lines).fill(html`<div class="jg-skeleton__line"></div>`)}
  </div>`;
}

/** Shown when a request succeeded with nothing to show. */
export function renderEmpty(message: string, detail?: string): TemplateResult {
  return html`<div class="jg-state jg-state--empty" part="empty" role="status">
    <span class="jg-state__icon">${icon(iconInbox)}</span>
    <p class="jg-state__title">${message}</p>
    ${detail ? html`<p class="jg-state__detail">${detail}</p>` : nothing}
  </div>`;
}

/**
 * A failed load: a localized message (never the raw server text), the request id small for
 * support, and a real button that retries.
 */
export function renderError(error: unknown, t: Localizer, onRetry: () => void): TemplateResult {
  const requestId = errorRequestId(error);
  return html`<div class="jg-state jg-state--error" part="error" role="alert">
    <span class="jg-state__icon">${icon(iconAlert)}</span>
    <p class="jg-state__title">${apiErrorMessage(error, t.locale)}</p>
    ${
      requestId ? html`<p class="jg-state__request-id">${t.base.requestId(requestId)}</p>` : nothing
    }
    <button
      type="button"
      class="jg-button jg-button--primary"
      part="retry-button"
      @click=${onRetry}
    >
      ${icon(iconRefresh)}<span>${t.base.retry}</span>
    </button>
  </div>`;
}

/** Announces an error to the host page as a `jg-error` event (aborts are not errors). */
export function emitError(host: EventTarget, error: unknown): void {
  if ((error as { name?: unknown } | undefined)?.name !== 'AbortError') {
    dispatch(host, 'jg-error', { error });
  }
}

/**
 * Wraps a Task function so a failure also leaves the element as a `jg-error` event, then
 * rejects as before (the Task shows the error state).
 */
export function withErrorEvent<A extends readonly unknown[], R>(
  host: EventTarget,
  task: (args: A, options: { signal: AbortSignal }) => R | Promise<R>,
): (args: A, options: { signal: AbortSignal }) => Promise<R> {
  return async (args, options) => {
    try {
      return await task(args, options);
    } catch (error) {
      if (!options.signal.aborted) emitError(host, error);
      throw error;
    }
  };
}

/**
 * Whether `host` may move the keyboard focus now, after work that took a while (a slow 重试, a
 * submit, a timer running out): only while the focus is still in it (its shadow tree counts) or
 * on nobody (the page's body, where it fell when the pressed button left). Never when the member
 * has put it elsewhere on the page meanwhile: the host page's field she is typing in, with the
 * on-screen keyboard up, keeps it. Every element asks this before an asynchronous `focus()`.
 */
export const mayMoveFocus = (host: Element): boolean =>
  host.matches(':focus-within') || !document.querySelector(':focus-within');

/**
 * Once `host` has rendered what a pressed button asked for (the button gone with the view it
 * stood in: 重试, 加载更多, …): the focus on what `find` picks in it (what loaded, a new failure's
 * 重试, the empty state), not on the page's start, where it fell. Only when `mayMoveFocus`. An
 * element that is not a control becomes focusable by script only.
 */
export async function focusAfter(
  host: ReactiveControllerHost & HTMLElement,
  find: (root: ParentNode) => Element | null | undefined,
): Promise<void> {
  await host.updateComplete;
  const to = find(host.shadowRoot!) as HTMLElement | null | undefined;
  if (to && mayMoveFocus(host)) {
    // Adding 0 writes the attribute: -1 (focusable by script) where there was none, a control's 0.
    to.tabIndex += 0;
    to.focus();
  }
}
