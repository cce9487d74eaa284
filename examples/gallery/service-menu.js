// The service-menu page's own script: what a host app does with these elements.
//   - Routes inside the app: cancel `jg-service-select` and go where the app wants (here: say
//     where; 惠工联盟 scrolls to the merchant list, 积分商城 links to the points-mall page).
//   - Uses jg-union-picker as a plain form field: FormData, validity, reset.

const routeLog = document.querySelector('[data-route-log]');
const inApp = {
  alliance: '#jg-merchant-list',
  mall: './points-mall.html',
};

document.addEventListener('jg-service-select', (event) => {
  const menu = event.composedPath()[0];
  if (!(menu instanceof Element) || !menu.closest('[data-routes]')) return;
  event.preventDefault();
  const { serviceId, url, service } = event.detail;
  const target = inApp[serviceId];
  if (routeLog) {
    routeLog.textContent = target
      ? `jg-service-select: ${service.name} → ${target}`
      : `jg-service-select: ${service.name} (${serviceId}) → ${url} (cancelled in the gallery)`;
  }
  if (target?.startsWith('#')) document.querySelector(target)?.scrollIntoView({ block: 'start' });
  else if (target) location.assign(target);
});

const form = document.getElementById('union-form');
const output = document.getElementById('union-form-output');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const picker = form.querySelector('jg-union-picker');
  const value = new FormData(form).get('unionId');
  const path = picker?.selectedPath?.map((union) => union.name).join(' / ') ?? '';
  output.textContent = `FormData unionId=${value}${path ? ` (${path})` : ''}`;
});
form?.addEventListener('reset', () => {
  output.textContent = '';
});
