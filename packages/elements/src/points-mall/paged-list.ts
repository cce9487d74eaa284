import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { apiErrorMessage, type Localizer } from '../internal/localize.js';
import { emitError, focusAfter, renderError, renderSkeleton } from '../internal/states.js';

/** Fetches one page; the client's `PagePromise` is a `PromiseLike`. */
export type PageLoader<T> = (
  cursor: string | undefined,
  signal: AbortSignal,
  limit?: number,
) => PromiseLike<{ data: T[]; nextCursor: string | null }>;

/**
 * A cursor-paginated list shared by the grid and the histories: first page, next pages on demand,
 * and a reload that aborts whatever is still in flight so a stale page never lands in a new query.
 * Failures leave the host as `jg-error`.
 *
 * Before the first page (`loaded` false) the list shows a skeleton, or `error` when that page
 * failed; after it, the items stay and a failed later page shows beside "load more".
 */
export class PagedList<T extends { id: string }> {
  items: readonly T[] = [];
  next: string | null = null;
  // These two start unset (falsy), which saves their initializers' bytes in the mall.
  /** Whether the current query's first page arrived. */
  loaded?: boolean;
  /** A page is in flight. */
  busy?: boolean;
  /** Why the last page failed; cleared when the next one is asked for. */
  error: unknown;

  /** The current query's page loader; null while there is nothing to ask (no client). */
  loader?: PageLoader<T> | null;
  private ac?: AbortController;
  /** Asks again for the page in flight (the first, the next, or a refresh). */
  private again?: () => Promise<void>;

  constructor(readonly host: ReactiveElement) {
    // A page cut short by a disconnection (still `busy`) is asked again on reconnection: a list
    // moved while loading (React re-parenting, a tab container) would otherwise never load. The
    // same request: a refresh cut short is a refresh again, not the next page.
    host.addController({
      hostDisconnected: () => this.ac?.abort(),
      hostConnected: () => void (this.busy && this.again!()),
    });
  }

  /**
   * Starts over with a new query (the current one when none is given), or shows nothing while
   * there is none (null: no client yet).
   */
  reload(loader: PageLoader<T> | null | undefined = this.loader): Promise<void> {
    this.ac?.abort();
    this.loader = loader;
    this.items = [];
    this.next = null;
    this.loaded = this.busy = false;
    return this.fetch();
  }

  /**
   * Fetches the next page (again, after a failure) unless one is in flight or there is none.
   * Nobody waits for it: what it answers is `false` when it asks nothing.
   */
  more(): unknown {
    return this.loaded && !this.busy && this.next !== null && this.fetch(this.next);
  }

  /**
   * The member is back: the loaded items read again in one request as large as what is loaded,
   * in place (no skeleton; as many items, so the pages and the scroll stay), what is new on top.
   * None while a page is in flight, nor past the API's 100 items (a member that deep reads older
   * ones); a failure leaves the list as it was, an empty one included (a page's size then: a
   * refresh always has a limit, which is what keeps its failure quiet).
   */
  refresh(): void {
    const count = this.items.length;
    if (this.loaded && !this.busy && count <= 100) void this.fetch(undefined, count || 20);
  }

  /** Replaces a loaded item by id (an updated order, a product whose stock changed). */
  replace(item: T): void {
    this.items = this.items.map((old) => (old.id === item.id ? item : old));
    this.host.requestUpdate();
  }

  /** A page after `cursor`; with `limit` and no cursor, a refresh of what is loaded. */
  private async fetch(cursor?: string, limit?: number): Promise<void> {
    const { loader, host } = this;
    this.error = undefined;
    host.requestUpdate();
    if (!loader) return;
    const ac = (this.ac = new AbortController());
    this.again = () => this.fetch(cursor, limit);
    this.busy = true;
    try {
      const { data, nextCursor } = await loader(cursor, ac.signal, limit);
      if (ac.signal.aborted) return;
      // A new array per page: the virtualizer sees a new `items`.
      this.items = cursor ? this.items.concat(data) : data;
      this.next = nextCursor;
      this.loaded = true;
    } catch (error) {
      if (ac.signal.aborted) return;
      if (!limit) {
        this.error = error;
        emitError(host, error);
      }
    }
    this.busy = false;
    host.requestUpdate();
  }
}

/**
 * 重试 pressed, and `done` (what it asked) over: the focus on what loaded (a product's name, the
 * first order or entry, the grid's count of products), else on the 重试 of a new failure, else on
 * the empty state (focusable by script only), not on the page's start, where it fell when the
 * button left.
 */
export async function afterRetry(host: ReactiveElement, done: unknown): Promise<void> {
  await done;
  return focusIn(host, '#name,li,[part~=status],[part~=retry-button],[part~=empty]');
}

/**
 * Once the host has rendered: the focus on what `selector` finds in it, unless the member has put
 * it elsewhere meanwhile (internal/states.ts' focusAfter).
 */
export const focusIn = (host: ReactiveElement, selector: string): Promise<void> =>
  focusAfter(host, (root) => root.querySelector(selector));

/** The skeleton, error or empty state of a list; undefined once there are items to show. */
export function listState<T extends { id: string }>(
  list: PagedList<T>,
  t: Localizer,
  empty: () => TemplateResult,
): TemplateResult | undefined {
  return !list.loaded
    ? list.error
      ? // A first page failed: asked again (a next page's 重试 is listMore's button).
        renderError(list.error, t, () => void afterRetry(list.host, list.reload()))
      : renderSkeleton(6, t.base.loading)
    : list.items.length
      ? undefined
      : empty();
}

/** Below the items: a "load more" button, busy while a page loads, and why the last one failed. */
export function listMore<T extends { id: string }>(
  list: PagedList<T>,
  t: Localizer,
  label: string,
): TemplateResult | typeof nothing {
  const { error, busy } = list;
  return list.next !== null
    ? html`<div class="more">
        ${error ? html`<span role="alert">${apiErrorMessage(error, t.locale)}</span>` : nothing}
        <button
          class="jg-button"
          part="load-more"
          aria-disabled=${!!busy}
          @click=${async ({ target }: Event) => {
            // Not disabled while a page loads, which would drop the keyboard focus to the page;
            // when the last page takes the button away, the focus goes to its first item.
            const items = (target as Element).parentElement!.previousElementSibling!;
            const n = list.items.length;
            await list.more();
            await list.host.updateComplete;
            if (!(target as Element).isConnected) {
              (
                items.querySelector<HTMLElement>(`[data-index="${n}"]`) ??
                (items.children[n] as HTMLElement | undefined)
              )?.focus();
            }
          }}
        >
          ${error ? t.base.retry : busy ? t.base.loading : label}
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
        ${repeat(list.items, (entry) => entry.id, item)}
      </ul>
      ${listMore(list, t, label)}`
  );
}
