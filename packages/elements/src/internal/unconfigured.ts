import type { JiagongClient } from '@jiagong/client';
import { ClientController, NotConfiguredError } from './client-controller.js';

/** How long an element waits for a provider or an `api-base` before it says it has neither. */
export const UNCONFIGURED_AFTER_MS = 1500;

/** What the check reads of a controller and its element (private fields at run time). */
interface Watched {
  host: HTMLElement & { apiBase?: string; client?: unknown; requestUpdate(): void };
  client: JiagongClient | undefined;
  _provided: unknown;
  /** The pending check; 0 once removed (only connecting again arms it then). */
  _check?: ReturnType<typeof setTimeout> | 0;
}

/**
 * Whether a `jg-` element encloses `node`, across shadow roots: a `<jg-provider>` (defined or not
 * yet: a lazily loaded provider still configures it) or an element rendering it, which hands it
 * its client.
 */
function enclosed(node: Node): boolean {
  for (let at = node.parentNode ?? (node as ShadowRoot).host; at;) {
    if ((at as Element).localName?.startsWith('jg-')) return true;
    at = at.parentNode ?? (at as ShadowRoot).host;
  }
  return false;
}

let installed = false;

/**
 * Makes a data element with no `<jg-provider>` around it and no `api-base` of its own say so
 * (a partner developer's most common first mistake) instead of showing 加载中… forever: after
 * {@link UNCONFIGURED_AFTER_MS} it logs a console error naming the fix, shows its error state
 * (组件尚未配置服务地址（api-base）, with 重试) and fires `jg-error` with a `NotConfiguredError`.
 * A provider or an `api-base` arriving later still loads the data (the context callback or the
 * next update replaces the failing client).
 *
 * Called by each entry's index (not by the shared base classes), so an entry whose size budget
 * has no room carries none of it; once any entry on the page has called it, every data element
 * of that copy of the SDK gets the check.
 */
export function reportUnconfigured(): void {
  if (installed) return;
  installed = true;
  // Every call fails: `client.me.card.get()`, `client.merchants.list(…)` … reject with the error,
  // and so does iterating a list (`for await (… of client.me.courses.list())`), as a page of a
  // real client would. A caller that only iterates leaves the promise itself unawaited: it is
  // marked handled, so no unhandled rejection reaches the page. Not a thenable and not a client
  // source (`clientFor`), so it is used as a client.
  const failing = (message: string): JiagongClient => {
    const fail = () => {
      const failed = Promise.reject(new NotConfiguredError(message));
      failed.catch(() => {});
      return Object.assign(failed, { [Symbol.asyncIterator]: () => ({ next: () => failed }) });
    };
    const client: JiagongClient = new Proxy(fail, {
      get: (_, key) => (key == 'then' || key == 'clientFor' ? undefined : client),
    }) as unknown as JiagongClient;
    return client;
  };
  const check = (controller: Watched) => {
    const { host } = controller;
    if (
      host.isConnected &&
      !controller.client &&
      !host.apiBase &&
      !host.client &&
      !enclosed(host)
    ) {
      const message = `<${host.localName}> needs api-base, or a <jg-provider> around it`;
      console.error(`[jiagong] ${message}`);
      controller._provided = failing(message);
      host.requestUpdate();
    }
  };
  // Armed on connecting, and by the first update for elements upgraded before this ran (an
  // entry defines them first: they are connected already, and update a microtask later). A
  // removed element's check is cleared, so no timer keeps it in memory.
  const proto = ClientController.prototype as unknown as {
    hostConnected?(this: Watched): void;
    hostDisconnected?(this: Watched): void;
    hostUpdate(this: Watched): void;
  };
  const arm = (controller: Watched) => {
    controller._check = setTimeout(check, UNCONFIGURED_AFTER_MS, controller);
  };
  const update = proto.hostUpdate;
  proto.hostUpdate = function () {
    update.call(this);
    if (!this.client && this._check === undefined) arm(this);
  };
  proto.hostConnected = function () {
    arm(this);
  };
  proto.hostDisconnected = function () {
    clearTimeout(this._check);
    this._check = 0;
  };
}
