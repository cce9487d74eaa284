import { expect, fixture, html } from '@open-wc/testing';
// Only the member card is defined up front: <jg-provider> is defined later, as with lazy loading.
import '../member-card/index.js';
import '../member-card/en.js';
import type { JgMemberCard } from '../member-card/member-card.js';
import '../points-mall/index.js';
import {
  PUBLISHABLE_KEY,
  sandboxUrl,
  shadowText,
  TOKEN_ENDPOINT,
  tokenFor,
  waitForLoad,
  waitUntil,
} from '../../test/support/test-helpers.js';

/** Runs `body` with each `console[method]` call's text recorded in `lines`, then restores it. */
async function capturingConsole(
  method: 'error' | 'warn',
  body: (lines: string[]) => Promise<void>,
): Promise<void> {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await body(lines);
  } finally {
    console[method] = original;
  }
}

describe('jg-provider', function () {
  this.timeout(20_000);

  it('reaches elements that upgraded before the provider was defined', async () => {
    const root = await fixture(
      html`<div>
        <jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          .getSessionToken=${() => tokenFor('m_1002')}
          ><jg-member-card></jg-member-card
        ></jg-provider>
      </div>`,
    );
    const el = root.querySelector('jg-member-card')! as JgMemberCard;
    await el.updateComplete;
    expect(customElements.get('jg-provider')).to.equal(undefined);
    await import('./index.js');
    await waitForLoad(el);
    expect(shadowText(el, '[part="holder"] dd')).to.match(/^陆/);
  });

  it('hands locale, theme and senior mode down; the element’s own attributes win', async () => {
    await import('./index.js');
    const provider = await fixture<HTMLElement & { locale?: string }>(
      html`<jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        .getSessionToken=${() => tokenFor('m_1001')}
        locale="en"
        theme="dark"
        senior
        ><jg-member-card></jg-member-card><jg-member-card locale="zh-CN"></jg-member-card
      ></jg-provider>`,
    );
    const [english, chinese] = [...provider.children] as JgMemberCard[];
    await waitForLoad(english!);
    await waitForLoad(chinese!);
    expect(shadowText(english!, '[part~="status"]')).to.equal('Active');
    expect(shadowText(chinese!, '[part~="status"]')).to.equal('正常');
    expect(english!.effectiveSenior).to.equal(true);
    const style = getComputedStyle(english!);
    expect(style.getPropertyValue('--jg-color-surface').trim()).to.equal('#1c1b1f');
    expect(parseFloat(style.getPropertyValue('--jg-target-size'))).to.be.at.least(44);
    await expect(english!).to.be.accessible();

    provider.locale = 'zh-CN';
    await waitUntil(() => shadowText(english!, '[part~="status"]') === '正常');
  });

  it('lets a nested provider without api-base reuse the outer client', async () => {
    await import('./index.js');
    const outer = await fixture(
      html`<jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        .getSessionToken=${() => tokenFor('m_1004')}
        ><jg-provider locale="en"><jg-member-card></jg-member-card></jg-provider
      ></jg-provider>`,
    );
    const el = outer.querySelector('jg-member-card') as JgMemberCard;
    await waitForLoad(el);
    expect(shadowText(el, '[part~="status"]')).to.equal('Expired');
  });

  // SessionTokenSource: a token returned at once (a WebView bridge's) loads the member; null
  // (nobody signed in) is the signed-out state, as a callback that throws.
  it('takes a token returned synchronously, and null as signed out', async () => {
    await import('./index.js');
    const { token } = await tokenFor('m_1001');
    const signedIn = await fixture(
      html`<jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        .getSessionToken=${() => token}
        ><jg-member-card></jg-member-card
      ></jg-provider>`,
    );
    const card = signedIn.firstElementChild as JgMemberCard;
    await waitForLoad(card);
    expect(shadowText(card, '[part="holder"] dd')).to.match(/^沈/);

    const signedOut = await fixture(
      html`<jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        .getSessionToken=${() => null}
        ><jg-member-card></jg-member-card
      ></jg-provider>`,
    );
    const none = signedOut.firstElementChild as JgMemberCard;
    await waitUntil(() => none.shadowRoot!.textContent!.includes('登录已失效'), 'signed out', {
      timeout: 10_000,
    });
  });

  // A partner's back end that fails (its token endpoint answers 503, or 500 while the API is
  // unreachable from it) is no lost login: the member is told to try again, and 重试 loads the
  // card once it answers. A 401 (nobody signed in) still says 登录已失效.
  it('says 系统繁忙 with 重试, not 登录已失效, while the token endpoint answers 5xx', async () => {
    await import('./index.js');
    const FAILING = '/__jg/token-failing';
    const realFetch = window.fetch;
    let status = 503;
    window.fetch = (input, init) =>
      input === FAILING
        ? status === 200
          ? realFetch(`${TOKEN_ENDPOINT}?member=m_1001`, init)
          : Promise.resolve(Response.json({ error: 'down' }, { status }))
        : realFetch(input, init);
    try {
      const provider = await fixture(
        html`<jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          token-endpoint=${FAILING}
          ><jg-member-card></jg-member-card
        ></jg-provider>`,
      );
      const card = provider.firstElementChild as JgMemberCard;
      const says = (text: string) => card.shadowRoot!.textContent!.includes(text);
      await waitUntil(() => says('系统繁忙'), 'no 系统繁忙 on a 503', { timeout: 10_000 });
      expect(says('登录已失效')).to.equal(false);

      status = 200;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await waitUntil(
        () => /^沈/.test(shadowText(card, '[part="holder"] dd')),
        '重试 did not load',
        {
          timeout: 10_000,
        },
      );

      status = 401;
      const signedOut = await fixture(
        html`<jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          token-endpoint=${FAILING}
          ><jg-member-card></jg-member-card
        ></jg-provider>`,
      );
      const none = signedOut.firstElementChild as JgMemberCard;
      await waitUntil(() => none.shadowRoot!.textContent!.includes('登录已失效'), 'signed out', {
        timeout: 10_000,
      });
    } finally {
      window.fetch = realFetch;
    }
  });

  // A developer's first page with api-base forgotten (or misspelt, api-url) on the provider: its
  // elements said nothing and showed 加载中… for good. As for an element with no provider, it
  // now says so after 1.5 s, and an api-base set later still loads them.
  it('without api-base, says so in the console and on its elements, and loads once given one', async () => {
    await import('./index.js');
    await capturingConsole('error', async (logged) => {
      const provider = await fixture<HTMLElement & Record<string, unknown>>(
        html`<jg-provider><jg-member-card></jg-member-card></jg-provider>`,
      );
      // A nested provider without api-base uses the outer one's: nothing to say.
      const outer = await fixture(
        html`<jg-provider
          api-base=${sandboxUrl()}
          publishable-key=${PUBLISHABLE_KEY}
          .getSessionToken=${() => tokenFor('m_1004')}
          ><jg-provider locale="en"><jg-member-card></jg-member-card></jg-provider
        ></jg-provider>`,
      );
      const card = provider.firstElementChild as JgMemberCard;
      const errors: Event[] = [];
      card.addEventListener('jg-error', (event) => errors.push(event));
      await waitUntil(
        () => card.shadowRoot!.textContent!.includes('组件尚未配置服务地址（api-base）'),
        'the card did not say so',
        { timeout: 10_000 },
      );
      const said = logged.filter((line) => line.includes('<jg-provider> needs api-base'));
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^NotConfiguredError/);
      expect(errors.length).to.be.greaterThan(0);
      await waitForLoad(outer.querySelector('jg-member-card')!);

      provider.getSessionToken = () => tokenFor('m_1001');
      provider.publishableKey = PUBLISHABLE_KEY;
      provider.apiBase = sandboxUrl();
      await waitUntil(() => /^沈/.test(shadowText(card, '[part="holder"] dd')), 'not loaded', {
        timeout: 10_000,
      });
      expect(logged.filter((line) => line.includes('needs api-base'))).to.have.length(1);
    });
  });

  // locale="en-US" (or zh-Hans, zh_CN: how a page's <html lang> is written) on the provider was a
  // locale it did not know: its elements showed Chinese, and the console told the partner to
  // import '@jiagong/elements/locales/en-US', which does not exist. It now names the language, as
  // <html lang="en-US"> does.
  it('reads locale="en-US" as English and "zh_CN" as Chinese, as a page\'s lang is read', async () => {
    await import('./index.js');
    await capturingConsole('warn', async (warned) => {
      const root = await fixture(
        html`<div>
          <jg-provider
            api-base=${sandboxUrl()}
            publishable-key=${PUBLISHABLE_KEY}
            locale="en-US"
            .getSessionToken=${() => tokenFor('m_1001')}
            ><jg-member-card></jg-member-card
          ></jg-provider>
          <jg-provider
            api-base=${sandboxUrl()}
            publishable-key=${PUBLISHABLE_KEY}
            locale="zh_CN"
            .getSessionToken=${() => tokenFor('m_1001')}
            ><jg-member-card></jg-member-card
          ></jg-provider>
        </div>`,
      );
      const [english, chinese] = root.querySelectorAll('jg-member-card');
      await waitForLoad(english!);
      await waitForLoad(chinese!);
      expect(english!.getAttribute('lang')).to.equal('en');
      expect(shadowText(english!, '[part="holder"] dt')).to.equal('Holder');
      expect(chinese!.getAttribute('lang')).to.equal('zh-CN');
      expect(shadowText(chinese!, '[part="holder"] dt')).to.equal('持卡人');
      expect(warned.filter((line) => line.includes('locale'))).to.deep.equal([]);
    });
  });

  // A mistyped publishable-key (or a pk_live_ key against the sandbox) showed 登录已失效 on the
  // elements reading public catalogues, and the console said nothing: the developer went looking
  // at the member session. The provider whose key it is now names it, once.
  it('says in the console, once, that the API does not know its publishable-key', async () => {
    await import('./index.js');
    await capturingConsole('error', async (logged) => {
      const root = await fixture(
        html`<div>
          <jg-provider
            api-base=${sandboxUrl()}
            publishable-key=${PUBLISHABLE_KEY}
            .getSessionToken=${() => tokenFor('m_1001')}
          >
            <jg-provider api-base=${sandboxUrl()} publishable-key="pk_test_mistyped">
              <jg-mall-product-grid></jg-mall-product-grid>
              <jg-mall-product-grid></jg-mall-product-grid>
            </jg-provider>
            <jg-mall-product-grid></jg-mall-product-grid>
          </jg-provider>
        </div>`,
      );
      const [wrong, again, right] = root.querySelectorAll('jg-mall-product-grid');
      for (const grid of [wrong!, again!]) {
        await waitUntil(() => /登录已失效/.test(grid.shadowRoot?.textContent ?? ''), 'no error', {
          timeout: 10_000,
        });
      }
      await waitForLoad(right!);
      const said = logged.filter((line) => line.includes('publishable-key'));
      expect(said).to.have.length(1);
      expect(said[0]).to.include('"pk_test_mistyped"');
      expect(said[0]).to.include(sandboxUrl());
    });
  });

  // api-base="api.jiagong.example" (a host name copied without https://) is a path on the page's
  // own server: its 404 made the member card say 暂无嘉工卡 to a member who has a card, and nothing
  // was logged. It now counts as no api-base: the console and the elements say so.
  it('takes an api-base without https:// for none, and says so', async () => {
    await import('./index.js');
    await capturingConsole('error', async (logged) => {
      const provider = await fixture<HTMLElement & Record<string, unknown>>(
        html`<jg-provider
          api-base="api.jiagong.example"
          publishable-key=${PUBLISHABLE_KEY}
          .getSessionToken=${() => tokenFor('m_1001')}
          ><jg-member-card></jg-member-card
        ></jg-provider>`,
      );
      const card = provider.firstElementChild as JgMemberCard;
      await waitUntil(
        () => card.shadowRoot!.textContent!.includes('组件尚未配置服务地址（api-base）'),
        'the card did not say so',
        { timeout: 10_000 },
      );
      expect(card.shadowRoot!.textContent).not.to.include('暂无嘉工卡');
      expect(logged.filter((line) => line.includes('<jg-provider> needs api-base'))).to.have.length(
        1,
      );
      provider.apiBase = sandboxUrl();
      await waitUntil(() => /^沈/.test(shadowText(card, '[part="holder"] dd')), 'not loaded', {
        timeout: 10_000,
      });
    });
  });

  it('gives each element a client of its own families, all sharing one member session', async () => {
    await import('./index.js');
    let tokenRequests = 0;
    const getSessionToken = () => {
      tokenRequests++;
      return tokenFor('m_1001');
    };
    const provider = await fixture(
      html`<jg-provider
        api-base=${sandboxUrl()}
        publishable-key=${PUBLISHABLE_KEY}
        .getSessionToken=${getSessionToken}
        ><jg-member-card></jg-member-card><jg-points-history></jg-points-history
      ></jg-provider>`,
    );
    const [card, history] = [...provider.children] as HTMLElement[];
    await waitForLoad(card!);
    await waitForLoad(history!);
    expect(shadowText(card!, '[part="holder"] dd')).to.match(/^沈/);
    expect(tokenRequests).to.equal(1);
  });
});
