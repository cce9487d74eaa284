import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Benefit } from '@jiagong/contract';
import '../provider/index.js';
import './index.js';
import './en.js';
import type { JgCardBenefits } from './card-benefits.js';
import {
  clientFixture,
  offlineThenSlow,
  expectFocusKeptElsewhereDuringRetry,
  expectFocusMovedOnFromElementDuringRetry,
  CLOSED_PORT_URL,
  guardWebStorage,
  isLoading,
  providerFixture,
  rewritingFetch,
  sandboxClient,
  shadowText,
  waitForLoad,
  switchableNetwork,
  waitUntil,
} from '../../test/support/test-helpers.js';

const groupTitles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="group-title"]')].map((node) =>
    node.firstElementChild!.nextElementSibling!.textContent!.trim(),
  );
const actions = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="action"]'),
];

describe('jg-card-benefits', function () {
  this.timeout(20_000);

  guardWebStorage();

  it('shows an accessible skeleton while loading', async () => {
    const el = await providerFixture<JgCardBenefits>(
      'm_1001',
      html`<jg-card-benefits></jg-card-benefits>`,
      { wait: false, getSessionToken: () => new Promise(() => {}) },
    );
    await el.updateComplete;
    expect(isLoading(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('groups benefits 保障帮扶 / 普惠服务 / 金融服务 with title, description and action', async () => {
    const el = await providerFixture<JgCardBenefits>(
      'm_1001',
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    expect(groupTitles(el)).to.deep.equal(['保障帮扶', '普惠服务', '金融服务']);
    const first = el.shadowRoot!.querySelector('[part="benefit"]')!;
    expect(first.querySelector('[part="benefit-title"]')!.textContent).to.equal('职工医疗互助');
    expect(
      first.querySelector('[part="benefit-description"]')!.textContent!.length,
    ).to.be.greaterThan(0);
    const action = first.querySelector<HTMLAnchorElement>('[part="action"]')!;
    expect(action.href).to.equal('https://zgzj.example.cn/benefits/medical_aid');
    const heading = el.shadowRoot!.querySelector('[part~="group-title"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it("gives each action a name of its own in a screen reader's list of links", async () => {
    // A member listing the links (TalkBack's or VoiceOver's links menu) heard 了解详情 three
    // times, 申请补助 and 报名 without what they are for: the benefit was only a description.
    // The name: aria-label, else the link's text (its icon is hidden).
    const el = await providerFixture<JgCardBenefits>(
      'm_1001',
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    const actions = [...el.shadowRoot!.querySelectorAll('[part="action"]')];
    // Without the isolation marks around the API's strings, which are not spoken.
    const links = actions.map((a) =>
      (a.getAttribute('aria-label') ?? a.textContent!.trim()).replace(/[\u2068\u2069]/g, ''),
    );
    expect(links).to.have.length(9);
    expect(links).to.include('申请补助 职工医疗互助');
    expect(links).to.include('了解详情 免年费与工本费');
    expect(new Set(links).size, links.join(' | ')).to.equal(links.length);
    // Her label first, as voice control matches what is shown.
    // (Compared as strings, so a failure shows both, and API text is never read as a pattern.)
    actions.forEach((a, i) => {
      const label = `${a.textContent!.trim()} `;
      expect(links[i]!.slice(0, label.length)).to.equal(label);
    });
  });

  it('filters by group with the groups attribute, without reloading', async () => {
    const client = sandboxClient('m_1001');
    const el = await clientFixture<JgCardBenefits>(
      client,
      html`<jg-card-benefits groups="protection,financial" heading-level="2"></jg-card-benefits>`,
    );
    expect(groupTitles(el)).to.deep.equal(['保障帮扶', '金融服务']);
    expect(
      el.shadowRoot!.querySelector('[part~="group-title"]')!.getAttribute('aria-level'),
    ).to.equal('2');
    const loads = client.requests.length;
    el.groups = 'inclusive';
    await el.updateComplete;
    expect(groupTitles(el)).to.deep.equal(['普惠服务']);
    // A full-width comma, as a Chinese input method types it (the service menu's modules take it).
    el.groups = 'financial，protection';
    await el.updateComplete;
    expect(groupTitles(el)).to.deep.equal(['保障帮扶', '金融服务']);
    el.groups = '';
    await el.updateComplete;
    expect(groupTitles(el)).to.have.length(3);
    expect(client.requests.length).to.equal(loads);
  });

  it('emits a cancelable jg-benefit-select; cancelling it keeps the page', async () => {
    const el = await providerFixture<JgCardBenefits>(
      'm_1001',
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    const action = actions(el)[0]!;
    let clickDefaultPrevented: boolean | undefined;
    const onClick = (event: Event) => {
      clickDefaultPrevented = event.defaultPrevented;
      event.preventDefault(); // never leave the test page
    };
    window.addEventListener('click', onClick);
    try {
      el.addEventListener('jg-benefit-select', (event) => event.preventDefault(), { once: true });
      setTimeout(() => action.click());
      const event = await oneEvent(el, 'jg-benefit-select');
      expect((event.detail.benefit as Benefit).id).to.equal('bn_medical_aid');
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(clickDefaultPrevented, 'host cancelled: the link does not navigate').to.equal(true);

      // Not cancelled: the link's own navigation goes ahead.
      setTimeout(() => action.click());
      await oneEvent(el, 'jg-benefit-select');
      expect(clickDefaultPrevented, 'not cancelled: the link navigates').to.equal(false);
    } finally {
      window.removeEventListener('click', onClick);
    }
  });

  it('is keyboard operable: Tab reaches each action, Enter selects', async () => {
    const el = await providerFixture<JgCardBenefits>(
      'm_1001',
      html`<jg-card-benefits groups="financial"></jg-card-benefits>`,
    );
    const links = actions(el);
    expect(links.length).to.be.greaterThan(0);
    el.addEventListener('jg-benefit-select', (event) => event.preventDefault());
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(links[0]);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const { detail } = await oneEvent(el, 'jg-benefit-select');
    expect(detail.benefit.group).to.equal('financial');
  });

  it('shows a benefit of a group a newer API added under 其他权益, last, with its action', async () => {
    // The API under /v1 may add a benefit group before the partner's app updates this SDK: the
    // benefit is still listed, not the whole list turned into an error state.
    const client = sandboxClient('m_1001', {
      fetch: rewritingFetch((path, body) => {
        if (path !== '/v1/me/card/benefits') return undefined;
        const [first, ...rest] = (body as { data: Benefit[] }).data;
        return { data: [...rest, { ...first!, id: 'bn_new', group: 'family', title: '家庭关爱' }] };
      }),
    });
    const el = await clientFixture<JgCardBenefits>(
      client,
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    const titles = groupTitles(el);
    expect(titles.at(-1)).to.contain('其他权益');
    const other = el.shadowRoot!.querySelector('[part~="group-other"]')!;
    expect(other.textContent).to.contain('家庭关爱');
    expect(other.querySelector('[part="action"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="group-family"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // A page that picked its groups gets only those.
    el.groups = 'protection';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="group-other"]')).to.equal(null);
  });

  it('shows the empty state when no benefit matches', async () => {
    const client = sandboxClient('m_1005', {
      fetch: rewritingFetch((path) => (path === '/v1/me/card/benefits' ? { data: [] } : undefined)),
    });
    const el = await clientFixture<JgCardBenefits>(
      client,
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    expect(shadowText(el, '[part="empty"]')).to.contain('暂无可用权益');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry and fires jg-error', async () => {
    const client = sandboxClient('m_1001', { baseUrl: CLOSED_PORT_URL, retry: 0 });
    const provider = await fixture(
      html`<jg-provider .client=${client}><jg-card-benefits></jg-card-benefits></jg-provider>`,
    );
    const el = provider.firstElementChild as JgCardBenefits;
    const { detail } = await oneEvent(el, 'jg-error');
    expect((detail.error as Error).name).to.equal('NetworkError');
    await waitForLoad(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('keeps the keyboard focus when its retry leaves with the error', async () => {
    const net = switchableNetwork();
    const el = await clientFixture<JgCardBenefits>(
      sandboxClient('m_1001', {
        retry: 0,
        fetch: net.fetch,
      }),
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    let failed = 0;
    el.addEventListener('jg-error', () => (failed += 1));
    // Failed again: the focus is on the new retry, not on the page's start.
    retry().focus();
    retry().click();
    await waitUntil(
      () => failed == 1 && el.shadowRoot!.activeElement?.getAttribute('part') == 'retry-button',
      'on the retry again',
    );
    net.down = false;
    retry().click();
    await waitUntil(
      () => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part="action"]'),
      "on the first benefit's link",
    );
  });

  it('leaves the focus where the member put it while the retry was loading', async () => {
    const net = offlineThenSlow((request) => request.url.includes('/me/card/benefits'));
    const el = await clientFixture<JgCardBenefits>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    // Without: on the first benefit.
    await expectFocusKeptElsewhereDuringRetry(
      el,
      net,
      () => !el.shadowRoot!.querySelector('[part~="error"], [part~="skeleton"]'),
    );
  });

  it('moves the focus on to what loaded when it stayed in the element while the retry loaded', async () => {
    // The page's skip link (跳到权益) targets the element, focusable by script: a member who
    // follows it while the retry loads has put the focus in the element, not elsewhere.
    const net = offlineThenSlow((request) => request.url.includes('/me/card/benefits'));
    const el = await clientFixture<JgCardBenefits>(
      sandboxClient('m_1001', { retry: 0, fetch: net.fetch }),
      html`<jg-card-benefits tabindex="-1"></jg-card-benefits>`,
    );
    await expectFocusMovedOnFromElementDuringRetry(
      el,
      net,
      () => el.shadowRoot!.querySelector('[part="action"]'),
      "the first benefit's link",
    );
  });

  it('switches locale, dark mode and senior mode at runtime', async () => {
    const el = await providerFixture<JgCardBenefits>(
      'm_1001',
      html`<jg-card-benefits></jg-card-benefits>`,
    );
    el.locale = 'en';
    await el.updateComplete;
    expect(groupTitles(el)).to.deep.equal([
      'Protection & support',
      'Member services',
      'Financial services',
    ]);
    el.theme = 'dark';
    el.senior = true;
    el.style.width = '288px';
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--jg-color-surface').trim()).to.equal('#1c1b1f');
    // On a 320 px phone the count beside a long group name stays on one line.
    const count = el.shadowRoot!.querySelector('[part~="group-title"] span + span')!;
    expect(count.textContent).to.equal('3 benefits');
    expect(count.getClientRects()).to.have.length(1);
    expect(count.getBoundingClientRect().height).to.be.below(30);
    for (const action of actions(el)) {
      expect(action.getBoundingClientRect().height).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
  });
});
