import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { apiErrorMessage, type Localizer } from '../internal/localize.js';
import { emitError, renderError, renderSkeleton } from '../internal/states.js';

/** Fetches one page; the client's `PagePromise` is a `PromiseLike`. */
export type PageLoader<T> = (
  cursor: string | undefined,
  signal: AbortSignal,
) => PromiseLike<{ data: T[]; nextCursor: string | null }>;

/**
 * `idle`: nothing to ask yet (no client); `loading`: first page in flight (skeleton); `ready`:
 * items shown; `more`: a later page in flight; `error`: the first page failed; `more-error`: a
 * later page failed, the loaded items stay.
 */
export type PagedStatus = 'idle' | 'loading' | 'ready' | 'more' | 'error' | 'more-error';

/**
 * A cursor-paginated list shared by the grid and the histories: first page, next pages on demand,
 * and a reload that aborts whatever is still in flight so a stale page never lands in a new query.
 * Failures leave the host as `jg-error`.
 */
export class PagedList<T extends { id: string }> {
  items: readonly T[] = [];
  next: string | null = null;
  status: PagedStatus = 'idle';
  error: unknown;

  /** The current query's page loader; undefined while there is nothing to ask. */
  loader?: PageLoader<T>;
  private ac?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController({ hostDisconnected: () => this.ac?.abort() });
  }

  /** Starts over with a new query, or shows nothing while there is none (no client yet). */
  reload(loader: PageLoader<T> | undefined): Promise<void> {
    this.ac?.abort();
    this.loader = loader;
    this.items = [];
    this.next = null;
    this.status = loader ? 'loading' : 'idle';
    this.host.requestUpdate();
    return loader ? this.fetch() : Promise.resolve();
  }

  /** Fetches the next page (again, after a failure) unless one is in flight or there is none. */
  more(): Promise<void> {
    const { status } = this;
    if (status !== 'more-error' && (status !== 'ready' || this.next === null)) {
      return Promise.resolve();
    }
    this.status = 'more';
    this.host.requestUpdate();
    return this.fetch(this.next!);
  }

  /** Retries what failed: the first page or the next one. */
  retry(): Promise<void> {
    return this.status === 'more-error' ? this.more() : this.reload(this.loader);
  }

  /** Replaces a loaded item by id (an updated order, a product whose stock changed). */
  replace(item: T): void {
    this.items = this.items.map((old) => (old.id === item.id ? item : old));
    this.host.requestUpdate();
  }

  private async fetch(cursor?: string): Promise<void> {
    const ac = (this.ac = new AbortController());
    try {
      const page = await this.loader!(cursor, ac.signal);
      if (ac.signal.aborted) return;
      // A new array per page: the virtualizer sees a new `items`.
      this.items = cursor ? this.items.concat(page.data) : page.data;
      this.next = page.nextCursor;
      this.status = 'ready';
    } catch (error) {
      if (ac.signal.aborted) return;
      this.error = error;
      this.status = cursor ? 'more-error' : 'error';
      emitError(this.host, error);
    }
    this.host.requestUpdate();
  }
}

/** The skeleton, error or empty state of a list; undefined once there are items to show. */
export function listState<T extends { id: string }>(
  list: PagedList<T>,
  t: Localizer,
  empty: () => TemplateResult,
): TemplateResult | undefined {
  const { status } = list;
  if (status === 'error') return renderError(list.error, t, () => void list.retry());
  if (status === 'idle' || status === 'loading') return renderSkeleton(6, t.base.loading);
  return list.items.length ? undefined : empty();
}

/** Below the items: a "load more" button, busy while a page loads, and why the last one failed. */
export function listMore<T extends { id: string }>(
  list: PagedList<T>,
  t: Localizer,
  label: string,
): TemplateResult | typeof nothing {
  const { status } = list;
  const failed = status === 'more-error';
  return failed || list.next !== null
    ? html`<div class="more">
        ${failed ? html`<span role="alert">${apiErrorMessage(list.error, t.locale)}</span>` : nothing}
        <button
          type="button"
          class="jg-button"
          part="load-more"
          ?disabled=${status === 'more'}
          @click=${() => void list.more()}
        >
          ${failed ? t.base.retry : status === 'more' ? t.base.loading : label}
        </button>
      </div>`
    : nothing;
}

/** A whole list view's body: its state, or the items and the "load more" footer. */
export function renderList<T extends { id: string }>(
  list: PagedList<T>,
  t: Localizer,
  label: string,
  empty: () => TemplateResult,
  item: (item: T) => TemplateResult,
): TemplateResult {
  return (
    listState(list, t, empty) ??
    html`<ul class="list" part="list">
        ${list.items.map(item)}
      </ul>
      ${listMore(list, t, label)}`
  );
}
