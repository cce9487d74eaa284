import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emitError } from '../internal/states.js';

export interface Page<T> {
  data: readonly T[];
  nextCursor: string | null;
}

/** Fetches a page (the first without a cursor); undefined when there is nothing to ask yet. */
export type PageFetch<T> = (
  signal: AbortSignal,
  cursor?: string,
) => PromiseLike<Page<T>> | undefined;

/**
 * A cursor-paginated list: the first page as `value`, asked again whenever `key()` changes (a new
 * client, another filter), then more pages appended on demand. A newer first page aborts the
 * older request, whose answer is dropped; failures leave the element as `jg-error` events.
 */
export class Pages<T> implements ReactiveController {
  /** The items so far and the next cursor; undefined while the first page loads. */
  value?: Page<T>;
  /** The first page failed. */
  error?: unknown;
  /** A next page is in flight. */
  busy = false;
  /** The next page failed (the loaded items stay). */
  moreError?: unknown;
  private ctl?: AbortController;
  private key?: readonly unknown[];

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly keyOf: () => readonly unknown[],
    private readonly fetch: PageFetch<T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.keyOf();
    if (!this.key || key.some((v, i) => v !== this.key![i])) {
      this.key = key;
      void this.reload();
    }
  }

  /** Loads the first page again (a retry button); resolves once it is in (or failed). */
  reload(): Promise<void> {
    this.ctl?.abort();
    this.ctl = new AbortController();
    this.value = this.error = this.moreError = undefined;
    this.busy = false;
    return this.load();
  }

  /** Fetches the next page unless one is in flight or there is none; resolves once it is in. */
  more(): Promise<void> | undefined {
    if (this.busy || !this.value?.nextCursor) return;
    this.busy = true;
    this.moreError = undefined;
    return this.load(this.value.nextCursor);
  }

  /** Asks for the first page, or the one at `cursor`, appended to the list as it is by then. */
  private async load(cursor?: string): Promise<void> {
    const { signal } = this.ctl!;
    const pending = this.fetch(signal, cursor);
    this.host.requestUpdate();
    if (!pending) return;
    try {
      const page = await pending;
      if (signal.aborted) return;
      // The list as it is now: a sign-up meanwhile may have replaced a course in it.
      this.value = cursor
        ? { data: this.value!.data.concat(page.data), nextCursor: page.nextCursor }
        : page;
    } catch (error) {
      if (signal.aborted) return;
      if (cursor) this.moreError = error;
      else this.error = error;
      emitError(this.host, error);
    }
    this.busy = false;
    this.host.requestUpdate();
  }
}
