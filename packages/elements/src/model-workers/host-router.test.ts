import { expect, html, waitUntil } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgModelWorkers, JgModelWorkersNavigateDetail } from './model-workers.js';
import {
  giveUserActivation,
  guardWebStorage,
  providerFixture,
} from '../../test/support/test-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const storyTitleFocused = (el: Element) =>
  waitUntil(() => root(el).activeElement?.id === 'story-title', 'story title focused', {
    timeout: 10_000,
  });
const readFocused = (el: Element, id: string) =>
  waitUntil(
    () => root(el).activeElement?.getAttribute('data-read') === id,
    `阅读故事 of ${id} focused`,
    { timeout: 10_000 },
  );

describe('jg-model-workers routed by the host page (view and jg-navigate)', function () {
  this.timeout(60_000);
  guardWebStorage();

  it('fires a cancelable jg-navigate when the member opens a story or goes back, none when the host sets view', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    const heard: JgModelWorkersNavigateDetail[] = [];
    const cancelable: boolean[] = [];
    el.addEventListener('jg-navigate', (event) => {
      heard.push(event.detail);
      cancelable.push(event.cancelable);
    });
    const read = parts(el, 'read-button')[1]!;
    const id = read.dataset['read']!;
    read.focus();
    read.click();
    expect(heard).to.deep.equal([{ view: 'story', worker: id }]);
    expect(el.view).to.equal('story');
    await storyTitleFocused(el);
    parts(el, 'back-button')[0]!.click();
    expect(heard).to.deep.equal([{ view: 'story', worker: id }, { view: 'list' }]);
    expect(cancelable).to.deep.equal([true, true]);
    expect(el.view).to.equal('list');
    await readFocused(el, id);
    // The host's router sets the view (Back, Forward, a link): no event.
    el.view = id;
    await storyTitleFocused(el);
    expect(el.worker).to.equal(id);
    el.view = 'list';
    await readFocused(el, id);
    expect(el.worker).to.equal('');
    expect(heard.length).to.equal(2);
  });

  it('follows the History API router of content.md: Back and Forward, focus on the story title and back on its 阅读故事', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers></jg-model-workers>`,
    );
    const start = location.href;
    let events = 0;
    // As docs/elements/content.md gives it.
    const show = () => {
      el.view = (history.state as JgModelWorkersNavigateDetail | null)?.worker ?? 'list';
    };
    el.addEventListener('jg-navigate', (e) => {
      events++;
      e.preventDefault();
      history.pushState(e.detail, '', `#workers/${e.detail.worker ?? ''}`);
      show();
    });
    addEventListener('popstate', show);
    const popped = () =>
      new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    const go = async (step: -1 | 1) => {
      const pop = popped();
      history.go(step);
      await pop;
    };
    try {
      await giveUserActivation();
      const read = parts(el, 'read-button')[2]!;
      const id = read.dataset['read']!;
      read.focus();
      read.click();
      expect(history.state).to.deep.equal({ view: 'story', worker: id });
      await storyTitleFocused(el);
      // 返回劳模列表: cancelled, the router pushes the list's URL and sets view.
      parts(el, 'back-button')[0]!.click();
      expect(history.state).to.deep.equal({ view: 'list' });
      await readFocused(el, id);
      expect(events).to.equal(2);
      // Back: the story again.
      await go(-1);
      expect(el.view).to.equal('story');
      expect(el.worker).to.equal(id);
      await storyTitleFocused(el);
      // Back: the list, the focus on the story's 阅读故事.
      await go(-1);
      expect(el.view).to.equal('list');
      await readFocused(el, id);
      // Forward: the story.
      await go(1);
      await storyTitleFocused(el);
      expect(events, 'no jg-navigate from the router').to.equal(2);
    } finally {
      removeEventListener('popstate', show);
      history.replaceState(null, '', start);
    }
  });

  it('opens the story whose id is in the view attribute (a link or a reload)', async () => {
    const el = await providerFixture<JgModelWorkers>(
      null,
      html`<jg-model-workers view="mw_02"></jg-model-workers>`,
      { wait: false },
    );
    await waitUntil(() => root(el).getElementById('story-title'), 'story', { timeout: 10_000 });
    expect(el.worker).to.equal('mw_02');
    expect(el.view).to.equal('story');
    expect(root(el).getElementById('story-title')!.textContent!.trim()).to.not.equal('');
    // `story` keeps the story of `worker`; `list` closes it.
    el.setAttribute('view', 'story');
    await el.updateComplete;
    expect(el.worker).to.equal('mw_02');
    el.setAttribute('view', 'list');
    await waitUntil(() => parts(el, 'read-button').length, 'list', { timeout: 10_000 });
    expect(el.view).to.equal('list');
    expect(el.worker).to.equal('');
  });
});
