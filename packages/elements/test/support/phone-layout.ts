// Checks of what a phone shows: iOS Safari zooms the page into a focused text field, select or
// textarea set below 16 px, and nothing may run past a 320 px screen's edge.
import { expect } from '@open-wc/testing';

/** The font size of every text field, select and textarea under `root`, shadow roots included. */
function fieldFontSizes(root: ParentNode): [string, number][] {
  const sizes: [string, number][] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.matches('input:not([type=checkbox], [type=radio]), select, textarea')) {
      sizes.push([`${node.localName}#${node.id}`, parseFloat(getComputedStyle(node).fontSize)]);
    }
    if (node.shadowRoot) sizes.push(...fieldFontSizes(node.shadowRoot));
  }
  return sizes;
}

/** Expects `count` fields at least under `root`, none below 16 px. */
export function expectNoZoomingFields(root: ParentNode, count: number): void {
  const sizes = fieldFontSizes(root);
  expect(sizes.length).to.be.at.least(count);
  expect(sizes.filter(([, px]) => px < 16)).to.deep.equal([]);
}

/** A word no line can hold at 320 px: it must wrap inside its box. */
export const UNBROKEN = `Supercalifragilistic-${'x'.repeat(60)}`;

/** Every node of the shadow root ends inside the element's right edge. */
export function expectWithin(el: Element): void {
  const edge = el.getBoundingClientRect().right + 0.5;
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const right = node.getBoundingClientRect().right;
    expect(right, `${node.localName}.${node.className}`).to.be.at.most(edge);
  }
}

/**
 * The part of `box` (text of `node`) that no clipping ancestor hides, up to `within` (by default
 * the top of `node`'s shadow root), or null when at most a pixel of it shows.
 */
export function visiblePart(node: Element, box: DOMRect, within?: Element): DOMRect | null {
  let { left, top, right, bottom } = box;
  for (let el: Element | null = node; el; el = el === within ? null : el.parentElement) {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = el.getBoundingClientRect();
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  return right - left > 1 && bottom - top > 1
    ? new DOMRect(left, top, right - left, bottom - top)
    : null;
}
