import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pixels rendered beyond each edge of the visible area, so a fast scroll shows no gap. */
const OVERSCAN = 400;

/**
 * A virtualised grid of equal, fixed-size cells: only the rows in or near view are rendered,
 * into a CSS grid box that keeps the height of the whole list (so scrollbars and what follows
 * stay put) and is padded down to the first rendered row. It follows the window and every
 * clipping ancestor (across shadow roots), and the box's width for the column count.
 *
 * @lit-labs/virtualizer does this for any layout at ~10 KB gzip; every cell here has the same
 * size, so the range is arithmetic and a few hundred bytes do.
 */
export class VirtualGrid implements ReactiveController {
  /** Index of the first rendered item. */
  first = 0;
  /** Index after the last rendered item. */
  end = 0;
  /** An item to keep rendered whatever the scroll position (the card being focused). */
  pin?: number;
  private cols = 1;
  private clippers?: EventTarget[];
  private ro?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The box holding the cells, its cell size now and the item count. */
    private readonly view: () => {
      box: HTMLElement | null;
      size: readonly number[];
      count: number;
    },
    /** Called when the rendered range changed (to fetch the next page near the end). */
    private readonly onRange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('resize', this.measure);
    // Width changes the column count; a hidden grid shown again has its first real size.
    // Measured in the next frame, so no size change lands inside the observer's own frame.
    (this.ro ??= new ResizeObserver(() => requestAnimationFrame(this.measure))).observe(this.host);
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.measure);
    this.ro?.disconnect();
    this.listen('removeEventListener');
    this.clippers = undefined;
  }

  /** After every render: the items or the box may have changed. */
  hostUpdated(): void {
    this.measure();
  }

  /** The column count of the last measure (for moving up and down by row). */
  get columns(): number {
    return this.cols;
  }

  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    for (const target of this.clippers ?? []) target[method]('scroll', this.measure);
  }

  private measure = (): void => {
    const { box, size, count } = this.view();
    if (!box?.clientWidth) return;
    if (!this.clippers) {
      this.clippers = [window];
      for (let node = box.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host) {
        if (node instanceof Element && getComputedStyle(node).overflowY !== 'visible') {
          this.clippers.push(node);
        }
      }
      this.listen('addEventListener');
    }
    const [width, height] = size as [number, number];
    const cols = Math.max(1, Math.floor(box.clientWidth / width));
    // The visible band: the window's, narrowed by every clipping ancestor.
    let top = 0;
    let bottom = innerHeight;
    for (const clipper of this.clippers) {
      if (clipper === window) continue;
      const rect = (clipper as Element).getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
    const origin = box.getBoundingClientRect().top;
    const rows = Math.ceil(count / cols);
    let row = Math.max(0, Math.floor((top - origin - OVERSCAN) / height));
    let endRow = Math.ceil((bottom - origin + OVERSCAN) / height);
    const pinned = this.pin === undefined ? row : Math.floor(this.pin / cols);
    if (pinned < row || pinned >= endRow) endRow = (row = pinned) + 1;
    row = Math.min(row, rows);
    const first = Math.min(count, row * cols);
    const end = Math.max(first, Math.min(count, endRow * cols));
    const style = box.style;
    style.gridTemplateColumns = `repeat(${cols},${width}px)`;
    style.gridAutoRows = `${height}px`;
    style.height = `${rows * height}px`;
    style.paddingTop = `${row * height}px`;
    this.cols = cols;
    if (first !== this.first || end !== this.end) {
      this.first = first;
      this.end = end;
      this.host.requestUpdate();
      this.onRange();
    }
  };
}
