import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Task } from '@lit/task';
import { focusAfter, renderError, renderSkeleton } from '../internal/states.js';
import type { Localizer } from '../internal/localize.js';
import type { Page, Pages } from './pages.js';

/**
 * The API base of the element or of the nearest ancestor that has one (`<jg-provider>`), across
 * shadow roots: where root-relative asset paths from the API live.
 */
export function apiBaseOf(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    const base = (node as { apiBase?: unknown }).apiBase;
    if (typeof base === 'string' && base) return base;
  }
  return undefined;
}

/**
 * Only http(s) URLs from the API reach `src`/`href` (Lit does not sanitize them); root-relative
 * paths belong to the API's origin.
 */
export function safeUrl(url: string | null | undefined, base?: string): string | undefined {
  try {
    const { href, protocol } = new URL(url!, base || document.baseURI);
    if (url && /^https?:$/.test(protocol)) return href;
  } catch {
    // Not a URL: nothing to link.
  }
  return undefined;
}

/**
 * What a list's search asks the API for: the text trimmed, at most 50 characters (the API's
 * limit), none when empty or unset. Also whether a search filters the list at all.
 */
export const searchQuery = (search: string | undefined): string | undefined =>
  search?.trim().slice(0, 50) || undefined;

/**
 * A task's states: a skeleton until its answer, its error with a retry, else `complete`. The
 * retry leaves with the error: the focus then goes to `focus` in what loaded (its heading), or
 * to the retry again.
 */
export function renderTask<T>(
  task: Task<readonly unknown[], T>,
  t: Localizer,
  lines: number,
  complete: (value: T) => unknown,
  focus: string,
): unknown {
  const skeleton = () => renderSkeleton(lines, t.base.loading);
  // The retry is the button's click listener: it gets the click (from inside the host).
  const retry = async (event?: Event) => {
    const root = (event!.target as Node).getRootNode() as ShadowRoot;
    await task.run();
    await focusAfter(root.host as ReactiveControllerHost & HTMLElement, (r) =>
      r.querySelector(task.error ? '[part~="retry-button"]' : focus),
    );
  };
  return task.render({
    initial: skeleton,
    pending: skeleton,
    complete,
    error: (error) => renderError(error, t, retry),
  });
}

/**
 * Once a list shows what a button that left with it asked for: the focus on the item at `n` (the
 * first new one), else on the retry of a failure, else on the empty state (a retry that found
 * none), rather than on the page's start.
 */
const focusItem = (list: Pages<unknown>, n: number): Promise<void> =>
  focusAfter(
    list.host,
    (root) =>
      root.querySelectorAll('[part~="list"] > li')[n]?.firstElementChild ??
      root.querySelector('[part~="retry-button"], [part~="empty"]'),
  );

/**
 * A paged list's states: a skeleton until its first page, its error with a retry (the focus then
 * on the first item), else `done`.
 */
export function renderPages<T>(
  list: Pages<T>,
  t: Localizer,
  lines: number,
  done: (page: Page<T>) => unknown,
): unknown {
  if (list.error !== undefined) {
    return renderError(list.error, t, async () => {
      await list.reload();
      await focusItem(list, 0);
    });
  }
  return list.value ? done(list.value) : renderSkeleton(lines, t.base.loading);
}

/** Texts of the line under a paged list. */
export interface MoreMessages {
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
}

/**
 * "Load more" / "all shown" / the next page's error under a paged list. The button pressed leaves
 * with the page it asked for when that is the last one, a failure or its retry: the focus goes on
 * to the first new item (else the retry) instead of the page's start.
 */
export function renderMore(
  list: Pages<unknown>,
  t: Localizer,
  m: MoreMessages,
): TemplateResult | typeof nothing {
  const more = async (event?: Event) => {
    const target = event!.target as Node;
    const n = list.value!.data.length;
    await list.more();
    await list.host.updateComplete;
    if (!target.isConnected) await focusItem(list, n);
  };
  // The retry is the button's click listener too: it gets the click.
  if (list.moreError !== undefined) return renderError(list.moreError, t, more);
  if (!list.value?.nextCursor) return html`<p part="end" class="end">${m.allLoaded}</p>`;
  return html`<div class="end">
    <button
      type="button"
      part="load-more"
      class="jg-button"
      aria-disabled=${list.busy}
      @click=${more}
    >
      ${list.busy ? m.loadingMore : m.loadMore}
    </button>
  </div>`;
}

/**
 * A labelled filter `<select>`. `.value` follows the property; `selected` also marks the option
 * when the options arrive after the value (the course providers).
 */
export function renderSelect(
  label: string,
  part: string,
  value: string,
  options: readonly (readonly [value: string, text: string])[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<label class="filter">
    <span>${label}</span>
    <select
      part=${part}
      .value=${value}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </label>`;
}

/**
 * The search field of a filtered list: shows what the member types and sets the host's `search`
 * 300 ms after the last keystroke (at once on Enter) while the host is in the page, and follows
 * `search` when it changes otherwise. Pinyin an IME is still composing is not searched for, and
 * the Enter that picks a candidate is the IME's: the search waits for the committed text.
 */
export class SearchField implements ReactiveController {
  private text = '';
  private seen = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { search: string | undefined },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Unset (React's undefined, a removed attribute's null) is no search, not "undefined".
    const search = this.host.search ?? '';
    if (search !== this.seen) this.text = this.seen = search;
  }

  /** Empties the field, including text not applied yet. */
  clear(): void {
    this.text = '';
    this.apply();
    this.host.requestUpdate();
  }

  /** Sets the host's `search` to the field's text now. */
  private apply(): void {
    clearTimeout(this.timer);
    this.host.search = this.text;
  }

  /** Typing, and the end of an IME composition. */
  private onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    if ((event as InputEvent).isComposing) return;
    // Applied only in the page: a list removed meanwhile asks for nothing, a list moved
    // meanwhile (React re-parenting, a tab container) still applies what was typed.
    this.timer = setTimeout(() => this.host.isConnected && this.apply(), 300);
  };

  /** The labelled field; `lead` (an icon) goes before the input, in its `search-box`. */
  render(label: string, placeholder: string, lead?: unknown): TemplateResult {
    return html`<label class="filter filter-search">
      <span>${label}</span>
      <span class="search-box"
        >${lead}<input
          part="search-input"
          type="search"
          maxlength="50"
          autocomplete="off"
          enterkeyhint="search"
          placeholder=${placeholder}
          .value=${this.text}
          @input=${this.onInput}
          @compositionend=${this.onInput}
          @keydown=${(event: KeyboardEvent) =>
            // keyCode 229: the IME took the key (Safari reports it after the composition ended).
            event.key === 'Enter' && event.keyCode != 229 && this.apply()}
      /></span>
    </label>`;
  }
}

/**
 * Under a filtered list's empty state: clears the filters. The button leaves with that state, so
 * focus goes on to the first filter instead of the page's start.
 */
export function renderClearFilters(
  host: ReactiveControllerHost & HTMLElement,
  label: string,
  clear: () => void,
): TemplateResult {
  return html`<div class="end">
    <button
      type="button"
      part="clear-filters"
      class="jg-button"
      @click=${async () => {
        clear();
        await host.updateComplete;
        host.shadowRoot?.querySelector('select')?.focus();
      }}
    >
      ${label}
    </button>
  </div>`;
}

/** The filter bar of a list: a search landmark whose submit (Enter in a field) reloads nothing. */
export function renderFilters(label: string, filters: TemplateResult): TemplateResult {
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${label}
    @submit=${(event: Event) => event.preventDefault()}
  >
    ${filters}
  </form>`;
}
