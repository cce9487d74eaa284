import type { ReactiveElement } from 'lit';

/**
 * Calls `onChange(visible)` while `host` is connected, when it connects and whenever the member
 * starts or stops being able to see it: the page hidden (another app or tab in front) or the
 * element off screen (`display: none`, scrolled away, a closed dialog); and `false` when it
 * disconnects. Also called when the network comes back (`online`), so what failed offline can
 * be asked again. The member code stops renewing and a revealed card number is masked while nobody
 * can see them. A controller, so the elements need no connected/disconnected callbacks of their
 * own, and nothing touches the DOM before the element connects (server rendering).
 */
export function watchVisibility(host: ReactiveElement, onChange: (visible: boolean) => void): void {
  let inView: boolean;
  let last: boolean | undefined;
  let observer: IntersectionObserver;
  // Only a change is reported (the observer's first answer usually repeats what connecting
  // assumed: reporting it again made a card that had just failed load a second time), and every
  // `online`, which is news whatever the visibility.
  const check = (event?: Event) => {
    const visible = inView && document.visibilityState != 'hidden';
    if (event?.type == 'online' || visible != last) onChange((last = visible));
  };
  host.addController({
    hostConnected() {
      inView = true;
      last = undefined;
      observer = new IntersectionObserver((entries) => {
        inView = entries.some((entry) => entry.isIntersecting);
        check();
      });
      observer.observe(host);
      document.addEventListener('visibilitychange', check);
      addEventListener('online', check);
      check();
    },
    hostDisconnected() {
      observer.disconnect();
      document.removeEventListener('visibilitychange', check);
      removeEventListener('online', check);
      onChange(false);
    },
  });
}
