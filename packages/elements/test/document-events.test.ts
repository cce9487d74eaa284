// The jg-… events bubble and are composed, so a page listens for them on document or window
// (troubleshooting.md's error reporter does). Each entry, imported on its own, types them there
// as on an element: the listener gets the event's detail, not a plain Event to cast.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partnerProgram } from '../../client/test/support/partner-program.js';

const entries: Record<string, string[]> = {
  provider: ['jg-error'],
  'member-card': ['jg-error', 'jg-card-reveal', 'jg-code-refresh'],
  'card-benefits': ['jg-error', 'jg-benefit-select'],
  'service-menu': ['jg-error', 'jg-service-select'],
  'merchant-list': ['jg-error', 'jg-member-code-request'],
  'points-mall': ['jg-error', 'jg-redeem', 'jg-order-created', 'jg-order-cancelled', 'jg-navigate'],
  inputs: ['jg-union-change'],
  'loan-application': ['jg-error', 'jg-loan-step', 'jg-loan-submitted', 'jg-union-change'],
  'model-workers': ['jg-error', 'jg-model-worker-select'],
  courses: ['jg-error', 'jg-course-signed-up'],
  quiz: ['jg-error', 'jg-quiz-submitted', 'jg-navigate'],
  consents: ['jg-error', 'jg-consent-withdrawn'],
};

describe('jg-… events on document and window', () => {
  for (const [entry, events] of Object.entries(entries)) {
    it(`are typed with @jiagong/elements/${entry} alone`, () => {
      const listens = events.map(
        (name) => `
        document.addEventListener('${name}', (e) => { const d: object = e.detail; void d; });
        window.addEventListener('${name}', (e) => { const d: object = e.detail; void d; });
        document.body.addEventListener('${name}', (e) => { const d: object = e.detail; void d; });`,
      );
      const program = partnerProgram(`
        import '@jiagong/elements/${entry}';
        ${listens.join('\n')}
        // The maps still hold only real events: a misspelt one is a plain Event.
        // @ts-expect-error no detail on Event
        document.addEventListener('jg-eror', (e) => e.detail);
        // lib.dom's own events keep their types.
        window.addEventListener('keydown', (e) => e.key);
        document.addEventListener('visibilitychange', (e) => e.timeStamp);
      `);
      assert.deepEqual(program.errors(), []);
    });
  }

  it("type jg-error's detail as the elements do", () => {
    const program = partnerProgram(`
      import type { JgErrorEvent } from '@jiagong/elements';
      import '@jiagong/elements/member-card';
      document.addEventListener('jg-error', (e) => {
        const event: JgErrorEvent = e;
        const error: unknown = e.detail.error;
        void event; void error;
      });
      window.addEventListener('jg-card-reveal', (e) => {
        const revealed: boolean = e.detail.revealed;
        // @ts-expect-error the detail is typed, not any
        const wrong: string = e.detail.revealed;
        void revealed; void wrong;
      });
    `);
    assert.deepEqual(program.errors(), []);
  });
});
