/**
 * An image that will not load (its host blocked by an intranet proxy or the page's CSP, a 404, a
 * phone offline) shows the browser's broken-image icon and, beside it, its alt text clipped by
 * the box. This swaps it for an empty image, so the element's own placeholder background shows
 * in the same box. (A `data:` image: the CSP in docs/csp.md allows them; should a stricter one
 * refuse it too, the check stops there.) Use as `@error=${imageFailed}`, or as a capturing
 * `error` listener on a shadow root: `error` does not bubble.
 */
export function imageFailed(event: Event): void {
  const image = event.target as HTMLImageElement;
  if (image.src != BLANK) image.src = BLANK;
}

const BLANK = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>';
