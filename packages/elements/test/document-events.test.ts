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
  'model-workers': ['jg-error', 'jg-model-worker-select', 'jg-navigate'],
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

  // jg-navigate is one event for the mall's elements, <jg-quiz> and <jg-model-workers>: document
  // gets their union, and each element its own, so a mall partner's router compiles as before.
  it('types jg-navigate as each element fires it, and as their union on document', () => {
    const program = partnerProgram(`
      import type { MallView, JgNavigateEvent } from '@jiagong/elements/points-mall';
      import type { ModelWorkersView, JgModelWorkersNavigateEvent } from '@jiagong/elements/model-workers';
      import '@jiagong/elements/points-mall';
      import '@jiagong/elements/model-workers';
      import '@jiagong/elements/quiz';
      const mall = document.querySelector('jg-points-mall')!;
      const grid = document.createElement('jg-mall-product-grid');
      const quiz = document.createElement('jg-quiz');
      const workers = document.querySelector('jg-model-workers')!;
      // The mall's router of points-mall.md, unchanged.
      mall.addEventListener('jg-navigate', (e) => {
        e.preventDefault();
        mall.view = e.detail.view;
        mall.productId = e.detail.productId ?? '';
      });
      grid.addEventListener('jg-navigate', (e) => (mall.view = e.detail.view));
      quiz.addEventListener('jg-navigate', (e) => (mall.view = e.detail.view));
      const onNavigate = (e: JgNavigateEvent) => (mall.view = e.detail.view);
      mall.addEventListener('jg-navigate', onNavigate);
      mall.removeEventListener('jg-navigate', onNavigate);
      // 劳模风采's own.
      workers.addEventListener('jg-navigate', (e) => {
        const view: ModelWorkersView = e.detail.view;
        workers.view = e.detail.worker ?? view;
      });
      // @ts-expect-error 劳模风采's views are not the mall's
      workers.addEventListener('jg-navigate', (e) => (mall.view = e.detail.view));
      // @ts-expect-error nor the mall's detail
      workers.addEventListener('jg-navigate', (e) => e.detail.productId);
      // @ts-expect-error nor a listener of the mall's event
      workers.addEventListener('jg-navigate', onNavigate);
      // document, window, an HTMLElement: every element's.
      document.addEventListener('jg-navigate', (e) => {
        const view: MallView | ModelWorkersView = e.detail.view;
        void view;
      });
      // @ts-expect-error document's may be 劳模风采's
      document.addEventListener('jg-navigate', (e) => (mall.view = e.detail.view));
      // @ts-expect-error an HTMLElement's too
      document.body.addEventListener('jg-navigate', (e) => (mall.view = e.detail.view));
      // Their other events keep their types, lib.dom's too.
      mall.addEventListener('jg-redeem', (e) => e.detail.pointsTotal);
      workers.addEventListener('jg-model-worker-select', (e) => e.detail.worker.id);
      workers.addEventListener('jg-error', (e) => e.detail.error);
      workers.addEventListener('keydown', function (e) {
        const key: string = e.key;
        const self: typeof workers = this;
        void key; void self;
      });
      workers.addEventListener('jg-nonsense', { handleEvent: (e) => e.type });
      // @ts-expect-error no detail on a plain Event
      mall.addEventListener('jg-eror', (e) => e.detail);
      // @ts-expect-error nor on 劳模风采's
      workers.addEventListener('jg-eror', (e) => e.detail);
      // @ts-expect-error the quiz's is the mall's, not 劳模风采's
      quiz.addEventListener('jg-navigate', (e) => e.detail.worker);
      // @ts-expect-error nor is its listener removed with a listener of 劳模风采's
      quiz.removeEventListener('jg-navigate', (e: JgModelWorkersNavigateEvent) => e.detail.worker);
      quiz.removeEventListener('jg-navigate', onNavigate);
    `);
    assert.deepEqual(program.errors(), []);
  });

  // One generic type (JgElement's EventMap) types every element's listeners: an element passing
  // no map of its own gets HTMLElementEventMap's events, with itself as a function listener's this.
  it("types every element's own listeners by its class's event map", () => {
    const program = partnerProgram(`
      import { JgServiceMenu } from '@jiagong/elements/service-menu';
      import { JgPointsMall } from '@jiagong/elements/points-mall';
      const menu = document.createElement('jg-service-menu');
      menu.addEventListener('jg-service-select', function (e) {
        const self: JgServiceMenu = this;
        const name: string = e.detail.service.name;
        void self; void name;
      });
      // @ts-expect-error the detail is typed, not any
      menu.addEventListener('jg-service-select', (e) => { const n: number = e.detail.service.name; void n; });
      // @ts-expect-error an unknown event is a plain Event
      menu.addEventListener('jg-nonsense', (e) => e.detail);
      menu.addEventListener('jg-nonsense', (e) => e.type);
      // A subclass of the mall's: this is the subclass, its jg-navigate the mall's.
      const mall = document.createElement('jg-points-mall');
      mall.addEventListener('jg-navigate', function (e) {
        const self: JgPointsMall = this;
        self.view = e.detail.view;
      });
    `);
    assert.deepEqual(program.errors(), []);
  });
});
