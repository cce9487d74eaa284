// The bank app's own code around the Jiagong elements: demo controls (member, language, theme,
// senior mode) and in-app routing of the benefits the bank serves itself.
import '@jiagong/elements/provider';
import '@jiagong/elements/member-card';
import '@jiagong/elements/card-benefits';
import '@jiagong/elements/service-menu';
// The language switch offers English: its texts are an import of their own (zh-CN ships alone).
import '@jiagong/elements/locales/en';
import { currentRoute, go, renewMemberViews, show } from './routes.js';
import { locale, translate, type Locale } from './texts.js';

const provider = document.querySelector('jg-provider')!;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const note = $<HTMLParagraphElement>('route-note');

$<HTMLSelectElement>('locale').addEventListener('change', (event) => {
  const to = (event.target as HTMLSelectElement).value as Locale;
  provider.locale = to;
  // The page's own texts too: screen readers and fonts follow the document's language.
  document.documentElement.lang = to;
  translate(document, to);
  note.textContent = '';
});

$<HTMLSelectElement>('theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value as 'light' | 'dark' | 'auto';
  provider.theme = theme;
  document.documentElement.dataset.theme = theme;
});

$<HTMLInputElement>('senior').addEventListener('change', (event) => {
  provider.senior = (event.target as HTMLInputElement).checked;
});

// The demo back end lets the page pick a sandbox test member; a real bank uses its own login.
const memberSelect = $<HTMLSelectElement>('member');
interface MembersAnswer {
  current: string;
  members: { id: string; name: string; description: string }[];
}
fetch('/api/members')
  .then((response) => (response.ok ? (response.json() as Promise<MembersAnswer>) : undefined))
  .then((answer) => {
    for (const member of answer?.members ?? []) {
      // textContent, never innerHTML: names come from an API.
      const option = new Option(`${member.name} (${member.id})`, member.id);
      option.selected = member.id === answer?.current;
      memberSelect.append(option);
    }
  })
  .catch(() => memberSelect.closest('label')?.remove());
// Switching members is the demo's stand-in for signing in as someone else: the back end keeps the
// member in its own httpOnly session cookie, as a real login would, so no member id travels in a
// URL. A new token endpoint URL then makes the provider start a new member session and every
// element reload its data (the counter only makes the URL new); the app's own mall and loan views
// are made anew.
let signIns = 0;
memberSelect.addEventListener('change', async () => {
  const response = await fetch('/api/demo-member', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ memberId: memberSelect.value }),
  });
  if (!response.ok) return;
  provider.tokenEndpoint = `/api/jiagong-session?sign-in=${++signIns}`;
  await renewMemberViews();
});

// Financial benefits are the bank's own products: route them inside the app instead of leaving.
// 惠工贷 has its screen here; a real app opens its own page for the others (fees, deposits), which
// this example only names.
provider.addEventListener('jg-benefit-select', (event) => {
  const { benefit } = event.detail;
  if (benefit.group !== 'financial') return;
  event.preventDefault();
  note.textContent = `${locale() === 'en' ? 'Opened in the banking app: ' : '已在手机银行内打开：'}${benefit.title}`;
  if (benefit.id === 'bn_loan') go('loan');
});

// The points mall and 惠工贷 open inside the app; other services keep their own pages.
provider.addEventListener('jg-service-select', (event) => {
  const { serviceId } = event.detail;
  if (serviceId !== 'mall' && serviceId !== 'loan') return;
  event.preventDefault();
  go(serviceId);
});

// 我的授权: a withdrawal is recorded in the member's consent ledger by then. A real app also tells
// its own loan system (a withdrawn 个人征信查询 or 向第三方提供 stops that processing); here the
// route note says what follows for the member.
provider.addEventListener('jg-consent-withdrawn', () => {
  note.textContent =
    locale() === 'en'
      ? 'Consent withdrawn. A new worker loan application will ask for it again.'
      : '授权已撤回。再次申请惠工贷时，将重新征求您的同意。';
});

window.addEventListener('hashchange', () => void show(currentRoute()));
void show(currentRoute());

provider.addEventListener('jg-error', (event) => {
  // To the bank's error reporting (docs/troubleshooting.md): which element, the error's name, its
  // code to group reports by, and the request id (the member's 问题编号). Never its message or
  // other data: no personal data leaves the page.
  const element = (event.composedPath()[0] as Element).localName;
  const { error } = event.detail as {
    error?: { name?: string; code?: string; requestId?: string };
  };
  console.warn(
    'Jiagong element error',
    element,
    error?.name,
    error?.code ?? '',
    error?.requestId ?? '',
  );
});
