/**
 * Calls `onChange(visible)` now and whenever the member starts or stops being able to see
 * `host`: the page hidden (another app or tab in front) or the element off screen
 * (`display: none`, scrolled away, a closed dialog). Returns the function that stops watching.
 * The member code stops renewing and a revealed card number is masked while nobody can see them.
 */
export function watchVisibility(host: Element, onChange: (visible: boolean) => void): () => void {
  let inView = true;
  const check = () => onChange(inView && document.visibilityState != 'hidden');
  const observer = new IntersectionObserver((entries) => {
    inView = entries.some((entry) => entry.isIntersecting);
    check();
  });
  observer.observe(host);
  document.addEventListener('visibilitychange', check);
  check();
  return () => {
    observer.disconnect();
    document.removeEventListener('visibilitychange', check);
  };
}
