// The points-mall page's own script: a host app that keeps the mall's view in its router.
// The mall marked `data-hash-router` never changes view by itself: its `jg-navigate` is
// cancelled, the page puts the wanted view in the URL hash (#mall/<view>[/<productId>]), and
// the hash sets `view` / `product-id` — so Back and Forward and shared links work.

const mall = document.querySelector('jg-points-mall[data-hash-router]');
const log = document.querySelector('[data-route-log]');
const VIEWS = ['grid', 'product', 'orders', 'points'];

function fromHash() {
  const [prefix, view, productId] = location.hash.slice(1).split('/');
  if (prefix !== 'mall' || !VIEWS.includes(view)) return;
  mall.setAttribute('view', view);
  if (productId) mall.setAttribute('product-id', decodeURIComponent(productId));
  if (log) log.textContent = `view="${view}"${productId ? ` product-id="${productId}"` : ''}`;
}

if (mall) {
  mall.addEventListener('jg-navigate', (event) => {
    event.preventDefault();
    const { view, productId } = event.detail;
    location.hash = `mall/${view}${productId ? `/${encodeURIComponent(productId)}` : ''}`;
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
}
