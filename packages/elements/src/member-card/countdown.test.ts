// The member code's countdown ("N 秒后刷新") as a member reads it: every number it counts is
// shown, on its second, on a busy phone and after the page was in the background.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../provider/index.js';
import './index.js';
import type { JgMemberCode } from './member-code.js';
import { clientFixture, sandboxClient, shadowText } from '../../test/support/test-helpers.js';

declare const describe: (name: string, body: (this: { timeout(ms: number): void }) => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;

/** Keeps the page's main thread busy (a slow phone) for `ms`, starting `after` ms later. */
const busy = (after: number, ms: number) =>
  setTimeout(() => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  }, after);

/** The seconds the countdown shows (NaN while renewing), and when each new number appeared. */
function watchCountdown(el: JgMemberCode) {
  const seconds = () => Number(/(\d+) 秒后刷新/.exec(shadowText(el, '[part="countdown"]'))?.[1]);
  const shown: { n: number; at: number }[] = [];
  let wanted: ((n: number) => boolean) | undefined;
  let found: () => void;
  const observer = new MutationObserver(() => {
    const n = seconds();
    if (n >= 0 && n != shown.at(-1)?.n) shown.push({ n, at: performance.now() });
    if (wanted?.(n)) found();
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return {
    shown,
    /** Resolves as soon as the countdown shows a number `test` accepts. */
    until: (test: (n: number) => boolean) =>
      new Promise<void>((resolve) => {
        wanted = test;
        found = resolve;
      }),
    stop: () => observer.disconnect(),
  };
}

describe('jg-member-code countdown', function () {
  this.timeout(30_000);

  it('shows every number of its countdown on a busy phone', async () => {
    // A 60 s code renewed 55 s before its end: 5, 4 … 1, then the new code. The page is busy when
    // the renewal is due (it is asked for 0.3 s late) and again late in the next count: a tick of
    // a once-a-second interval held up past the next second went from 4 straight to 2.
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1002'),
      html`<jg-member-code refresh-before="55"></jg-member-code>`,
      { wait: false },
    );
    await oneEvent(el, 'jg-code-refresh');
    const countdown = watchCountdown(el);
    await countdown.until((n) => n == 1);
    busy(700, 600);
    await oneEvent(el, 'jg-code-refresh');
    const from = countdown.shown.length;
    await countdown.until((n) => n == 4);
    busy(800, 700);
    await oneEvent(el, 'jg-code-refresh');
    countdown.stop();
    const shown = countdown.shown.slice(from).map(({ n }) => n);
    expect(shown[0], `first (${shown})`).to.be.within(4, 5);
    expect(shown, 'each number down to 1').to.deep.equal(
      Array.from({ length: shown[0]! }, (_, i) => shown[0]! - i),
    );
    el.remove();
  });

  it('counts on the second again once the page is in front again', async () => {
    // The member switched to another app for a moment. Back, the count went on a beat of its own:
    // "3 秒后刷新" stayed on screen half a second after only 2 were left.
    const el = await clientFixture<JgMemberCode>(
      sandboxClient('m_1002'),
      html`<jg-member-code refresh-before="50"></jg-member-code>`,
      { wait: false },
    );
    await oneEvent(el, 'jg-code-refresh');
    const countdown = watchCountdown(el);
    await countdown.until((n) => n <= 9);
    // When a number appears: a second apart while the code is on screen.
    const start = countdown.shown.at(-1)!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    const back = countdown.shown.length;
    await countdown.until((n) => n <= start.n - 3);
    countdown.stop();
    const after = countdown.shown.slice(back);
    // Back at 1.8 s: one fewer at once, then one fewer on each second.
    expect(after.map(({ n }) => n)).to.deep.equal([start.n - 1, start.n - 2, start.n - 3]);
    for (const { n, at } of after.slice(1)) {
      expect(at - start.at, `${n} shown`).to.be.within(
        (start.n - n) * 1000 - 100,
        (start.n - n) * 1000 + 150,
      );
    }
    el.remove();
  });
});
