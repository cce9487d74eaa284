// Upgrade order, as real pages have it: the CDN loader defines elements lazily, after the
// partner's code has already set properties on them (`el.getSessionToken = …`, a framework
// binding `.value`), on tags written in the page or made with document.createElement; the
// provider may be defined after its children, moved, nested or re-inserted. The test runner gives
// every test file its own page, so nothing here is defined until the file imports it.
import { expect } from '@open-wc/testing';
import { elements, type Family } from '../registry.js';
import {
  PUBLISHABLE_KEY,
  sandboxUrl,
  shadowText,
  tokenFor,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

declare const describe: (name: string, body: (this: { timeout(ms: number): void }) => void) => void;
declare const it: (name: string, body: () => Promise<void> | void) => void;

interface Field {
  name: string;
  type?: { text: string };
  kind: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: Field[] }[] }[];
}

/** A value of the field's declared type, different from any default, or undefined to skip it. */
function sample(field: Field): unknown {
  const text = field.type?.text ?? '';
  if (/SessionTokenSource/.test(text)) return () => tokenFor('m_1002');
  if (/^boolean$/.test(text)) return true;
  if (/^number( \| (undefined|null))?$/.test(text)) return 12_300;
  if (text === 'Theme | undefined') return 'dark';
  if (text === 'Locale | undefined') return 'en';
  // A value every input keeps as it is (digits), and the amount's `valueAsFen` agrees with it.
  if (field.name === 'value') return '12300';
  if (/^string( \| undefined)?$/.test(text)) return `x${field.name}`;
  // A new array, told apart from the default by identity.
  if (/\[\]( \| undefined)?$/.test(text)) return [];
  // A value of each view/sort/filter type other than its default.
  return (
    {
      CoursesView: 'mine',
      MallView: 'orders',
      ServiceLayout: 'list',
      "ProductSort | ''": 'newest',
      "PointsTransactionType | ''": 'earn',
    } as Record<string, string>
  )[text];
}

type Props = Record<string, unknown>;
const importFamily: Record<Family, () => Promise<unknown>> = {
  provider: () => import('../provider/index.js'),
  'member-card': () => import('../member-card/index.js'),
  'card-benefits': () => import('../card-benefits/index.js'),
  'service-menu': () => import('../service-menu/index.js'),
  'merchant-list': () => import('../merchant-list/index.js'),
  'union-picker': () => import('../union-picker/index.js'),
  'points-mall': () => import('../points-mall/index.js'),
  'loan-application': () => import('../loan-application/index.js'),
  inputs: () => import('../inputs/index.js'),
  'model-workers': () => import('../model-workers/index.js'),
  courses: () => import('../courses/index.js'),
  quiz: () => import('../quiz/index.js'),
  consents: () => import('../consents/index.js'),
};

describe('elements defined after the page set their properties', function () {
  this.timeout(30_000);

  it('keep every property set before they were defined, in markup or made with createElement', async () => {
    const manifest = (await (
      await fetch(new URL('../../custom-elements.json', import.meta.url))
    ).json()) as Manifest;
    const fields = new Map<string, Field[]>();
    for (const module of manifest.modules) {
      for (const d of module.declarations ?? []) {
        if (!d.tagName) continue;
        fields.set(
          d.tagName,
          (d.members ?? []).filter(
            (m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private',
          ),
        );
      }
    }
    // A box the elements render in without a provider or an api-base: they make no requests.
    const box = document.createElement('div');
    box.hidden = true;
    document.body.append(box);
    const set: [Element, string, unknown][] = [];
    for (const { tag } of elements) {
      expect(customElements.get(tag), tag).to.equal(undefined);
      // One already in the page (upgraded by define), one made and inserted afterwards.
      box.insertAdjacentHTML('beforeend', `<${tag}></${tag}>`);
      const inPage = box.lastElementChild!;
      const made = document.createElement(tag);
      for (const el of [inPage, made]) {
        for (const field of fields.get(tag) ?? []) {
          // The configuration would give the element a client of its own: left to other tests.
          if (field.name === 'apiBase') continue;
          const value = sample(field);
          if (value === undefined) continue;
          (el as unknown as Props)[field.name] = value;
          set.push([el, field.name, value]);
        }
      }
    }
    const amount = document.createElement('jg-amount-input');
    amount.valueAsFen = 45_600;
    box.append(amount);
    set.push([amount, 'valueAsFen', 45_600]);
    expect(set.length).to.be.greaterThan(200);
    await Promise.all(Object.values(importFamily).map((load) => load()));
    for (const [el] of set) if (!el.isConnected) box.append(el);
    await Promise.all(
      set.map(([el]) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete),
    );
    const lost = set
      .filter(
        ([el, name, value]) =>
          Object.prototype.hasOwnProperty.call(el, name) ||
          (el as unknown as Props)[name] !== value,
      )
      .map(([el, name]) => `${el.localName}.${name}`);
    expect(lost).to.deep.equal([]);
    // A setter that stores nothing itself (the amount input's valueAsFen) is applied too.
    expect(amount.value).to.equal('45600');
    expect(amount.shadowRoot!.querySelector('input')!.value).to.equal('456.00');
    box.remove();
  });
});

describe('providers and the elements inside them', function () {
  this.timeout(30_000);

  const provider = (member: string) => {
    const p = document.createElement('jg-provider');
    p.setAttribute('api-base', sandboxUrl());
    p.setAttribute('publishable-key', PUBLISHABLE_KEY);
    p.getSessionToken = () => tokenFor(member);
    document.body.append(p);
    return p;
  };
  const holder = (card: Element) => shadowText(card, '[part="holder"] dd');

  it('an element moved to another provider shows that provider’s member', async () => {
    await importFamily.provider();
    await importFamily['member-card']();
    const first = provider('m_1001');
    const second = provider('m_1002');
    const card = document.createElement('jg-member-card');
    first.append(card);
    await waitForLoad(card);
    expect(holder(card)).to.match(/^沈/);
    second.append(card);
    await waitUntil(() => /^陆/.test(holder(card)), 'the card kept the first provider’s member');
    first.remove();
    second.remove();
  });

  it('elements load once getSessionToken is set after their first try (a WebView bridge ready late)', async () => {
    const p = document.createElement('jg-provider');
    p.setAttribute('api-base', sandboxUrl());
    p.setAttribute('publishable-key', PUBLISHABLE_KEY);
    document.body.append(p);
    const card = document.createElement('jg-member-card');
    p.append(card);
    await waitForLoad(card);
    // No session yet: the member is told so.
    expect(card.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    p.getSessionToken = () => tokenFor('m_1002');
    await waitUntil(() => /^陆/.test(holder(card)), 'the card stayed on its error');
    p.remove();
  });

  it('an element inside a provider removed and inserted again loads again', async () => {
    const p = provider('m_1002');
    const card = document.createElement('jg-member-card');
    p.append(card);
    await waitForLoad(card);
    p.remove();
    document.body.append(p);
    await card.updateComplete;
    await waitForLoad(card);
    expect(holder(card)).to.match(/^陆/);
    p.remove();
  });

  it('the nearest of nested providers wins, also when it was inserted around a loaded element', async () => {
    const outer = provider('m_1001');
    const card = document.createElement('jg-member-card');
    outer.append(card);
    await waitForLoad(card);
    expect(holder(card)).to.match(/^沈/);
    const inner = document.createElement('jg-provider');
    inner.setAttribute('api-base', sandboxUrl());
    inner.setAttribute('publishable-key', PUBLISHABLE_KEY);
    inner.getSessionToken = () => tokenFor('m_1004');
    outer.append(inner);
    inner.append(card);
    await waitUntil(() => /^顾/.test(holder(card)), 'the outer provider’s member stayed');
    outer.remove();
  });
});
