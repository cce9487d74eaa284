/**
 * One page of a cursor-paginated list. (A type, not an interface: like the plain object it is,
 * it goes where a `Record<string, unknown>` is asked for, e.g. to a logger.)
 */
export type Page<Item> = {
  /** The items of this page. */
  data: Item[];
  /** Pass it as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
};

/**
 * What a list method returns. `await` it for the first page, or iterate it with `for await` to
 * get every item of every page (the next page is requested when the current one is used up).
 * Nothing is requested until you do either.
 *
 * @example
 * ```ts
 * const { data, nextCursor } = await client.mall.products.list({ limit: 20 });
 *
 * for await (const product of client.mall.products.list({ category: 'cat_tea' })) {
 *   console.log(product.name);
 * }
 *
 * for await (const page of client.me.orders.list().pages()) render(page.data);
 * ```
 */
export class PagePromise<Item, P extends Page<Item> = Page<Item>>
  implements PromiseLike<P>, AsyncIterable<Item>
{
  private first: Promise<P> | undefined;

  /**
   * Declared only (no code, so no bytes): with it, a `PagePromise` is a `Promise<P>` to
   * TypeScript, as it is to `await`. TanStack Query's `queryFn` and SWR's fetcher return
   * `T | Promise<T>`: without it `T` was the `PagePromise` itself, and `data.data` did not compile.
   */
  declare readonly [Symbol.toStringTag]: string;

  /** @internal */
  constructor(private readonly load: (cursor?: string) => Promise<P>) {}

  /** Fetches the first page (once) and settles with it, like a promise. */
  then<A = P, B = never>(
    onFulfilled?: ((page: P) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return (this.first ??= this.load()).then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`, for the first page. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<P | B> {
    return this.then(undefined, onRejected);
  }

  /** Like `Promise.prototype.finally`, for the first page. */
  finally(onFinally?: (() => void) | null): Promise<P> {
    return this.then().finally(onFinally);
  }

  /** Every page, starting with the first, following `nextCursor`. */
  async *pages(): AsyncGenerator<P, void, undefined> {
    let page = await this.then();
    yield page;
    while (page.nextCursor) {
      page = await this.load(page.nextCursor);
      yield page;
    }
  }

  /** Every item of every page, in order. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }
}
