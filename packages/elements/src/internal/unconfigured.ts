import type { JiagongClient } from '@jiagong/client';
import { ClientController, NotConfiguredError } from './client-controller.js';

/** How long an element waits for a provider or an `api-base` before it says it has neither. */
export const UNCONFIGURED_AFTER_MS = 1500;

/** What the check reads of a controller and its element (private fields at run time). */
interface Watched {
  host: HTMLElement & { apiBase?: string; client?: unknown; requestUpdate(): void };
  client: JiagongClient | undefined;
  _provided: unknown;
}

const proto = ClientController.prototype as unknown as { hostUpdate(this: Watched): void };
const update = proto.hostUpdate;

/**
 * Makes a data element with no `<jg-provider>` around it and no `api-base` of its own say so
 * (a partner developer's most common first mistake) instead of showing 加载中… forever: after
 * {@link UNCONFIGURED_AFTER_MS} it logs a console error naming the fix, shows its error state
 * (组件尚未配置服务地址（api-base）, with 重试) and fires `jg-error` with a `NotConfiguredError`.
 * A provider or an `api-base` arriving later still loads the data (the context callback or the
 * next update replaces the failing client). A `jg-` element around it, across shadow roots,
 * counts as configuring it: a `<jg-provider>` defined or not yet (a lazily loaded one still
 * configures it), or an element rendering it, which hands it its client.
 *
 * Called by each entry's index (not by the shared base classes), so an entry whose size budget
 * has no room carries none of it; once any entry on the page has called it, every data element
 * of that copy of the SDK gets the check. Written for size: each entry carrying it pays for
 * every byte (docs/troubleshooting.md).
 */
export function reportUnconfigured(): void {
  // Armed by each update without a client (elements upgraded before this ran included: an
  // entry defines them first, and they update a microtask later). The first check to find none
  // hands over the failing client, which the element takes in the update it requests, before
  // any later check runs: one report. An element with a client (a provider's, or its own from
  // api-base) arms nothing, so no timer keeps a removed one in memory; a removed unconfigured
  // one stays until its checks (which report it: it was unconfigured).
  proto.hostUpdate = function () {
    update.call(this);
    const { host } = this;
    if (!this.client) {
      setTimeout(() => {
        if (this.client || host.apiBase || host.client) return;
        for (let at: Node | null = host; (at = at.parentNode || (at as ShadowRoot).host);) {
          if ((at as Element).localName?.startsWith('jg-')) return;
        }
        const error = new NotConfiguredError(
          `[jiagong] <${host.localName}> needs api-base, or a <jg-provider> around it`,
        );
        console.error(error);
        // Every call (`client.me.card.get()`, `client.merchants.list(…)`) gives this client
        // back: a thenable that rejects with the error once awaited, iterated (`for await`) or
        // chained (`.then`), so nothing rejects unawaited, as an unhandled rejection on the page.
        // As the provided value, its `clientFor(…)` gives it too.
        const failing: JiagongClient = new Proxy(() => failing, {
          get: (_, key) =>
            key == 'then'
              ? (ok: never, fail: never) => Promise.reject(error).then(ok, fail)
              : failing,
        }) as unknown as JiagongClient;
        this._provided = failing;
        host.requestUpdate();
      }, UNCONFIGURED_AFTER_MS);
    }
  };
}
