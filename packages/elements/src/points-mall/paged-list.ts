import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Fetches one page; the client's `PagePromise` is a `PromiseLike`. */
export type PageLoader<T> = (
  cursor: string | undefined,
  signal: AbortSignal,
) => PromiseLike<Page<T>>;

/**
 * `initial`: nothing asked yet; `loading`: first page in flight (skeleton); `ready`: items shown;
 * `error`: the first page failed; `more-error`: a later page failed, the loaded items stay.
 */
export type PagedStatus = 'initial' | 'loading' | 'ready' | 'error' | 'more-error';

/**
 * A cursor-paginated list shared by the grid and the histories: first page, next pages on demand,
 * and a reset that aborts whatever is still in flight so a stale page never lands in a new query.
 */
export class PagedList<T> implements ReactiveController {
  items: readonly T[] = [];
  nextCursor: string | null = null;
  status: PagedStatus = 'initial';
  error: unknown = undefined;
  loadingMore = false;

  private controller?: AbortController;
  private loader?: PageLoader<T>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError?: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /**
   * Starts over with a new loader (new query), or shows nothing while there is none (no client
   * yet); resolves once the first page settled.
   */
  reload(loader: PageLoader<T> | undefined): Promise<void> {
    this.controller?.abort();
    this.loader = loader;
    this.items = [];
    this.nextCursor = null;
    this.loadingMore = false;
    this.error = undefined;
    if (!loader) {
      this.status = 'initial';
      this.host.requestUpdate();
      return Promise.resolve();
    }
    this.status = 'loading';
    this.host.requestUpdate();
    return this.fetch(undefined);
  }

  /** Fetches the next page unless one is in flight or there is none. */
  loadMore(): Promise<void> {
    if (this.loadingMore || this.status === 'loading' || !this.loader) return Promise.resolve();
    if (this.status === 'more-error') this.status = 'ready';
    else if (this.nextCursor === null) return Promise.resolve();
    this.loadingMore = true;
    this.host.requestUpdate();
    return this.fetch(this.nextCursor ?? undefined);
  }

  /** Retries what failed: the first page or the next one. */
  retry(): Promise<void> {
    return this.status === 'more-error' ? this.loadMore() : this.reload(this.loader);
  }

  /** Replaces matching items in place (an updated order, a product whose stock changed). */
  update(match: (item: T) => boolean, change: (item: T) => T): void {
    let changed = false;
    const next = this.items.map((item) => {
      if (!match(item)) return item;
      changed = true;
      return change(item);
    });
    if (changed) {
      this.items = next;
      this.host.requestUpdate();
    }
  }

  private async fetch(cursor: string | undefined): Promise<void> {
    const loader = this.loader!;
    const controller = (this.controller = new AbortController());
    try {
      const page = await loader(cursor, controller.signal);
      if (controller.signal.aborted) return;
      // One concat per page: the array is replaced so the virtualizer sees a new `items`.
      this.items = cursor === undefined ? page.data : this.items.concat(page.data);
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = cursor === undefined ? 'error' : 'more-error';
      this.onError?.(error);
    } finally {
      if (!controller.signal.aborted) {
        this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }
}
