import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Localizer } from '../internal/localize.js';
import { emitError, renderError, renderSkeleton } from '../internal/states.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Fetches what the element shows; undefined when there is nothing to ask yet (no client). */
export type Fetch<T> = (signal: AbortSignal, cursor?: string) => PromiseLike<T> | undefined;

/**
 * One request whose answer an element shows, asked again whenever `key()` changes (a new
 * client, another id or filter). The content modules' small stand-in for @lit/task: a newer run
 * aborts the older one, whose answer is dropped; a failure stays in `error` and leaves the
 * element as a `jg-error` event.
 */
export class Load<T> implements ReactiveController {
  /** The answer; undefined while loading (or before there is anything to load). */
  value?: T;
  error?: unknown;
  /** The latest run, settled once its answer or error is in place. */
  done?: Promise<void>;
  protected ctl?: AbortController;
  private key?: readonly unknown[];

  constructor(
    protected readonly host: Host,
    private readonly keyOf: () => readonly unknown[],
    protected readonly fetch: Fetch<T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.keyOf();
    if (!this.key || key.some((v, i) => v !== this.key![i])) {
      this.key = key;
      void this.run();
    }
  }

  /** Loads again (a retry button). */
  run(): Promise<void> {
    this.ctl?.abort();
    const ctl = (this.ctl = new AbortController());
    this.value = this.error = undefined;
    this.host.requestUpdate();
    return (this.done = this.settle(ctl, this.fetch(ctl.signal), (v) => (this.value = v)));
  }

  /** Awaits `pending`, then keeps its answer (`keep`) or error unless a newer run started. */
  protected async settle<R>(
    ctl: AbortController,
    pending: PromiseLike<R> | undefined,
    keep: (value: R) => void,
    fail = (error: unknown) => (this.error = error),
  ): Promise<void> {
    if (!pending) return;
    try {
      const value = await pending;
      if (ctl.signal.aborted) return;
      keep(value);
    } catch (error) {
      if (ctl.signal.aborted) return;
      fail(error);
      emitError(this.host, error);
    }
    this.host.requestUpdate();
  }

  /** A skeleton while loading, the error with a retry, else `done(value)`. */
  render(t: Localizer, lines: number, done: (value: T) => unknown): unknown {
    if (this.error !== undefined) return renderError(this.error, t, () => void this.run());
    return this.value === undefined ? renderSkeleton(lines, t.base.loading) : done(this.value);
  }
}

/** A cursor-paginated list: the first page as `value`, then more pages appended on demand. */
export class Pages<T> extends Load<{ data: readonly T[]; nextCursor: string | null }> {
  /** A next page is in flight. */
  busy = false;
  /** The next page failed (the loaded items stay). */
  moreError?: unknown;

  override run(): Promise<void> {
    this.busy = false;
    this.moreError = undefined;
    return super.run();
  }

  /** Fetches the next page unless one is in flight or there is none. */
  more(): void {
    const page = this.value;
    const ctl = this.ctl!;
    if (this.busy || !page?.nextCursor) return;
    this.busy = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    void this.settle(
      ctl,
      this.fetch(ctl.signal, page.nextCursor),
      (next) => {
        this.busy = false;
        this.value = { data: page.data.concat(next.data), nextCursor: next.nextCursor };
      },
      (error) => {
        this.busy = false;
        this.moreError = error;
      },
    );
  }
}
