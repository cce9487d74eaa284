/**
 * The member leaves the page (another tab or app, the tab switcher) and comes back to it:
 * `document.hidden` reads true and false around two `visibilitychange` events, and `meanwhile`
 * runs while the page is away (a redemption on another phone, say). The real getter is back
 * afterwards.
 */
export async function leaveAndComeBack(meanwhile?: () => Promise<unknown>): Promise<void> {
  let hidden = true;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
    await meanwhile?.();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    delete (document as { hidden?: boolean }).hidden;
  }
}
