// The points mall's product grid as its tests set it up: in a box as wide as a phone or a
// partner's panel, one category loaded whole, its text enlarged as a member enlarges it.
import { html, type TemplateResult } from 'lit';
import type { JgMallProductGrid } from '../../src/points-mall/mall-product-grid.js';
import { isLoading, providerFixture, waitUntil } from './test-helpers.js';

/**
 * The light theme's text at 200 % (a member's font size in Android, WeChat or the browser; a
 * host's own text-size setting), as the --jg-font-size-* tokens it sets.
 */
export const DOUBLED =
  '--jg-font-size-sm:26px;--jg-font-size-md:30px;--jg-font-size-lg:36px;--jg-font-size-xl:44px';

/** The product cards the grid shows. */
export const cards = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="product"]'),
];

/** `grid` (a template of one grid) without a session, in a box `width` px wide. */
export async function boxedGrid(
  width: number,
  grid: TemplateResult = html`<jg-mall-product-grid></jg-mall-product-grid>`,
): Promise<JgMallProductGrid> {
  const box = await providerFixture<HTMLElement>(
    null,
    html`<div style="width: ${width}px">${grid}</div>`,
    { wait: false },
  );
  return box.querySelector<JgMallProductGrid>('jg-mall-product-grid')!;
}

/** Shows one category, all of it loaded: no further page (nor its render) follows a scroll. */
export async function wholeCategory(el: JgMallProductGrid): Promise<void> {
  el.category = 'cat_union';
  await waitUntil(
    () =>
      !isLoading(el) &&
      cards(el).length > 0 &&
      !el.shadowRoot!.querySelector('[part~="load-more"]'),
    'the category did not load whole',
  );
  await el.updateComplete;
}

/** Enlarges the text of an open grid to 200 %, as a member does with the mall open. */
export function enlargeText(el: HTMLElement): void {
  el.style.cssText += DOUBLED;
}
