// A partner developer's most common first mistake: an element on the page with no <jg-provider>
// around it and no api-base of its own. It used to show 加载中… forever and log nothing; it now
// says so in the console, in its error state and as a jg-error the page can report.
import { expect } from '@open-wc/testing';
import '../member-card/index.js';
import '../service-menu/index.js';
import '../card-benefits/index.js';
import '../inputs/index.js';
import '../model-workers/index.js';
import '../courses/index.js';
import '../quiz/index.js';
import '../consents/index.js';
import { PUBLISHABLE_KEY, sandboxUrl, waitUntil } from '../../test/support/test-helpers.js';
import { baseMessages } from './localize.js';

const notConfigured = baseMessages['zh-CN'].notConfigured;
const shows = (el: Element, text: string) => !!el.shadowRoot?.textContent?.includes(text);

describe('an element with no provider and no api-base', function () {
  this.timeout(30_000);
  let logged: string[] = [];
  let unhandled: unknown[] = [];
  const original = console.error;
  const onUnhandled = (event: PromiseRejectionEvent) => void unhandled.push(event.reason);
  beforeEach(() => {
    logged = [];
    unhandled = [];
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(() => {
    console.error = original;
    removeEventListener('unhandledrejection', onUnhandled);
    document.body.replaceChildren();
  });

  for (const tag of [
    'jg-member-card',
    'jg-member-code',
    'jg-service-menu',
    'jg-card-benefits',
    'jg-union-picker',
    'jg-model-workers',
    'jg-courses',
    'jg-quiz',
    'jg-consents',
  ]) {
    it(`<${tag}> says so: console, error state, jg-error`, async () => {
      const errors: unknown[] = [];
      const el = document.createElement(tag);
      el.addEventListener('jg-error', (event) => errors.push(event.detail.error));
      document.body.append(el);
      await waitUntil(() => errors.length > 0, `<${tag}> fired no jg-error`, { timeout: 10_000 });
      expect((errors[0] as Error).name).to.equal('NotConfiguredError');
      expect(logged.some((line) => line.includes(`<${tag}> needs api-base`))).to.equal(true);
      // The union picker says it in its field's feedback; the others in their error state.
      await waitUntil(() => shows(el, notConfigured), `<${tag}> does not say what is missing`);
      expect(shows(el, '加载中')).to.equal(false);
      // Once: each update without a client arms a check, and the first hands over the client.
      expect(logged.filter((line) => line.includes('needs api-base'))).to.have.length(1);
      // Nothing escaped to the page as an unhandled rejection (the courses iterate a list); the
      // waits above span many tasks, after which the browser has reported any.
      expect(unhandled).to.deep.equal([]);
    });
  }

  it('stays quiet inside a <jg-provider> not defined yet, and loads once given an api-base', async () => {
    // A provider whose entry loads later (a lazy CDN script) still configures its elements.
    const waiting = document.createElement('jg-provider');
    waiting.append(document.createElement('jg-model-workers'));
    const bare = document.createElement('jg-model-workers');
    document.body.append(waiting, bare);
    await waitUntil(() => shows(bare, notConfigured), 'the bare element said nothing', {
      timeout: 10_000,
    });
    expect(logged.filter((line) => line.includes('needs api-base'))).to.have.length(1);
    expect(shows(waiting.firstElementChild!, notConfigured)).to.equal(false);

    bare.setAttribute('api-base', sandboxUrl());
    bare.setAttribute('publishable-key', PUBLISHABLE_KEY);
    await waitUntil(
      () => !shows(bare, notConfigured) && !shows(bare, '加载中') && shows(bare, '劳模'),
      'the element did not load once configured',
      { timeout: 10_000 },
    );
  });
});
