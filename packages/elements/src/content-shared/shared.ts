import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from '../internal/states.js';
import type { Localizer } from '../internal/localize.js';
import type { PagedList } from '../points-mall/paged-list.js';

/** A heading level for `aria-level` that fits the host page's outline (2–6). */
export function level(value: number, fallback: number): number {
  return Math.min(6, Math.max(2, Math.round(value) || fallback));
}

/**
 * Only http(s) URLs from the API reach `src`/`href` (Lit does not sanitize them); root-relative
 * paths belong to the API's origin.
 */
export function safeUrl(
  url: string | null | undefined,
  base: string | undefined,
): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base || document.baseURI);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** "Load more" / "all shown" / the next page's error under a paged list. */
export function renderMore(
  list: PagedList<unknown>,
  t: Localizer,
  m: { loadMore: string; loadingMore: string; allLoaded: string },
): TemplateResult | typeof nothing {
  if (list.status === 'more-error') return renderError(list.error, t, () => void list.retry());
  if (!list.hasMore) return html`<p part="end" class="end">${m.allLoaded}</p>`;
  return html`<div class="center">
    <button
      type="button"
      part="load-more"
      class="jg-button"
      aria-disabled=${list.loadingMore ? 'true' : 'false'}
      @click=${() => void list.loadMore()}
    >
      ${list.loadingMore ? m.loadingMore : m.loadMore}
    </button>
  </div>`;
}
