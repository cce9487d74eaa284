// The gallery's shared shell, loaded by every gallery page after the CDN loader:
//   - a header with the page title, links to every gallery page and a toolbar switching theme
//     (light/dark/auto), senior mode and language on every element of the page, and the demo
//     member (the partner back end's stand-in for a login);
//   - the same settings from the query string (?theme=dark&senior=1&locale=en), so every state
//     of every page has a URL (the example tests open them);
//   - a live log of the events the page's elements fire.
// Plain JavaScript, no build: this is what a partner's page can do with the elements alone.

const params = new URLSearchParams(location.search);
const settings = {
  theme: ['light', 'dark', 'auto'].includes(params.get('theme')) ? params.get('theme') : 'light',
  senior: params.get('senior') === '1' || params.get('senior') === 'true',
  locale: params.get('locale') === 'en' ? 'en' : 'zh-CN',
};

const text = {
  'zh-CN': {
    pages: '组件页面',
    theme: '主题',
    light: '浅色',
    dark: '深色',
    auto: '跟随系统',
    senior: '长辈版',
    locale: '语言',
    member: '演示会员',
    events: '事件',
  },
  en: {
    pages: 'Pages',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    auto: 'System',
    senior: 'Senior mode',
    locale: 'Language',
    member: 'Demo member',
    events: 'Events',
  },
}[settings.locale];

/** Elements outside any provider get the settings themselves; the rest inherit them. */
function apply() {
  const root = document.documentElement;
  root.lang = settings.locale;
  root.dataset.theme = settings.theme === 'auto' ? '' : settings.theme;
  root.toggleAttribute('data-senior', settings.senior);
  // `data-gallery-fixed` marks a demo of one setting (e.g. "dark") that must keep it.
  const targets = [...document.querySelectorAll('*')].filter(
    (el) =>
      el.localName.startsWith('jg-') &&
      !el.closest('[data-gallery-fixed]') &&
      (el.localName === 'jg-provider' || !el.parentElement?.closest('jg-provider')),
  );
  for (const el of targets) {
    // Attributes, not properties: they work before the CDN loader has defined the element.
    el.setAttribute('theme', settings.theme);
    el.toggleAttribute('senior', settings.senior);
    el.setAttribute('locale', settings.locale);
  }
}

function updateUrl() {
  const next = new URLSearchParams(location.search);
  next.set('theme', settings.theme);
  next.set('locale', settings.locale);
  if (settings.senior) next.set('senior', '1');
  else next.delete('senior');
  history.replaceState(null, '', `${location.pathname}?${next}${location.hash}`);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function select(label, name, options, value, onChange) {
  const control = el(
    'select',
    { name },
    ...options.map(([v, t]) => el('option', { value: v, text: t, selected: v === value })),
  );
  control.addEventListener('change', () => onChange(control.value));
  return el('label', {}, label, control);
}

async function galleryInfo() {
  try {
    const response = await fetch('/api/gallery');
    return response.ok ? await response.json() : { pages: [], elements: [] };
  } catch {
    return { pages: [], elements: [] };
  }
}

async function members() {
  try {
    const response = await fetch('/api/members');
    return response.ok ? await response.json() : { current: '', members: [] };
  } catch {
    return { current: '', members: [] };
  }
}

async function buildHeader() {
  const [info, who] = await Promise.all([galleryInfo(), members()]);
  const here = location.pathname.split('/').pop() || 'index.html';
  const nav = el(
    'nav',
    { className: 'jg-gallery-nav', 'aria-label': text.pages },
    el(
      'ul',
      {},
      el('li', {}, el('a', { href: './', text: 'Gallery' })),
      ...info.pages.map((p) => {
        const link = el('a', { href: `./${p.file}`, text: p.title });
        if (p.file === here) link.setAttribute('aria-current', 'page');
        return el('li', {}, link);
      }),
    ),
  );
  const senior = el('input', { type: 'checkbox', checked: settings.senior, name: 'senior' });
  senior.addEventListener('change', () => {
    settings.senior = senior.checked;
    apply();
    updateUrl();
  });
  const toolbar = el(
    'form',
    { className: 'jg-gallery-toolbar', 'aria-label': 'Gallery settings' },
    select(
      text.theme,
      'theme',
      [
        ['light', text.light],
        ['dark', text.dark],
        ['auto', text.auto],
      ],
      settings.theme,
      (v) => {
        settings.theme = v;
        apply();
        updateUrl();
      },
    ),
    el('label', {}, senior, text.senior),
    select(
      text.locale,
      'locale',
      [
        ['zh-CN', '中文'],
        ['en', 'English'],
      ],
      settings.locale,
      (v) => {
        settings.locale = v;
        updateUrl();
        // The shell's own labels are in the page language too: simplest to reload.
        location.reload();
      },
    ),
  );
  if (who.members.length) {
    toolbar.append(
      select(
        text.member,
        'member',
        who.members.map((m) => [m.id, `${m.name} (${m.id})`]),
        who.current,
        async (memberId) => {
          await fetch('/api/demo-member', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ memberId }),
          });
          location.reload();
        },
      ),
    );
  }
  toolbar.addEventListener('submit', (event) => event.preventDefault());
  const log = el('p', { className: 'jg-gallery-log', role: 'status' });
  const header = el(
    'header',
    { className: 'jg-gallery-header' },
    el('h1', { text: document.title }),
    nav,
    toolbar,
    log,
  );
  document.body.prepend(header);

  // Show each event the elements fire (names from the registry), as a partner would handle them.
  const events = new Set(info.elements.flatMap((e) => e.events.filter((n) => n.startsWith('jg-'))));
  for (const name of events) {
    document.addEventListener(name, (event) => {
      const source = event.composedPath()[0];
      log.textContent = `${text.events}: ${name} ← <${source?.localName ?? '?'}>`;
    });
  }
}

// The loading demos (`<jg-provider data-gallery-unanswered>`) hold their elements on their
// skeletons: their provider's client (set before it is defined, as a partner's page may set
// `provider.client = createClient(…)`) makes no request and never answers; every call
// (`client.merchants.list(…)`, awaited or iterated) waits for good. A stand-in for an API that
// is slow to answer, made for the gallery only: a provider left without `api-base` says so
// after 1.5 s (组件尚未配置服务地址), so it cannot show the loading state.
const never = new Promise(() => {});
const unanswered = new Proxy(() => unanswered, {
  get: (_, key) => (key === 'then' ? (...handlers) => never.then(...handlers) : unanswered),
});
for (const provider of document.querySelectorAll('jg-provider[data-gallery-unanswered]')) {
  provider.client = unanswered;
}

apply();
// The CDN loader may add elements later (e.g. inside a view that opens): keep them in sync.
new MutationObserver(apply).observe(document.body, { childList: true, subtree: true });
void buildHeader();
