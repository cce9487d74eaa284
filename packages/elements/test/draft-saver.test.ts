// The loan form's draft saver (src/loan-application/draft-saver.ts) with a server that does not
// answer: it sends the draft again by itself, each time after twice the pause (5 s … 5 min), not
// every 5 s for as long as a phone is offline or the server fails, from every open form.
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { DraftSaver } from '../src/loan-application/draft-saver.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('DraftSaver, a save not answered', () => {
  it('is sent again by itself after 5 s, then twice the pause each time, 5 min at most', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let now = 0;
      let answered = false;
      const sent: number[] = [];
      const saver = new DraftSaver(
        async () => {
          sent.push(now);
          if (answered) return { updatedAt: '2026-11-27T22:00:00+08:00' };
          throw new TypeError('Failed to fetch');
        },
        () => undefined,
      );
      const until = async (end: number) => {
        while (now < end) {
          now += 100;
          mock.timers.tick(100);
          await settle();
        }
      };
      saver.schedule({ step: 'amount', values: {} });
      await until(1_000_000);
      assert.deepEqual(
        sent,
        [800, 5_800, 15_800, 35_800, 75_800, 155_800, 315_800, 615_800, 915_800],
        'the times the draft was sent (ms)',
      );
      // Answered at last: the next failure waits 5 s again.
      answered = true;
      await until(1_215_800);
      assert.equal(sent.at(-1), 1_215_800);
      assert.equal(saver.status, 'draftSaved');
      answered = false;
      sent.length = 0;
      saver.schedule({ step: 'employer', values: {} });
      await until(1_240_000);
      assert.deepEqual(sent, [1_216_600, 1_221_600, 1_231_600]);
    } finally {
      mock.timers.reset();
    }
  });
});
