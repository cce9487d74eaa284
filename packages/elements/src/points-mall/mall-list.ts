import type { PropertyValues } from 'lit';
import type { JiagongClient } from '@jiagong/client';
import { MallElement } from './mall-element.js';
import { PagedList, type PageLoader } from './paged-list.js';

/**
 * Base of the member's orders and points history: one paged list, loaded when the client
 * changes (and when the history's `type` filter does).
 */
export abstract class MallList<T extends { id: string }> extends MallElement {
  protected readonly list = new PagedList<T>(this);
  private client?: unknown;

  /** Reloads the first page (e.g. after a redemption). */
  reload(): Promise<void> {
    return this.list.reload();
  }

  /** The orders or entries may have changed in another tab, app or phone meanwhile. */
  protected override back(): void {
    this.list.refresh();
  }

  /** The page loader of the current query. */
  protected abstract pages(client: JiagongClient): PageLoader<T>;

  // update(), not willUpdate(): it runs after the controllers' hostUpdate, so the client is
  // resolved for this cycle (a change there during willUpdate would wait for the next one).
  protected override update(changed: PropertyValues): void {
    const client = this.api.client;
    if (client && (client !== this.client || changed.has('type'))) {
      this.client = client;
      void this.list.reload(this.pages(client));
    }
    super.update(changed);
  }
}
