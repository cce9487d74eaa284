import { html, nothing, type TemplateResult } from 'lit';
import type { Product } from '@jiagong/contract';
import type { Localizer } from '../internal/localize.js';
import type { MallMessages } from './messages.js';

/** `1,200 积分` with the cash part (`+ ¥9.90`) when the product has one. */
export function productPrice(
  product: Pick<Product, 'pointsPrice' | 'cashPriceFen'>,
  t: Localizer,
  m: MallMessages,
  quantity = 1,
): TemplateResult {
  return html`<strong>${t.formatNumber(product.pointsPrice * quantity)}</strong>
    <span class="unit">${m.pointsUnit}</span>
    ${
      product.cashPriceFen > 0
        ? html`<span class="cash"
            >${m.cashPlus(t.formatFen(product.cashPriceFen * quantity))}</span
          >`
        : nothing
    }`;
}

/**
 * The API may answer root-relative image paths ("a path served by the API"); they belong to
 * the API's origin, not the page's.
 */
export function resolveAssetUrl(url: string, apiBase: string | undefined): string {
  if (!url.startsWith('/') || url.startsWith('//') || !apiBase) return url;
  try {
    return new URL(url, apiBase).href;
  } catch {
    return url;
  }
}

/**
 * The API base an element talks to, for root-relative asset paths: its own `api-base`, else the
 * nearest one up the composed tree (the `<jg-points-mall>` or `<jg-provider>` around it).
 */
export function apiBaseOf(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    const base = (node as { apiBase?: unknown }).apiBase;
    if (typeof base === 'string' && base) return base;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
