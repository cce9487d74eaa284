// The member-card page's own script: a bank app keeps its financial products inside the app by
// cancelling `jg-benefit-select`; the others would open their own pages, which this demo page
// reports instead of leaving.
const log = document.querySelector('[data-route-log]');

document.addEventListener('jg-benefit-select', (event) => {
  const source = event.composedPath()[0];
  if (!(source instanceof Element) || !source.closest('[data-routes]')) return;
  const { benefit } = event.detail;
  if (benefit.group !== 'financial') {
    // Demo page: report instead of leaving it.
    event.preventDefault();
    if (log) log.textContent = `jg-benefit-select: ${benefit.title} → its own page`;
    return;
  }
  event.preventDefault();
  if (log) log.textContent = `jg-benefit-select: ${benefit.title} → opened inside the bank app`;
});
