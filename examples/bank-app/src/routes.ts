// The bank app's own routing around the Jiagong elements: the home screen (accounts, card,
// benefits, services), the points mall and 惠工贷 (the bank's own loan product). The mall and the
// loan views are created when first opened and their element code is imported then, so the home
// screen only loads the families it shows.
import { translate } from './texts.js';

export type Route = 'home' | 'mall' | 'loan';

const views: Record<Exclude<Route, 'home'>, () => Promise<void>> = {
  mall: async () => {
    await import('@jiagong/elements/points-mall');
    const section = panel('积分商城', 'Points mall', 'mall-title');
    section.append(document.createElement('jg-points-mall'));
    view('mall').append(section);
  },
  loan: async () => {
    await import('@jiagong/elements/loan-application');
    const apply = panel('申请惠工贷', 'Apply for a worker loan', 'loan-title');
    const form = document.createElement('jg-loan-application');
    form.channel = '嘉兴银行手机银行';
    apply.append(form);
    const status = panel('我的申请', 'My applications', 'loan-status-title');
    const list = document.createElement('jg-loan-status');
    status.append(list);
    // After submitting, the form itself shows the member's applications with the new one
    // highlighted, so this list steps aside until the member starts another application.
    form.addEventListener('jg-loan-submitted', (event) => {
      list.highlight = event.detail.application.id;
      status.hidden = true;
    });
    form.addEventListener('jg-loan-step', () => {
      status.hidden = false;
    });
    view('loan').append(apply, status);
  },
};

function view(route: Route): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-route="${route}"]`)!;
}

function panel(title: string, english: string, id: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'panel panel--wide';
  section.setAttribute('aria-labelledby', id);
  const heading = document.createElement('h2');
  heading.id = id;
  heading.textContent = title;
  heading.dataset.en = english;
  section.append(heading);
  translate(section);
  return section;
}

const opened = new Set<Route>(['home']);

export function currentRoute(): Route {
  const name = location.hash.replace(/^#\/?/, '');
  return name === 'mall' || name === 'loan' ? name : 'home';
}

/** Shows the route's view (creating it the first time) and marks its tab. */
export async function show(route: Route): Promise<void> {
  if (!opened.has(route) && route !== 'home') {
    opened.add(route);
    await views[route]();
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-route]')) {
    el.hidden = el.dataset.route !== route;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-route-link]')) {
    if (link.dataset.routeLink === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

export function go(route: Route): void {
  location.hash = route === 'home' ? '#/' : `#/${route}`;
}
