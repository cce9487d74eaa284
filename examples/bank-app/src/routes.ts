// The bank app's own routing around the Jiagong elements: the home screen (accounts, card,
// benefits, services), the points mall, 惠工贷 (the bank's own loan product) and 我的授权 (where
// the member withdraws the consents the loan form asks for). The mall and the loan views are
// created when first opened and their element code is imported then, so the home screen only
// loads the families it shows. 我的授权 shows at once, its space reserved (app.css) while its
// code loads.
import { translate } from './texts.js';

export type Route = 'home' | 'mall' | 'loan' | 'consents';

const routes: readonly Route[] = ['home', 'mall', 'loan', 'consents'];

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
    // The consents given in the form are withdrawn in 我的授权, as the consent texts say: the
    // way there is one tap from where they were given.
    const withdraw = document.createElement('p');
    withdraw.className = 'panel__note';
    const before = document.createElement('span');
    before.textContent = '您在此给出的授权，可随时在';
    before.dataset.en = 'You can withdraw the consents you give here at any time in ';
    const link = document.createElement('a');
    link.href = '#/consents';
    link.textContent = '我的授权';
    link.dataset.en = 'My consents';
    const after = document.createElement('span');
    after.textContent = '中撤回。';
    after.dataset.en = '.';
    withdraw.append(before, link, after);
    apply.append(form, withdraw);
    translate(withdraw);
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
  // Shown at once, before its code arrives: its reserved height (app.css) holds its place. The
  // element brings its own heading (我的授权 / My consents).
  consents: async () => {
    const section = document.createElement('div');
    section.className = 'panel panel--wide';
    const consents = document.createElement('jg-consents');
    // Recorded with each withdrawal, as the loan form records its channel with each grant.
    consents.setAttribute('channel', '嘉兴银行手机银行');
    section.append(consents);
    view('consents').append(section);
    void import('@jiagong/elements/consents');
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
  return routes.find((route) => route === name) ?? 'home';
}

/** Shows the route's view (creating it the first time) and marks its tab. */
export async function show(route: Route): Promise<void> {
  if (!opened.has(route) && route !== 'home') {
    opened.add(route);
    await views[route]();
  } else if (route === 'consents') {
    // Back on 我的授权: the ledger may have moved since (a new 惠工贷 application gives the
    // consents again; the member may have withdrawn one in another app). Read it again.
    void document.querySelector('jg-consents')?.refresh?.();
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-route]')) {
    el.hidden = el.dataset.route !== route;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-route-link]')) {
    if (link.dataset.routeLink === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/**
 * After an account switch, the member's own views are made anew. The elements start afresh on a
 * new session by themselves (docs/auth-and-sessions.md); what this app keeps around them does
 * not (the 惠工贷 view's status list keeps the highlight and the hidden state this app gave it
 * after the previous member's submission), and made anew each view opens on its first screen for
 * the new member. Each is shown again at once if it is on screen; otherwise when next opened.
 */
export async function renewMemberViews(): Promise<void> {
  for (const route of ['mall', 'loan'] as const) {
    if (!opened.delete(route)) continue;
    view(route).replaceChildren();
    if (currentRoute() === route) await show(route);
  }
}

export function go(route: Route): void {
  location.hash = route === 'home' ? '#/' : `#/${route}`;
}
